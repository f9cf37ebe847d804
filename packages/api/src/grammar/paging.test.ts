// Property: for every resource list and every sort it offers, walking the pages by `after` returns
// exactly the rows, in the order, of one offset page of the same size, and both equal a plain SQL
// ORDER BY written here — on each read path. The data is the demo data with every sort key made
// awkward first: many ties, nulls where the column allows them, date-times a microsecond apart, text
// that collation orders in odd ways (empty, case, accents, CJK, emoji, leading spaces).
import { getTableColumns, getTableName } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../../../test/harness.js";
import { READ_PATHS, type ReadPath } from "../../../../test/read-paths.js";
import { schema } from "../schema.js";
import { listRoots } from "./direct.js";
import { graphqlOf, type TableSpec } from "./resource.js";

const SUBSET = 30;
const ODD_TEXT = ["", "a", "A", "ä", "Z", "张", "😀", " lead", "a ", "ß", "長"];

let db: Awaited<ReturnType<typeof createTestDb>>;
const t = (): TestDb => db.t;
const subsets = new Map<string, number[]>();
const unique = new Set<string>();

// Make one sort column awkward; each change in its own transaction, as a check constraint may refuse
// one (then the next way is tried, or the column keeps its own values).
async function awkward(table: string, column: PgColumn): Promise<void> {
  const c = `"${column.name}"`;
  const tries: string[] = [];
  const three = (dir: string) =>
    `${dir === "asc" ? "least" : "greatest"}(${c}, (select a[1 + id % array_length(a, 1)] from (select array_agg(v) as a from (select distinct ${c} as v from "${table}" where ${c} is not null order by 1 ${dir} limit 3) d) e)) where ${c} is not null`;
  switch (column.columnType) {
    case "PgTimestamp":
      tries.push(`timestamptz '2024-06-01 10:00:00.000001+08' + (id % 5) * interval '1 microsecond'`);
      break;
    case "PgText": {
      const pick = (list: string[]) => `(array[${list.map((s) => `'${s}'`).join(", ")}])[1 + id % ${list.length}]`;
      tries.push(pick(ODD_TEXT), pick(ODD_TEXT.slice(1)), `${pick(ODD_TEXT)} || id::text`);
      break;
    }
    default:
      // integers, numerics, dates, enums: three of the values the column already holds, each row moved
      // down to one of the lowest three (or else up to one of the highest: an "at least" check holds)
      tries.push(three("asc"), three("desc"));
  }
  const attempt = async (set: string) => {
    try {
      await t().sql.begin((tx) => tx.unsafe(`update "${table}" set ${c} = ${set}`));
      return true;
    } catch {
      return false;
    }
  };
  for (const set of tries) if (await attempt(set)) break;
  if (!column.notNull) await attempt(`null where id % 7 = 0`);
}

function orderSqlOf(spec: TableSpec, values: string[]): string {
  const g = graphqlOf(spec);
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const [key, dir] = g.orderBy[v]!.split(":") as [string, string];
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(`"${spec.orderBy[key]!.name}" ${dir}`);
  }
  if (!seen.has("id")) parts.push(`"${spec.id.name}" asc`);
  return parts.join(", ");
}

