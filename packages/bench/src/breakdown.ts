// `node packages/bench/dist/breakdown.js`: where one daibiao request's time goes, without HTTP: each
// benchmark query runs one at a time through daibiao's own schema and Apollo Server (as the tests
// do), with every SQL statement timed from send to result. Prints per query: wall time, statements,
// time waiting on SQL (union of the statements' intervals) and the rest (GraphQL execution, resolvers,
// row mapping, serialization). Uses DATABASE_URL or the benchmark's database, and BENCH_API_DIR.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { connect, repoRoot } from "@daibiao/db";
import { openBenchDb } from "./database.js";
import { QUERIES, type Params } from "./queries.js";

const apiDir = process.env.BENCH_API_DIR ? path.resolve(process.env.BENCH_API_DIR) : repoRoot;
const N = Number(process.env.BENCH_BREAKDOWN_RUNS ?? 300);
const load = (rel: string) => import(pathToFileURL(path.join(apiDir, rel)).href);

const bench = await openBenchDb(() => {});
try {
  const requireApi = createRequire(path.join(apiDir, "packages/api/package.json"));
  await import(pathToFileURL(requireApi.resolve("reflect-metadata")).href);
  const { schema } = await load("packages/api/dist/schema.js");
  const server = await load("packages/api/dist/server.js");
  const { ApolloServer } = await import(pathToFileURL(requireApi.resolve("@apollo/server")).href);
  const { db, sql } = connect(bench.url, { max: 10 });
  // Time every statement: postgres.js `unsafe` is what daibiao's run() calls.
  let intervals: [number, number][] = [];
  let captured: { text: string; params: unknown[] }[] = [];
  // (through a proxy of its own: assigning sql.unsafe would reach the connection's own proxy, whose
  // unsafe calls the target's, and loop)
  const unsafe = sql.unsafe.bind(sql);
  const timedUnsafe = (...args: Parameters<typeof unsafe>) => {
    captured.push({ text: args[0], params: (args[1] ?? []) as unknown[] });
    const q = unsafe(...args);
    const t0 = performance.now();
    const then = q.then.bind(q);
    (q as unknown as { then: unknown }).then = (ok: (v: unknown) => unknown, err: (e: unknown) => unknown) =>
      then((v: unknown) => {
        intervals.push([t0, performance.now()]);
        return ok ? ok(v) : v;
      }, err);
    return q;
  };
  const timed = new Proxy(sql, { get: (target, key, receiver) => (key === "unsafe" ? timedUnsafe : Reflect.get(target, key, receiver)) });
  // the production server's plugins (limits, PostgreSQL-written answers) where the build has them
  const apollo = server.createApolloServer ? await server.createApolloServer() : new ApolloServer({ schema: await schema() });
  await apollo.start();
  // asked as the benchmark asks: an API token (role TOKEN)
  const viewer = { kind: "token", id: 0, name: "token:bench", role: "TOKEN" };
  const ctx = async () => {
    const deps = { db, sql: timed, pii: { enc: Buffer.alloc(32), mac: Buffer.alloc(32) } };
    return server.createContext.length >= 2 ? await server.createContext(deps, viewer) : await server.createContext(deps);
  };
  const exec = async (body: { query: string; variables?: Record<string, unknown> }) => {
    const r = await apollo.executeOperation(body, { contextValue: await ctx() });
    return r.body.singleResult;
  };

  const { params } = await (await import("./params.js")).pickParams(bench.url);
  console.log(`daibiao build in ${apiDir}; ${N} runs per query, one at a time, no HTTP`);
  console.log("query  wall ms  statements  SQL ms (critical path)  other ms (GraphQL, resolvers, mapping)");
  const only = process.env.BENCH_QUERIES?.split(",");
  for (const q of QUERIES.filter((x) => !only || only.includes(x.id))) {
    const request = await q.daibiao.request(params as Params, (b) => exec(b as never));
    const first = await exec(request);
    if (first.errors) {
      console.log(`${q.id}: ${JSON.stringify(first.errors).slice(0, 200)}`);
      continue;
    }
    for (let i = 0; i < 50; i++) await exec(request);
    let wall = 0;
    let sqlMs = 0;
    let statements = 0;
    for (let i = 0; i < N; i++) {
      intervals = [];
      const t0 = performance.now();
      await exec(request);
      wall += performance.now() - t0;
      statements += intervals.length;
      // union of intervals: statements of one level run side by side
      const sorted = intervals.sort((a, b) => a[0] - b[0]);
      let end = -Infinity;
      for (const [a, b] of sorted) {
        if (b <= end) continue;
        sqlMs += b - Math.max(a, end);
        end = b;
      }
    }
    const f = (x: number) => (x / N).toFixed(2).padStart(7);
    console.log(`${q.id}   ${f(wall)}  ${(statements / N).toFixed(1).padStart(10)}  ${f(sqlMs)}                ${f(wall - sqlMs)}`);
    // Each statement of one request, timed by PostgreSQL itself (EXPLAIN ANALYZE, custom plan).
    captured = [];
    await exec(request);
    for (const st of captured) {
      // the same statement sent again and again on its own: its cost from the driver's side
      const t0 = performance.now();
      for (let i = 0; i < N; i++) await unsafe(st.text, st.params as never[], { prepare: true });
      const alone = (performance.now() - t0) / N;
      const plan = (await unsafe(`explain (analyze, format json) ${st.text}`, st.params as never[])) as unknown as { "QUERY PLAN": [{ "Execution Time": number; "Planning Time": number; Plan: { "Actual Rows": number } }] }[];
      const p = plan[0]!["QUERY PLAN"][0];
      console.log(`        ${alone.toFixed(2).padStart(6)} ms alone ${p["Execution Time"].toFixed(2).padStart(6)} ms exec ${p["Planning Time"].toFixed(2).padStart(5)} ms plan ${String(p.Plan["Actual Rows"]).padStart(5)} rows  ${st.text.replace(/\s+/g, " ").slice(0, 110)}`);
      // BENCH_BREAKDOWN_PLANS=1: the whole statement, its parameters and its plan
      if (process.env.BENCH_BREAKDOWN_PLANS === "1") {
        const text = (await unsafe(`explain (analyze, buffers) ${st.text}`, st.params as never[])) as unknown as { "QUERY PLAN": string }[];
        console.log(`${st.text}\n-- ${JSON.stringify(st.params)}\n${text.map((r) => r["QUERY PLAN"]).join("\n")}\n`);
      }
    }
  }
  await apollo.stop();
  await sql.end();
} finally {
  await bench.stop();
}
