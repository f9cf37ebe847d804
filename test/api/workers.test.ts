// DAIBIAO_WORKERS=2: the built server (`node packages/api/dist/main.js`) as two processes on one port.
// Each request below goes on a connection of its own, so the cluster hands them out in turn, and the
// answer's x-daibiao-worker header says which process answered. What one process writes the other
// sees: sessions, the sign-in throttle, settings, and a token's revocation (which a process would
// otherwise keep in its token cache for 30 s). SIGTERM stops both and the first process, exit 0.
import { existsSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { hashPassword } from "../../packages/db/src/index.js";
import { ADMIN_PASSWORD, exchange, main, startServer, type Exchange, type Server } from "../faults/server.js";
import { useTestDb } from "../harness.js";

const t = useTestDb();
let server: Server | undefined;
afterEach(() => {
  server?.child.kill("SIGKILL");
  server = undefined;
});

type Answer = Exchange & { worker: string; setCookie?: string };

// one request, on a connection of its own, and which process answered it
async function post(base: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const a = await exchange(base, query, variables, headers);
  return { ...a, worker: String(a.headers["x-daibiao-worker"]), setCookie: a.headers["set-cookie"]?.[0] };
}
const code = (a: Answer) => a.body.errors?.[0]?.extensions?.code;
const SIGN_IN = `mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { me { name } } }`;

// `n` requests in turn; fails unless both processes answered some of them
async function onBoth(n: number, send: () => Promise<Answer>): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let i = 0; i < n; i++) answers.push(await send());
  expect(new Set(answers.map((a) => a.worker))).toEqual(new Set(["1", "2"]));
  return answers;
}

describe.skipIf(!existsSync(main))("DAIBIAO_WORKERS=2", () => {
  it("serves one port from two processes that share sessions, the throttle, settings and token revocations", { timeout: 120_000 }, async () => {
    await t().sql`insert into users (username, role, password_hash) values ('w-user', 'editor', ${await hashPassword("w-user-password")}),
      ('w-admin', 'admin', ${await hashPassword(ADMIN_PASSWORD)})`;
    server = await startServer({ DATABASE_URL: t().url, DAIBIAO_WORKERS: "2" });
    expect(server.log()).toContain("2 processes");
    const base = server.base;

    // a session made by one process works on both
    const signedIn = await post(base, SIGN_IN, { u: "w-admin", p: ADMIN_PASSWORD });
    expect(signedIn.body.errors).toBeUndefined();
    const cookie = signedIn.setCookie!.split(";")[0]!;
    for (const a of await onBoth(4, () => post(base, `{ me { name } }`, {}, { cookie }))) expect(a.body.data.me.name).toBe("w-admin");

    // five failures spread over both processes: the next attempt, right password or not, is refused by either
    const failures = await onBoth(5, () => post(base, SIGN_IN, { u: "w-user", p: "w-guess" }));
    expect(failures.map(code)).toEqual(Array(5).fill("UNAUTHENTICATED"));
    for (const a of await onBoth(2, () => post(base, SIGN_IN, { u: "w-user", p: "w-user-password" }))) expect(code(a)).toBe("TOO_MANY_REQUESTS");

    // settings changed through one process are what both read next
    const changed = await post(base, `mutation { updateSettings(input: { answerDueMonths: 5 }) { answerDueMonths } }`, {}, { cookie });
    expect(changed.body.data.updateSettings.answerDueMonths).toBe(5);
    for (const a of await onBoth(4, () => post(base, `{ settings { answerDueMonths } }`, {}, { cookie }))) expect(a.body.data.settings.answerDueMonths).toBe(5);

    // a token, remembered by both processes after use, is refused by both as soon as one revokes it
    const created = await post(base, `mutation { createApiToken(name: "workers") { token apiToken { id } } }`, {}, { cookie });
    const { token, apiToken } = created.body.data.createApiToken;
    const bearer = { authorization: `Bearer ${token}` };
    for (const a of await onBoth(4, () => post(base, `{ districts(first: 1) { totalCount } }`, {}, bearer))) expect(a.body.errors).toBeUndefined();
    const revoked = await post(base, `mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id }, { cookie });
    expect(revoked.body.data.revokeApiToken.revokedAt).toBeTruthy();
    // NOTIFY is delivered on commit; allow the other process a moment to read it
    await new Promise((r) => setTimeout(r, 300));
    for (const a of await onBoth(4, () => post(base, `{ districts(first: 1) { totalCount } }`, {}, bearer))) expect(code(a)).toBe("UNAUTHENTICATED");

    // each serving process listens for the revocations on a connection of its own
    const listeners = await t().sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and query ilike 'listen %'`;
    expect(listeners[0]!.n).toBe(2);

    // a worker killed outright is replaced (as worker 3), and the port keeps answering
    const workerPids = readFileSync(`/proc/${server.child.pid}/task/${server.child.pid}/children`, "utf8").trim().split(/\s+/).map(Number);
    expect(workerPids).toHaveLength(2);
    process.kill(workerPids[0]!, "SIGKILL");
    await expect.poll(() => server!.log(), { timeout: 10_000 }).toMatch(/worker \d exited \(SIGKILL\): starting another/);
    await expect
      .poll(async () => {
        const seen = new Set<string>();
        for (let i = 0; i < 4; i++) {
          const a = await post(base, `{ me { name } }`, {}, { cookie });
          expect(a.body.data.me.name).toBe("w-admin");
          seen.add(a.worker);
        }
        return seen.has("3") && seen.size === 2;
      }, { timeout: 10_000 })
      .toBe(true);

    const t0 = Date.now();
    server.child.kill("SIGTERM");
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(server.log()).toMatch(/SIGTERM: stopping 2 processes[\s\S]*stopped in \d+ ms/);
  });
});