async function check(name: string, spec: TableSpec, orderBy: string[], size: number, path: ReadPath) {
  const ids = subsets.get(name)!;
  const table = getTableName(spec.table);
  const truth = (await t().sql.unsafe(`select "${spec.id.name}" as k from "${table}" where "${spec.id.name}" = any($1::int[]) order by ${orderSqlOf(spec, orderBy)}`, [`{${ids.join(",")}}`])).map((r) =>
    String(r.k),
  );
  const q = `query ($f: ${spec.name}Filter, $o: [${spec.name}OrderBy!], $n: Int, $after: String, $offset: Int) {
    list: ${name}(filter: $f, orderBy: $o, first: $n, after: $after, offset: $offset) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
  const vars = { f: { id: { in: ids.map(String) } }, o: orderBy };
  const whole = await t().gql(q, { ...vars, n: ids.length, offset: 0 }, { path });
  expect(whole.errors, `${name} ${orderBy} ${path}`).toBeUndefined();
  const offsetPage = whole.data!.list.nodes.map((n: { id: string }) => n.id);
  const walked: string[] = [];
  let after: string | null = null;
  for (let i = 0; i <= ids.length; i++) {
    const r = await t().gql(q, { ...vars, n: size, after }, { path });
    expect(r.errors, `${name} ${orderBy} ${path} page ${i}`).toBeUndefined();
    walked.push(...r.data!.list.nodes.map((n: { id: string }) => n.id));
    if (!r.data!.list.pageInfo.hasNextPage) break;
    after = r.data!.list.pageInfo.endCursor;
  }
  const label = `${name} orderBy ${orderBy.join(",")} by ${size} on ${path}`;
  expect(offsetPage, `offset page, ${label}`).toEqual(truth);
  expect(walked, `walk by after, ${label}`).toEqual(truth);
}

const roots = listRoots().sort(([a], [b]) => a.localeCompare(b));

beforeAll(async () => {
  await schema();
  db = await createTestDb("daibiao_demo_tpl");
  // the demo has a handful of users and one token: enough of both to page through, names that sort oddly
  await t().sql`insert into users (username, role, password_hash, last_sign_in_at)
    select (array['a', 'A', 'z', 'Z', '_', '0', 'a.b', 'a-b'])[1 + i % 8] || '-' || i, (array['admin', 'editor', 'viewer']::user_role[])[1 + i % 3], 'x',
      case when i % 4 = 0 then null else timestamptz '2024-06-01 10:00:00+08' + (i % 3) * interval '1 microsecond' end
    from generate_series(1, 40) i`;
  await t().sql`insert into audit_logs (at, actor, operation, record_type, record_id)
    select timestamptz '2024-06-01 10:00:00+08' + (i % 4) * interval '1 microsecond', 'test', 'update', 'Deputy', i::text from generate_series(1, 40) i`;
  await t().sql`insert into api_tokens (name, token_hash, prefix) select 'token ' || i, md5(i::text), 'dbt_' || i from generate_series(1, 40) i`;
  // the demo has no saved queries; times a microsecond apart, titles that tie
  await t().sql`insert into saved_queries (name, title, query, created_at, updated_at)
    select (array['a', 'A', 'z', 'Z', '_', '0', 'a_b', 'a-b'])[1 + i % 8] || '-' || i, (array['大屏', 'Dashboard', 'dashboard', '😀'])[1 + i % 4], '{ districts { totalCount } }',
      timestamptz '2024-06-01 10:00:00+08' + (i % 3) * interval '1 microsecond', timestamptz '2024-06-01 10:00:00+08' + (i % 5) * interval '1 microsecond'
    from generate_series(1, 40) i`;
  for (const r of await t().sql`select c.relname || '.' || a.attname as k from pg_index i join pg_class c on c.oid = i.indrelid
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey) where i.indisunique`) unique.add(r.k as string);
  const done = new Set<string>();
  for (const [name, spec] of roots) {
    const table = getTableName(spec.table);
    if (!done.has(table)) {
      done.add(table);
      for (const column of Object.values(spec.orderBy)) if (column !== spec.id) await awkward(table, column);
    }
    // a spread of rows (not the first ones): md5 orders them at random, the same on every run
    const rows = await t().sql.unsafe(`select "${spec.id.name}" as k from "${table}" order by md5("${spec.id.name}"::text) limit ${SUBSET}`);
    subsets.set(name, rows.map((r) => Number(r.k)));
  }
}, 300_000);
afterAll(() => db?.drop());

describe("keyset paging equals offset paging equals SQL, for every list and sort", () => {
  it("covers every list of the API, each with rows to page through", () => {
    expect(roots.length).toBeGreaterThanOrEqual(18);
    for (const [name] of roots) expect(subsets.get(name)!.length, name).toBeGreaterThan(3);
  });

  it("the data is awkward: every sort key of every list has ties in the rows paged, and nulls where it may", async () => {
    for (const [name, spec] of roots) {
      const table = getTableName(spec.table);
      for (const column of Object.values(spec.orderBy)) {
        if (column === spec.id) continue;
        const [r] = await t().sql.unsafe(
          `select count(*)::int as n, count(distinct "${column.name}")::int as d, count(*) filter (where "${column.name}" is null)::int as nulls from "${table}" where "${spec.id.name}" = any($1::int[])`,
          [`{${subsets.get(name)!.join(",")}}`],
        );
        // a column of a unique index may have no ties in the rows read (its odd values are paged all the same)
        if (!unique.has(`${table}.${column.name}`)) expect(r!.d, `${name}.${column.name} has ties`).toBeLessThan(r!.n);
        if (!column.notNull && !unique.has(`${table}.${column.name}`)) expect(r!.nulls, `${name}.${column.name} has nulls`).toBeGreaterThan(0);
      }
    }
  });

  for (const [name, spec] of roots) {
    it(`${name}: every sort, both ways, by pages of 1 to 12, on every read path`, async () => {
      const values = Object.keys(graphqlOf(spec).orderBy);
      let i = 0;
      for (const v of values) for (const path of READ_PATHS) await check(name, spec, [v], 1 + ((i++ * 5) % 12), path);
      // and random combinations of several sorts
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.constantFrom(...values), { minLength: 2, maxLength: 3 }),
          fc.integer({ min: 1, max: 12 }),
          fc.constantFrom(...READ_PATHS),
          (orderBy, size, path) => check(name, spec, orderBy, size, path),
        ),
        { numRuns: 4, seed: 13 },
      );
    }, 120_000);
  }
});
