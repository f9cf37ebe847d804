// DATABASE_REPLICA_URLS with a real streaming replica (Debian's PostgreSQL 15, made by
// `scripts/pg15.sh replica`; .ci/run starts it beside the primary and passes DAIBIAO_TEST_REPLICA_URL
// and DAIBIAO_TEST_REPLICA_DIR). The replica's replay is paused while the primary takes a write, so
// what a read returns tells which server answered it: queries go to the replica, a caller's reads go
// to the primary for a moment after its own write (the time of it is in a cookie),
// and a replica stopped in the middle of a load costs no request.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { connect, hashPassword, repoRoot, type Sql } from "../../packages/db/src/index.js";
import { exchange, main, startServer, type Server } from "../faults/server.js";
import { withDatabase } from "../global-setup.js";
import { useTestDb } from "../harness.js";

const replicaBase = process.env.DAIBIAO_TEST_REPLICA_URL;
const replicaDir = process.env.DAIBIAO_TEST_REPLICA_DIR;
const pg15 = (...args: string[]) => execFileSync("bash", [path.join(repoRoot, "scripts/pg15.sh"), ...args], { stdio: "pipe" });

const t = useTestDb();
let server: Server | undefined;
let replica: Sql | undefined;
let replicaDown = false;
afterEach(async () => {
  // a failed run must not leave the replica stopped for the next
  if (replicaDown) pg15("up", replicaDir!);
  replicaDown = false;
  server?.child.kill("SIGKILL");
  server = undefined;
  await replica?.unsafe("select pg_wal_replay_resume()").catch(() => {});
  await replica?.end({ timeout: 1 });
  replica = undefined;
});

// A caller as a browser is: keeps the cookies it is given.
function caller(base: () => string, auth: Record<string, string> = {}) {
  const jar = new Map<string, string>();
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const a = await exchange(base(), query, variables, { ...auth, ...(cookie ? { cookie } : {}) });
    for (const c of a.headers["set-cookie"] ?? []) {
      const [pair] = c.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return a;
  };
}

const SIGN_IN = `mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { me { name } } }`;
const FIND = `query ($name: String!) { districts(filter: { name: { eq: $name } }) { totalCount } }`;
const CREATE = `mutation ($code: String!, $name: String!) { createDistrict(input: { code: $code, level: COUNTY, name: $name }) { id } }`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!existsSync(main) || !replicaBase || !replicaDir)("read replicas (DATABASE_REPLICA_URLS)", () => {
  it("reads from the replica, a writer's next reads from the primary, and survives the replica stopping", { timeout: 120_000 }, async () => {
    await t().sql`insert into users (username, role, password_hash) values ('r-admin', 'admin', ${await hashPassword("r-admin-password")}),
      ('r-viewer', 'viewer', ${await hashPassword("r-viewer-password")})`;
    const replicaUrl = withDatabase(replicaBase!, new URL(t().url).pathname.slice(1));
    // the replica has the new database and its users once it has replayed them
    await expect
      .poll(async () => {
        const probe = connect(replicaUrl, { max: 1 }).sql;
        try {
          return (await probe`select count(*)::int as n from users where username like 'r-%'`)[0]!.n;
        } catch {
          return -1;
        } finally {
          await probe.end({ timeout: 1 });
        }
      }, { timeout: 20_000 })
      .toBe(2);
    replica = connect(replicaUrl, { max: 1 }).sql;
    expect((await replica`select pg_is_in_recovery() as r`)[0]!.r).toBe(true);

    server = await startServer({ DATABASE_URL: t().url, DATABASE_REPLICA_URLS: replicaUrl, DAIBIAO_READ_YOUR_WRITES_MS: "1500" });
    expect(server.log()).toContain("reading from 1 replica");
    const base = () => server!.base;
    const admin = caller(base);
    const viewer = caller(base);
    expect((await admin(SIGN_IN, { u: "r-admin", p: "r-admin-password" })).body.errors).toBeUndefined();
    expect((await viewer(SIGN_IN, { u: "r-viewer", p: "r-viewer-password" })).body.errors).toBeUndefined();
    const count = async (who: ReturnType<typeof caller>, name: string) => {
      const a = await who(FIND, { name });
      expect(a.body.errors).toBeUndefined();
      return a.body.data.districts.totalCount as number;
    };
    await sleep(1600); // the sign-ins' read-your-writes moments are over

    // the replica stops replaying: a write on the primary is not on it
    await replica.unsafe("select pg_wal_replay_pause()");
    expect((await admin(CREATE, { code: "520901", name: "副本区甲" })).body.errors).toBeUndefined();
    expect(await count(admin, "副本区甲")).toBe(1); // the writer reads the primary
    expect(await count(viewer, "副本区甲")).toBe(0); // everyone else reads the replica
    await sleep(1600);
    expect(await count(admin, "副本区甲")).toBe(0); // the writer's moment is over: the replica again

    // an API token (read only) reads the replica too
    const made = await admin(`mutation { createApiToken(name: "replica") { token } }`);
    const token = caller(base, { authorization: `Bearer ${made.body.data.createApiToken.token}` });
    expect(await count(token, "副本区甲")).toBe(0);

    await replica.unsafe("select pg_wal_replay_resume()");
    await expect.poll(() => count(viewer, "副本区甲"), { timeout: 10_000 }).toBe(1);
    await replica.end({ timeout: 1 });
    replica = undefined;

    // the replica stops in the middle of 240 reads, 8 at a time: every read is answered, by the primary
    const statuses: number[] = [];
    const errors: unknown[] = [];
    let sent = 0;
    let stopped: Promise<void> | undefined;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (sent < 240) {
          sent++;
          if (sent === 60) stopped = new Promise((r) => setImmediate(() => r(void pg15("down", replicaDir!), (replicaDown = true))));
          const a = await viewer(FIND, { name: "副本区甲" });
          statuses.push(a.status);
          if (a.body.errors || a.body.data?.districts.totalCount !== 1) errors.push(a.body);
        }
      }),
    );
    await stopped;
    expect(errors).toEqual([]);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(server.log()).toContain("read replica 1 is not answering");

    // started again, it is found by the probe and read from again
    pg15("up", replicaDir!);
    replicaDown = false;
    await expect.poll(() => server!.log(), { timeout: 15_000 }).toContain("read replica 1 answers again");
    // (paused again, the replica is what answers: it does not have the next write)
    replica = connect(replicaUrl, { max: 1 }).sql;
    await replica.unsafe("select pg_wal_replay_pause()");
    expect((await admin(CREATE, { code: "520903", name: "副本区丙" })).body.errors).toBeUndefined();
    expect(await count(viewer, "副本区丙")).toBe(0);
    expect(await count(admin, "副本区丙")).toBe(1);
  });
});
