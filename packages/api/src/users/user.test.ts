// Users: the last active admin stays, whatever is asked.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

describe("users", () => {
  it("keeps one active admin: the last may not be demoted, deactivated or deleted; with a second one it may", async () => {
    const [admin] = await t().sql`select id, version from users where role = 'admin'`;
    const id = String(admin!.id);
    const update = (input: Record<string, unknown>) =>
      t().gql(`mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { role active } }`, { id, input: { ...input, version: admin!.version } });

    for (const input of [{ role: "EDITOR" }, { active: false }]) {
      const r = await update(input);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input", reason: "LAST_ADMIN" });
    }
    const del = await t().gql(`mutation ($id: ID!) { deleteUser(id: $id) { id } }`, { id });
    expect(del.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "id" });
    const [still] = await t().sql`select role::text, active from users where id = ${admin!.id}`;
    expect(still).toEqual({ role: "admin", active: true });

    const created = await t().gql(`mutation { createUser(input: { username: "second-admin", role: ADMIN, password: "long-enough-password" }) { id } }`);
    expect(created.errors).toBeUndefined();
    const demoted = await update({ role: "EDITOR" });
    expect(demoted.errors).toBeUndefined();
    expect(demoted.data!.updateUser.role).toBe("EDITOR");
  });
});
