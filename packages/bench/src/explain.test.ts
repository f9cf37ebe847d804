// Every filter and every sort the API offers, on tables big enough for the planner to care, must be
// answered through an index: this runs EXPLAIN on the very statements the API sends (list() and the
// batched child loader, captured instead of run) and fails on a sequential scan of a large table.
// Cases that cannot use an index are listed below, each with its reason; nothing else is skipped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgColumn } from "drizzle-orm/pg-core";
import { createTestDb, type TestDb } from "../../../test/harness.js";
import type { Context } from "../../api/src/context.js";
import { Loaders } from "../../api/src/grammar/loaders.js";
import { list } from "../../api/src/grammar/read.js";
import type { FilterField, TableSpec } from "../../api/src/grammar/resource.js";
import { countsFor, loadScaleData, type Counts } from "./scale.js";

// A table is large from this many rows on; smaller ones are read whole faster than through an index.
const LARGE = 10_000;

// 50,000 deputies, and the tables that are large in production (stations, trainings, activities) made
// large here too.
const COUNTS: Counts = {
  ...countsFor(0.05),
  stations: 20_000,
  trainings: 10_000,
  attendancesPerTraining: 10,
  activities: 20_000,
  participationsPerActivity: 5,
};

type Case = { spec: string; what: string; statement: { text: string; params: unknown[] } };

// Conditions no index can serve, whatever the indexes: the planner reads the table (or walks the
// sort index and filters), and rightly so.
const INHERENT: { match: RegExp; reason: string }[] = [
  { match: /\.ne$/, reason: "`ne` (is distinct from) matches nearly every row: no index helps, a scan is the right plan" },
  { match: /\.isNull:false$/, reason: "`isNull: false` on a mostly filled column matches nearly every row" },
  { match: /\.(gt|gte):low$|\.(lt|lte):high$/, reason: "a range that takes nearly the whole table" },
  { match: /\.(eq|in):common$/, reason: "a value held by most rows (low selectivity, e.g. a boolean or an enum's main value)" },
  { match: /\.default\.count$/, reason: "totalCount of a whole table reads all of it (or all of an index): no index makes it cheap" },
  {
    match: /\.(contains|q):short$/,
    reason:
      "pg_trgm needs 3 characters to use its index; a 1–2 character search (most Chinese names have 2–3) reads the table. " +
      "Proposed: a bigram index (pg_bigm, not in stock PostgreSQL) or, for names, a prefix btree (text_pattern_ops) for startsWith",
  },
];

// Plans that differ only because this test's tables are small: checked on the benchmark's data
// (100,000 and 1,000,000 deputies), where the index is used.
const SMALL_HERE: { match: RegExp; reason: string }[] = [
  {
    match: /^StationDeputy\.station\.townshipId\.eq$/,
    reason:
      "postings of a township's stations: here 55,000 postings on 2,000 of the 20,000 stations, and the planner puts 19 probes " +
      "of station_deputies_station_id_idx (cost 1262) just above a hash join over the whole table (1167); on the benchmark's " +
      "data (110,000 postings and more) it probes the index",
  },
];

const reasonFor = (c: Case) => [...INHERENT, ...SMALL_HERE].find((x) => x.match.test(`${c.spec}.${c.what}`))?.reason;

const getTableName = (table: unknown) => (table as Record<symbol, string>)[Symbol.for("drizzle:Name")]!;

let db: Awaited<ReturnType<typeof createTestDb>> | undefined;
let t: TestDb;
const rowsOf = new Map<string, number>();
const notCovered: string[] = [];
const specs = new Map<string, TableSpec>();

// The specs of every resource: each export of packages/api/src/*/*.table.ts that is a TableSpec.
const modules = import.meta.glob<Record<string, unknown>>("../../api/src/*/*.table.ts", { eager: true });
for (const mod of Object.values(modules)) {
  for (const value of Object.values(mod)) {
    const spec = value as TableSpec;
    if (spec && typeof spec === "object" && "table" in spec && "filters" in spec && "orderBy" in spec) specs.set(spec.name, spec);
  }
}

// The statements list() and the child loader would send, captured instead of run.
function capture(): { ctx: Context; statements: { text: string; params: unknown[] }[] } {
  const statements: { text: string; params: unknown[] }[] = [];
  const ctx = {
    sql: {
      unsafe: (text: string, params: unknown[]) => {
        statements.push({ text, params });
        // one row, so that a page reads no records and a count() reads its count
        return Promise.resolve([{ count: 0, fetched: 0, n0: [] }]);
      },
    },
  } as unknown as Context;
  ctx.loaders = new Loaders(ctx);
  return { ctx, statements };
}

