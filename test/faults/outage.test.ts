// The database goes away under load, and the pool runs out: the built server answers every request
// quickly (503 SERVICE_UNAVAILABLE, or 504 TIMEOUT for a statement cut by the statement timeout),
// none hangs, none is a 500, it recovers by itself, and no write is half-applied.
// The PostgreSQL here is the test's own (an embedded server on a fixed port), so the test can stop
// and start it under the running API.
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, startEmbedded, type EmbeddedServer } from "../../packages/db/src/index.js";
import { codeOf, gql, holdLock, main, signIn, startServer, unmatched, type Outcome, type Server } from "./server.js";

let dir: string;
let pg: EmbeddedServer;
let port: number;
const servers: Server[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join("/tmp", "daibiao-faults-"));
  chmodSync(dir, 0o755); // as root, the server runs as user postgres
  pg = await startEmbedded(path.join(dir, "pg"), "outage");
  port = Number(new URL(pg.url).port);
});

afterAll(async () => {
  for (const s of servers) s.child.kill("SIGKILL");
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const withDb = (name: string) => {
  const u = new URL(pg.adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
};

async function database(name: string): Promise<string> {
  const { sql } = connect(pg.adminUrl, { max: 1 });
  await sql.unsafe(`create database ${name}`);
  await sql.end();
  return withDb(name);
}

const CREATE = `mutation($code: String!) { createDistrict(input: { code: $code, level: COUNTY, name: $code }) { id code } }`;
const READ = `{ districts(first: 5, orderBy: [ID_DESC]) { totalCount nodes { id code } } }`;

// Nothing about the database may leak into an answer.
function expectClean(o: Outcome, url: string) {
  const text = JSON.stringify(o.body);
  expect(text).not.toContain(new URL(url).password);
  expect(text).not.toMatch(/postgres:\/\/|select |insert |ECONN|CONNECTION_/i);
}

describe.skipIf(!existsSync(main))("faults: the database away, the pool exhausted", () => {
  it("PostgreSQL restarted under load: fast 503s during the outage, recovery without a restart, no half-written change", async () => {
    const url = await database("restart");
    const STATEMENT_MS = 3000;
    const server = await startServer({
      DATABASE_URL: url,
      DAIBIAO_DB_POOL: "4",
      DAIBIAO_STATEMENT_TIMEOUT_MS: String(STATEMENT_MS),
      DAIBIAO_DB_QUEUE_TIMEOUT_MS: "1000",
      DAIBIAO_DB_CONNECT_TIMEOUT_MS: "2000",
    });
    servers.push(server);
    const cookie = await signIn(server.base);

    type Shot = Outcome & { kind: "create" | "read"; code?: string };
    const shots: Shot[] = [];
    let running = true;
    let n = 0;
    const worker = async (w: number) => {
      while (running) {
        if (n++ % 2 === 0) {
          const code = String(100000 + w * 10000 + shots.length);
          shots.push({ ...(await gql(server.base, cookie, CREATE, { code }, 15_000)), kind: "create", code });
        } else shots.push({ ...(await gql(server.base, cookie, READ, {}, 15_000)), kind: "read" });
      }
    };
    const load = Promise.all([0, 1, 2, 3, 4, 5].map(worker));

    await sleep(1500);
    const downAt = performance.now();
    await pg.stop(); // fast shutdown: sessions are terminated, new connections refused
    const stoppedAt = performance.now();
    await sleep(500);
    const readyDown = await fetch(`${server.base}/ready`);
    const readyDownBody = await readyDown.json();
    const healthDown = await fetch(`${server.base}/health`);
    await sleep(1500);
    const restartAt = performance.now();
    pg = await startEmbedded(path.join(dir, "pg"), "outage", port);
    const upAt = performance.now();
    await sleep(4000);
    running = false;
    await load;
    const readyUp = await fetch(`${server.base}/ready`);

    // sent and answered while the database was away (one sent just before the restart may be answered
    // by the new server: under load the restart can come first)
    const during = shots.filter((s) => s.startedAt >= stoppedAt && s.startedAt + s.ms < restartAt);
    const after = shots.filter((s) => s.startedAt >= upAt + 2000);
    const statuses = (list: Shot[]) => list.reduce<Record<string, number>>((m, s) => ((m[String(s.status)] = (m[String(s.status)] ?? 0) + 1), m), {});
    console.log(
      `restart: ${shots.length} requests; outage ${Math.round(upAt - downAt)} ms (stopping ${Math.round(stoppedAt - downAt)} ms, starting ${Math.round(upAt - restartAt)} ms); during it ${JSON.stringify(statuses(during))}, ` +
        `slowest ${Math.round(Math.max(...during.map((s) => s.ms)))} ms; overall ${JSON.stringify(statuses(shots))}, slowest ${Math.round(Math.max(...shots.map((s) => s.ms)))} ms; ` +
        `from 2 s after the restart ${JSON.stringify(statuses(after))}`,
    );

    // every request answered, with 200 or 503, within the statement timeout and a margin
    for (const s of shots) {
      expect([200, 503]).toContain(s.status);
      expect(s.ms).toBeLessThan(STATEMENT_MS + 2000);
      if (s.status === 503) {
        expect(s.body?.errors).toHaveLength(1);
        expect(codeOf(s)).toBe("SERVICE_UNAVAILABLE");
        expectClean(s, url);
      }
    }
    // the outage was seen, and answered quickly: nothing waits for the database to come back
    expect(during.length).toBeGreaterThan(10);
    expect(during.every((s) => s.status === 503)).toBe(true);
    expect(Math.max(...during.map((s) => s.ms))).toBeLessThan(1500);
    expect(readyDown.status).toBe(503);
    expect(readyDownBody).toEqual({ ready: false, reason: "the database is not reachable" });
    expect(healthDown.status).toBe(200);
    // back by itself: every request from 2 s after the restart on succeeded
    expect(after.length).toBeGreaterThan(10);
    expect(after.every((s) => s.status === 200)).toBe(true);
    expect(readyUp.status).toBe(200);

    // every change is whole: each district has its audit row and each audit row its district, and
    // every create that answered OK is there
    const oks = shots.filter((s) => s.kind === "create" && s.status === 200);
    const failed = shots.filter((s) => s.kind === "create" && s.status !== 200);
    const check = await unmatched(url, "districts", "District");
    expect(check.withoutAudit).toEqual([]);
    expect(check.auditWithoutRow).toEqual([]);
    const { sql } = connect(url, { max: 1 });
    const codes = new Set((await sql<{ code: string }[]>`select code from districts`).map((r) => r.code));
    await sql.end();
    expect(oks.filter((s) => !codes.has(s.code!))).toEqual([]);
    // a create that failed may still have committed (the answer lost with the connection), no more
    expect(check.rows).toBeGreaterThanOrEqual(oks.length);
    expect(check.rows).toBeLessThanOrEqual(oks.length + failed.length);
    console.log(`restart: ${oks.length} creates answered OK, ${failed.length} 503; ${check.rows} districts, ${check.audits} audit rows`);

    server.child.kill("SIGTERM");
    expect((await server.exited).code).toBe(0);
  }, 60_000);

  it("the pool exhausted: queued requests answer 503 after the wait bound, a statement over the timeout 504, then it serves normally", async () => {
    const url = await database("pool");
    const POOL = 2;
    const QUEUE_MS = 800;
    // longer than the wait bound, the look at /ready (itself one wait) and the margin before release
    const STATEMENT_MS = 4000;
    const server = await startServer({
      DATABASE_URL: url,
      DAIBIAO_DB_POOL: String(POOL),
      DAIBIAO_STATEMENT_TIMEOUT_MS: String(STATEMENT_MS),
      DAIBIAO_DB_QUEUE_TIMEOUT_MS: String(QUEUE_MS),
    });
    servers.push(server);
    const cookie = await signIn(server.base);
    expect((await gql(server.base, cookie, CREATE, { code: "520000" })).status).toBe(200);

    // Another session holds the table (as a long migration would): reads of it wait for the lock,
    // each holding one of the pool's two connections.
    const holder = connect(url, { max: 1 });
    let release!: () => void;
    await holdLock(holder.sql, new Promise<void>((r) => (release = r)));

    const t0 = performance.now();
    const burst = Array.from({ length: 10 }, () => gql(server.base, cookie, READ, {}, 15_000));
    // past the wait bound, still short of the statement timeout (the two reads holding connections
    // must not be cut by it)
    await sleep(QUEUE_MS + 600);
    const readyBusy = await fetch(`${server.base}/ready`);
    const readyBusyBody = await readyBusy.json();
    release();
    const outcomes = await Promise.all(burst);
    const end = performance.now() - t0;
    const ok = outcomes.filter((o) => o.status === 200);
    const busy = outcomes.filter((o) => o.status === 503);
    console.log(
      `pool of ${POOL}, wait bound ${QUEUE_MS} ms, 10 reads of a locked table: ${ok.length} × 200 (${ok.map((o) => Math.round(o.ms)).join(", ")} ms), ` +
        `${busy.length} × 503 (slowest ${Math.round(Math.max(...busy.map((o) => o.ms)))} ms); all answered in ${Math.round(end)} ms`,
    );
    // the two that held the connections finish once the lock goes; the rest were told at once
    expect(ok).toHaveLength(POOL);
    expect(busy).toHaveLength(10 - POOL);
    for (const o of busy) {
      expect(o.body?.errors).toHaveLength(1);
      expect(codeOf(o)).toBe("SERVICE_UNAVAILABLE");
      expectClean(o, url);
      // one wait: a read the direct path could not start is not tried again the ordinary way
      expect(o.ms).toBeLessThan(QUEUE_MS + 1000);
    }
    expect(readyBusy.status).toBe(503);
    expect(readyBusyBody).toEqual({ ready: false, reason: "every database connection is busy" });

    // a statement held past the statement timeout: 504 TIMEOUT, after the timeout and not much later
    await holdLock(holder.sql, sleep(STATEMENT_MS + 1500));
    const slow = await gql(server.base, cookie, CREATE, { code: "520001" });
    console.log(`a create on a locked table with a ${STATEMENT_MS} ms statement timeout: ${slow.status} ${codeOf(slow)} in ${Math.round(slow.ms)} ms`);
    expect(slow.status).toBe(504);
    expect(codeOf(slow)).toBe("TIMEOUT");
    expect(slow.ms).toBeGreaterThanOrEqual(STATEMENT_MS);
    expect(slow.ms).toBeLessThan(STATEMENT_MS + 1000);

    // and then business as usual
    await sleep(1600);
    const after = await Promise.all(Array.from({ length: 6 }, (_, i) => gql(server.base, cookie, CREATE, { code: String(520010 + i) })));
    expect(after.map((o) => o.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect((await fetch(`${server.base}/ready`)).status).toBe(200);
    const check = await unmatched(url, "districts", "District");
    expect(check).toMatchObject({ rows: 7, audits: 7, withoutAudit: [], auditWithoutRow: [] });

    // a database behind the code (its newest migration not recorded) is not ready
    const [last] = await holder.sql<{ hash: string; createdAt: string }[]>`
      delete from drizzle.__drizzle_migrations where id = (select id from drizzle.__drizzle_migrations order by created_at desc limit 1)
      returning hash, created_at::text as "createdAt"`;
    const behind = await fetch(`${server.base}/ready`);
    expect(behind.status).toBe(503);
    expect(await behind.json()).toEqual({ ready: false, reason: "the migrations are not applied" });
    await holder.sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${last!.hash}, ${last!.createdAt}::bigint)`;
    expect((await fetch(`${server.base}/ready`)).status).toBe(200);
    await holder.sql.end();
    server.child.kill("SIGTERM");
    expect((await server.exited).code).toBe(0);
  }, 60_000);
});
