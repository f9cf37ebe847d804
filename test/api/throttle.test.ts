// The sign-in throttle is kept in PostgreSQL, so two API processes behind one load balancer count
// failures together: two built servers (`node packages/api/dist/main.js`) on one test database, the
// failures spread over both, and the next attempt is refused by either of them. With a throttle in
// each process's memory, 3 failures on one and 2 on the other would let the right password through.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hashPassword, repoRoot } from "../../packages/db/src/index.js";
import { useTestDb } from "../harness.js";
import { readyAddress } from "../ready.js";
import { TEST_SECRET } from "../secret.js";

const t = useTestDb();
const main = path.join(repoRoot, "packages/api/dist/main.js");
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

function start(url: string, label: string): Promise<string> {
  const child = spawn(process.execPath, [main], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: url, PORT: "0", DAIBIAO_SECRET: TEST_SECRET, DAIBIAO_DEMO: "0", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return readyAddress(child, label);
}

type Answer = { data?: { signIn?: { me: { name: string } } } | null; errors?: { message: string; extensions: Record<string, any> }[] };
function signIn(base: string, username: string, password: string): Promise<Answer> {
  return fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { me { name } } }`, variables: { u: username, p: password } }),
  }).then((r) => r.json() as Promise<Answer>);
}
const code = (a: Answer) => a.errors?.[0]?.extensions.code;

describe.skipIf(!existsSync(main))("the sign-in throttle behind a load balancer", () => {
  it("counts failed sign-ins on two processes together", async () => {
    await t().sql`insert into users (username, role, password_hash) values ('lb-user', 'editor', ${await hashPassword("lb-user-password")}),
      ('lb-other', 'viewer', ${await hashPassword("lb-other-password")}), ('lb-burst', 'viewer', ${await hashPassword("lb-burst-password")})`;
    // one after the other: both apply the migrations on start (none is left to apply)
    const a = await start(t().url, "server A");
    const b = await start(t().url, "server B");

    for (const base of [a, a, a, b, b]) expect(code(await signIn(base, "lb-user", "lb-guess-7f3"))).toBe("UNAUTHENTICATED");
    // the 6th attempt, with the right password, is refused on either process
    for (const base of [a, b]) {
      const refused = await signIn(base, "lb-user", "lb-user-password");
      expect(code(refused)).toBe("TOO_MANY_REQUESTS");
      expect(refused.errors![0]!.extensions.retryAfter).toBeGreaterThan(0);
      expect(refused.errors![0]!.extensions.retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(refused.data ?? null).toBeNull();
    }
    // counted per user name: another user from the same address still signs in, on both
    for (const base of [a, b]) expect((await signIn(base, "lb-other", "lb-other-password")).data?.signIn?.me.name).toBe("lb-other");

    // the failures are rows in the database, with the user name and address but never the password
    const rows = await t().sql`select * from sign_in_failures`;
    expect(rows.map((r) => r.username)).toEqual(Array(5).fill("lb-user"));
    expect(JSON.stringify(rows)).not.toContain("lb-guess-7f3");

    // failures sent to both at the same moment (2 + 2, none throttled yet) are all written and counted
    const burst = await Promise.all([a, b, a, b].map((base) => signIn(base, "lb-burst", "wrong")));
    expect(burst.map(code)).toEqual(Array(4).fill("UNAUTHENTICATED"));
    expect(code(await signIn(b, "lb-burst", "wrong"))).toBe("UNAUTHENTICATED");
    expect(code(await signIn(a, "lb-burst", "lb-burst-password"))).toBe("TOO_MANY_REQUESTS");
  });
});
