// The built server on its embedded PostgreSQL, stopped two ways: SIGTERM under load (requests in
// flight finish, new ones are refused, exit 0 within 10 s, the database shut down cleanly) and
// kill -9 in the middle of writes (the next start takes over the database left running, and every
// change is there whole — record, child rows, audit rows — or not at all).
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "../../packages/db/src/index.js";
import { codeOf, embeddedUrl, gql, holdLock, main, signIn, startServer, unmatched, type Outcome, type Server } from "./server.js";

const dirs: string[] = [];
const servers: Server[] = [];

function dataDir(): string {
  const dir = mkdtempSync(path.join("/tmp", "daibiao-faults-"));
  chmodSync(dir, 0o755); // as root, the database runs as user postgres
  dirs.push(dir);
  return dir;
}

// postgres processes whose command line names this data folder
function postgresIn(dir: string): number[] {
  const found: number[] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(path.join(dir, "pg"))) found.push(Number(pid));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

afterAll(async () => {
  for (const s of servers) s.child.kill("SIGKILL");
  // a database left behind by a failed test
  for (const dir of dirs) for (const pid of postgresIn(dir)) process.kill(pid, "SIGQUIT");
  await sleep(200);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// PostgreSQL's control file says how the cluster was left: 1 = shut down cleanly, 6 = in production
// (still running, or crashed). The state is the 4-byte integer after the system identifier (8 bytes)
// and two version numbers (4 each).
function clusterState(dir: string): number {
  return readFileSync(path.join(dir, "pg", "global", "pg_control")).readInt32LE(16);
}

async function until(check: () => Promise<boolean>, ms: number, what: string) {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const CREATE = `mutation($code: String!) { createDistrict(input: { code: $code, level: COUNTY, name: $code }) { id code } }`;
const READ = `{ districts(first: 5) { totalCount nodes { id } } }`;

describe.skipIf(!existsSync(main) || process.platform !== "linux")("faults: stopping the server", () => {
  it("SIGTERM under load: in-flight requests finish with 200, new ones are refused, exit 0 within 10 s, the database shut down cleanly", async () => {
    const dir = dataDir();
    const server = await startServer({ DAIBIAO_DATA_DIR: dir });
    servers.push(server);
    const cookie = await signIn(server.base);
    const url = embeddedUrl(dir);
    // a second server on the same folder does not take the database from the running one
    await expect(startServer({ DAIBIAO_DATA_DIR: dir })).rejects.toThrow(/embedded PostgreSQL in .* is in use by another process/);
    expect((await gql(server.base, cookie, READ)).status).toBe(200);

    // Six creates held in flight by a lock on their table (as a slow statement would hold them).
    const holder = connect(url, { max: 1 });
    const watcher = connect(url, { max: 1 });
    let release!: () => void;
    await holdLock(holder.sql, new Promise<void>((r) => (release = r)));
    const inflight = Array.from({ length: 6 }, (_, i) => gql(server.base, cookie, CREATE, { code: String(530000 + i) }));
    const waiting = async () =>
      (await watcher.sql<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where application_name = 'daibiao' and wait_event_type = 'Lock'`)[0]!.n;
    await until(async () => (await waiting()) === 6, 10_000, "six creates waiting for the lock");

    const termAt = performance.now();
    server.child.kill("SIGTERM");
    await sleep(300);
    const late: Outcome[] = await Promise.all([gql(server.base, cookie, READ), gql(server.base, cookie, CREATE, { code: "530100" })]);
    await sleep(700);
    const releasedAt = performance.now() - termAt;
    release();
    const done = await Promise.all(inflight);
    await holder.sql.end({ timeout: 1 });
    await watcher.sql.end({ timeout: 1 });
    const exit = await server.exited;
    const exitMs = performance.now() - termAt;
    console.log(
      `SIGTERM: ${done.length} in flight → ${done.map((o) => o.status).join(", ")} (lock released ${Math.round(releasedAt)} ms after the signal); ` +
        `after the signal → ${late.map((o) => o.status).join(", ")}; exit ${exit.code} after ${Math.round(exitMs)} ms; cluster state ${clusterState(dir)}`,
    );

    for (const o of done) {
      expect(o.status).toBe(200);
      expect((o.body?.data?.createDistrict as { id: string }).id).toMatch(/^\d+$/);
    }
    for (const o of late) expect(["refused", 503]).toContain(o.status);
    expect(late.some((o) => o.status === "refused")).toBe(true);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitMs).toBeLessThan(10_000);
    expect(server.log()).toMatch(/SIGTERM: stopping[\s\S]*stopped in \d+ ms/);
    // the database was stopped, and cleanly: no postgres left for this folder, no pid file, and the
    // control file says "shut down"
    expect(postgresIn(dir)).toEqual([]);
    expect(existsSync(path.join(dir, "pg", "postmaster.pid"))).toBe(false);
    expect(clusterState(dir)).toBe(1);
  }, 60_000);

  it("SIGTERM with a request that does not finish: its connection is closed after the 5 s grace, and the server still exits 0 within 10 s", async () => {
    const dir = dataDir();
    const server = await startServer({ DAIBIAO_DATA_DIR: dir });
    servers.push(server);
    const cookie = await signIn(server.base);
    const url = embeddedUrl(dir);
    const holder = connect(url, { max: 1 });
    let release!: () => void;
    await holdLock(holder.sql, new Promise<void>((r) => (release = r)));
    const stuck = gql(server.base, cookie, CREATE, { code: "530200" });
    const watcher = connect(url, { max: 1 });
    await until(
      async () => (await watcher.sql<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where application_name = 'daibiao' and wait_event_type = 'Lock'`)[0]!.n === 1,
      10_000,
      "the create waiting for the lock",
    ).catch(async (e) => {
      release();
      throw e;
    });
    await watcher.sql.end();
    const termAt = performance.now();
    server.child.kill("SIGTERM");
    const exit = await server.exited;
    const exitMs = performance.now() - termAt;
    const answer = await stuck;
    release();
    await holder.sql.end({ timeout: 1 }).catch(() => {});
    console.log(`SIGTERM with a request held: it ended "${answer.status}" after ${Math.round(answer.ms)} ms; exit ${exit.code} after ${Math.round(exitMs)} ms; cluster state ${clusterState(dir)}`);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitMs).toBeGreaterThanOrEqual(5000); // the grace was given
    expect(exitMs).toBeLessThan(10_000);
    expect(answer.status).toBe("reset");
    expect(postgresIn(dir)).toEqual([]);
    expect(clusterState(dir)).toBe(1);
  }, 60_000);

  it("kill -9 in the middle of writes: the next start takes over the database, and every create is whole or absent", async () => {
    const dir = dataDir();
    const first = await startServer({ DAIBIAO_DATA_DIR: dir });
    servers.push(first);
    const cookie = await signIn(first.base);
    const CREATE_DEPUTY = `mutation($name: String!) { createDeputy(input: { name: $name, gender: FEMALE, mandates: [
      { level: CITY, congressTerm: 3, startDate: "2022-01-01" },
      { level: PROVINCIAL, congressTerm: 13, startDate: "2023-01-01" } ] }) { id mandates { id } } }`;

    type Shot = Outcome & { name: string };
    const shots: Shot[] = [];
    let running = true;
    let n = 0;
    const worker = async () => {
      while (running) {
        const name = `代表${n++}`;
        const o = await gql(first.base, cookie, CREATE_DEPUTY, { name }, 10_000);
        shots.push({ ...o, name });
        if (o.status === "refused") await sleep(20);
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, worker));
    await until(async () => shots.filter((s) => s.status === 200).length >= 40, 20_000, "forty creates");
    const killedAt = performance.now();
    first.child.kill("SIGKILL");
    await first.exited;
    await sleep(300);
    running = false;
    await load;

    const ok = shots.filter((s) => s.status === 200);
    const cut = shots.filter((s) => s.startedAt < killedAt && s.status !== 200);
    expect(shots.every((s) => s.status === 200 || s.status === "reset" || s.status === "refused")).toBe(true);
    for (const s of ok) expect((s.body?.data?.createDeputy as { mandates: unknown[] }).mandates).toHaveLength(2);

    // the same folder again: the database the killed server left running is stopped and started anew
    const second = await startServer({ DAIBIAO_DATA_DIR: dir });
    servers.push(second);
    expect(second.log()).toMatch(/stopped the PostgreSQL server \(pid \d+\) left running/);
    const url = embeddedUrl(dir);
    const deputies = await unmatched(url, "deputies", "Deputy");
    const mandates = await unmatched(url, "deputy_mandates", "DeputyMandate");
    const { sql } = connect(url, { max: 1 });
    const counts = await sql<{ n: number; deputies: number }[]>`
      select n, count(*)::int as deputies from (select d.id, count(m.id)::int as n from deputies d left join deputy_mandates m on m.deputy_id = d.id group by d.id) x group by n`;
    const names = new Set((await sql<{ name: string }[]>`select name from deputies`).map((r) => r.name));
    await sql.end();
    console.log(
      `kill -9: ${ok.length} creates answered OK, ${cut.length} cut off by the kill; after the restart ${deputies.rows} deputies, ` +
        `${deputies.audits} deputy audit rows, ${mandates.rows} mandates, ${mandates.audits} mandate audit rows; mandates per deputy ${JSON.stringify(counts)}`,
    );
    expect(cut.length).toBeGreaterThan(0);
    expect(deputies).toMatchObject({ withoutAudit: [], auditWithoutRow: [] });
    expect(mandates).toMatchObject({ withoutAudit: [], auditWithoutRow: [] });
    // every deputy has both its mandates: a create is never half there
    expect(counts).toEqual([{ n: 2, deputies: deputies.rows }]);
    expect(ok.filter((s) => !names.has(s.name))).toEqual([]);
    expect(deputies.rows).toBeGreaterThanOrEqual(ok.length);
    expect(deputies.rows).toBeLessThanOrEqual(ok.length + cut.length);

    // and it serves
    const cookie2 = await signIn(second.base);
    expect((await gql(second.base, cookie2, READ)).status).toBe(200);
    second.child.kill("SIGTERM");
    expect((await second.exited).code).toBe(0);
  }, 90_000);
});