// Sample values from the data: a typical one, the most common one, and the ends of the range.
async function samples(spec: TableSpec, column: PgColumn) {
  const table = getTableName(spec.table);
  const c = `"${column.name}"`;
  const [r] = await t.sql.unsafe(
    `select (select ${c} from ${table} where ${c} is not null order by id offset (select count(*) / 2 from ${table}) limit 1) as typical,
      (select ${c} from ${table} where ${c} is not null group by 1 order by count(*) desc limit 1) as common,
      (select ${c} from ${table} where ${c} is not null order by 1 limit 1) as low,
      (select ${c} from ${table} where ${c} is not null order by 1 desc limit 1) as high,
      (select ${c}::text from ${table} where char_length(${c}::text) >= 4 order by id limit 1) as long`,
  );
  return r as { typical: unknown; common: unknown; low: unknown; high: unknown; long: string | null };
}

const OPS: Record<string, string[]> = {
  id: ["eq", "in", "ne", "isNull:true"],
  string: ["eq", "in", "ne", "contains", "contains:short", "startsWith", "isNull:true", "isNull:false"],
  int: ["eq", "in", "ne", "gt", "lt", "gt:low", "lt:high", "isNull:true"],
  float: ["eq", "gt", "lt", "isNull:true"],
  date: ["eq", "ne", "gt", "lt", "gt:low", "lt:high", "isNull:true"],
  datetime: ["gt", "lt", "gt:low", "lt:high", "isNull:true"],
  boolean: ["eq", "eq:common", "ne", "isNull:true"],
  enum: ["eq", "eq:common", "in", "ne", "isNull:true"],
};

// One filter value per operator, from the sampled data.
function opValue(op: string, kind: string, s: Awaited<ReturnType<typeof samples>>): [string, unknown] {
  const [name, variant] = op.split(":") as [string, string | undefined];
  const typical = kind === "boolean" ? !(s.common as boolean) : s.typical;
  const v = variant === "common" ? s.common : variant === "low" ? s.low : variant === "high" ? s.high : typical;
  const text = String(typical ?? "");
  switch (name) {
    case "in":
      return ["in", [v, v]];
    case "isNull":
      return ["isNull", variant === "true"];
    case "contains":
      // 3 characters (what a trigram index can use), or 2 (a typical search for a Chinese name)
      return ["contains", variant === "short" ? text.slice(0, 2) : String(s.long ?? text).slice(1, 4)];
    case "startsWith":
      return ["startsWith", text.slice(0, 2)];
    default:
      return [name, kind === "id" ? String(v) : v];
  }
}

async function explain(statement: { text: string; params: unknown[] }) {
  const [row] = await t.sql.unsafe(`explain (analyze, format json) ${statement.text}`, statement.params as never[]);
  return (row as { "QUERY PLAN": [{ Plan: PlanNode }] })["QUERY PLAN"][0].Plan;
}
type PlanNode = { "Node Type": string; "Relation Name"?: string; "Rows Removed by Filter"?: number; Plans?: PlanNode[] };

function seqScans(plan: PlanNode): string[] {
  const here = /Seq Scan/.test(plan["Node Type"]) && plan["Relation Name"] && (rowsOf.get(plan["Relation Name"]) ?? 0) >= LARGE ? [plan["Relation Name"]] : [];
  return [...here, ...(plan.Plans ?? []).flatMap(seqScans)];
}

