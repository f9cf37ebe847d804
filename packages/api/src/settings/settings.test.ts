import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

const FIELDS = `answerDueMonths extensionMaxMonths returnWindowDays rehandlingDueMonths evaluationWindowDays updatedAt version`;

it("states the deadlines, the defaults until an admin changes them; changes are checked, versioned and audited", async () => {
  const read = await t().gql(`{ settings { ${FIELDS} } }`, {}, { as: "token" });
  expect(read.data!.settings).toEqual({
    answerDueMonths: 3,
    extensionMaxMonths: 6,
    returnWindowDays: 7,
    rehandlingDueMonths: 1,
    evaluationWindowDays: 30,
    updatedAt: null,
    version: 1,
  });

  const UPDATE = `mutation ($i: UpdateSettingsInput!) { updateSettings(input: $i) { ${FIELDS} } }`;
  const changed = await t().gql(UPDATE, { i: { returnWindowDays: 10, version: 1 } });
  expect(changed.errors).toBeUndefined();
  expect(changed.data!.updateSettings).toMatchObject({ answerDueMonths: 3, returnWindowDays: 10, version: 2 });
  expect(changed.data!.updateSettings.updatedAt).not.toBeNull();

  const stale = await t().gql(UPDATE, { i: { returnWindowDays: 5, version: 1 } });
  expect(stale.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", field: "input.version", currentVersion: 2 });
  const range = await t().gql(UPDATE, { i: { evaluationWindowDays: 0, answerDueMonths: 13 } });
  expect(range.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field).sort()).toEqual(["input.answerDueMonths", "input.evaluationWindowDays"]);
  const order = await t().gql(UPDATE, { i: { answerDueMonths: 7 } });
  expect(order.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.extensionMaxMonths" });
  expect((await t().gql(UPDATE, { i: { returnWindowDays: 8 } }, { as: "editor" })).errors![0]!.extensions!.code).toBe("FORBIDDEN");

  const audit = await t().sql`select actor, operation, record_type, before->>'returnWindowDays' as b, after->>'returnWindowDays' as a from audit_logs`;
  expect(audit.map((r) => ({ ...r }))).toEqual([{ actor: "test-admin", operation: "update", record_type: "Settings", b: "7", a: "10" }]);
  // the database backs the same rules
  await expect(t().sql`update settings set extension_max_months = 2`).rejects.toThrow(/settings_extension_max_months_range/);
});