async function casesOf(spec: TableSpec): Promise<Case[]> {
  const cases: Case[] = [];
  const add = async (what: string, run: (ctx: Context) => Promise<unknown>) => {
    const { ctx, statements } = capture();
    await run(ctx);
    for (const statement of statements) {
      cases.push({ spec: spec.name, what: /^select count\(/.test(statement.text) ? `${what}.count` : what, statement });
    }
  };
  const filterCase = async (key: string, f: FilterField, prefix = "") => {
    if ("custom" in f) {
      // Hand-written conditions (e.g. "overdue"): the test cannot know their values; listed, not checked.
      notCovered.push(`${spec.name}.${key} (custom filter)`);
      return;
    }
    if ("exists" in f || "parent" in f) {
      // A condition on related rows: one typical condition on each of their scalar fields.
      const other = "exists" in f ? f.exists() : (f as { parent: () => TableSpec }).parent();
      for (const [k2, f2] of Object.entries(other.filters)) {
        if (!("column" in f2) || !("kind" in f2)) continue;
        const s = await samples(other, f2.column);
        if (s.typical === null) continue;
        const [op, v] = opValue("eq", f2.kind.kind, s);
        await add(`${prefix}${key}.${k2}.${op}`, (ctx) => list(ctx, spec, { filter: { [key]: { [k2]: { [op]: v } } } }));
      }
      return;
    }
    const s = await samples(spec, f.column);
    // A column the generated data leaves empty (e.g. a merge target) gets only its isNull cases.
    const ops = (OPS[f.kind.kind] ?? []).filter((op) => s.typical !== null || op.startsWith("isNull"));
    for (const op of ops) {
      const [name, v] = opValue(op, f.kind.kind, s);
      if (v === null || v === undefined) continue;
      await add(`${prefix}${key}.${op}`, (ctx) => list(ctx, spec, { filter: { [key]: { [name]: v } } }));
    }
  };
  for (const [key, f] of Object.entries(spec.filters)) await filterCase(key, f);
  if (spec.search) {
    const s = await samples(spec, spec.search[0]!);
    await add("q", (ctx) => list(ctx, spec, { filter: { q: String(s.long ?? s.typical).slice(1, 4) } }));
    await add("q:short", (ctx) => list(ctx, spec, { filter: { q: String(s.typical).slice(0, 2) } }));
  }
  // Every sort, both ways, on the whole table (the first page, as the console opens a list).
  for (const key of Object.keys(spec.orderBy)) {
    for (const dir of ["asc", "desc"]) await add(`orderBy.${key}:${dir}`, (ctx) => list(ctx, spec, { orderBy: [`${key}:${dir}`] }));
  }
  // The default list, its total, and a later page by cursor.
  await add("default", async (ctx) => (await list(ctx, spec, {})).count());
  return cases;
}

// The child lists of a parent page (e.g. each deputy's mandates): the batched loader's statement.
async function childCases(): Promise<Case[]> {
  const cases: Case[] = [];
  for (const spec of specs.values()) {
    for (const [key, f] of Object.entries(spec.filters)) {
      if (!("exists" in f)) continue;
      const child = f.exists();
      const [r] = await t.sql.unsafe(`select string_agg(id::text, ',') as ids from (select id from ${getTableName(spec.table)} order by id limit 50) x`);
      // a table the scale data leaves empty (receptions, groups, …: small in production) has no children to load
      if ((r as { ids: string | null }).ids === null) continue;
      const ids = String((r as { ids: string }).ids).split(",").map(Number);
      const { ctx, statements } = capture();
      await Promise.all(ids.map((id) => ctx.loaders.children(child, f.via, id)));
      for (const statement of statements) cases.push({ spec: child.name, what: `children of ${spec.name} (${key})`, statement });
    }
  }
  return cases;
}

describe("every filter and sort uses an index on large tables", () => {
  let all: Case[] = [];
  beforeAll(async () => {
    db = await createTestDb();
    t = db.t;
    await loadScaleData(t.sql, { counts: COUNTS, dropIndexes: true, parallel: 2 });
    // The same plans on every run: ANALYZE reads every row (its default samples 30,000, at random, and
    // the planner's choice for a 3-character search then differed between runs).
    await t.sql.begin(async (tx) => {
      await tx.unsafe(`set local default_statistics_target = 2000`);
      await tx.unsafe(`analyze`);
    });
    for (const r of await t.sql.unsafe(`select relname, reltuples::bigint as n from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace`)) {
      rowsOf.set(r.relname as string, Number(r.n));
    }
    for (const spec of specs.values()) all.push(...(await casesOf(spec)));
    all.push(...(await childCases()));
  }, 300_000);
  afterAll(async () => {
    await db?.drop();
  });

  it("finds the specs and large tables", () => {
    expect(specs.size).toBeGreaterThanOrEqual(10);
    expect(rowsOf.get("deputies")).toBeGreaterThanOrEqual(40_000);
    expect(all.length).toBeGreaterThan(200);
  });

  it("reads no large table sequentially, except where listed with a reason", async () => {
    const failures: string[] = [];
    const excused: string[] = [];
    for (const c of all) {
      const scans = seqScans(await explain(c.statement));
      if (!scans.length) continue;
      const line = `${c.spec}.${c.what}: Seq Scan on ${[...new Set(scans)].join(", ")}`;
      const reason = reasonFor(c);
      if (reason) excused.push(`${line} — ${reason}`);
      else {
        // the plan in words, to see what the planner would need
        const plan = (await t.sql.unsafe(`explain ${c.statement.text}`, c.statement.params as never[])).map((r) => `      ${r["QUERY PLAN"]}`);
        failures.push(`${line}\n    ${c.statement.text.replace(/\s+/g, " ").slice(0, 300)}\n${plan.join("\n")}`);
      }
    }
    if (notCovered.length) console.log(`filters this test cannot form a value for (not checked): ${notCovered.join(", ")}`);
    if (excused.length) console.log(`sequential scans with a listed reason (${excused.length}):\n  ${excused.join("\n  ")}`);
    expect(failures, `sequential scans of large tables:\n${failures.join("\n")}`).toEqual([]);
  }, 300_000);
});
