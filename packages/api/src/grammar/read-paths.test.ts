// One suite, every read path, on awkward data: every list of the API is read with every field it
// offers and one level of relations, by each role, and the harness answers each query three ways
// (batched loaders, prefetch, PostgreSQL-written) and fails on any field where they disagree. Beside
// that, every stored field is compared with the row as plain SQL reads it, every relation with a
// count or key read in SQL, and every personal field with its masking rule for the role.
// The data: the demo data with the rows read made awkward — nulls, empty strings, unicode and emoji,
// right-to-left text, quotes and backslashes, 5,000-character text — and related rows deleted (users
// behind tokens and audit rows, a deputy's mandates, a proposal's co-signers).
import { getTableColumns, getTableName } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { getNamedType, isLeafType, isListType, isNonNullType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type As, type TestDb } from "../../../../test/harness.js";
import { schema } from "../schema.js";
import { listRoots } from "./direct.js";
import { isStored } from "./compile.js";
import { relationsOf } from "./relations.js";

const ROWS = 25;
const ODD = ["", "😀 表情 👨‍👩‍👧 emoji", "עברית RTL ‏", `quote " ' \\ backslash`, "line\nbreak\ttab", "<b>&amp;</b>", "長".repeat(5000), "  spaced  "];
const ROLES: As[] = ["admin", "editor", "viewer", "token"];
const PERSONAL = /phone$|^idCard$/i;

let db: Awaited<ReturnType<typeof createTestDb>>;
let gqlSchema: GraphQLSchema;
const t = (): TestDb => db.t;
const subsets = new Map<string, number[]>();
const roots = listRoots().sort(([a], [b]) => a.localeCompare(b));

// Each text column of the rows read gets odd values, each kind on its own rows (a check constraint
// may refuse one: then those rows keep theirs).
async function oddText(table: string, column: PgColumn, ids: number[]) {
  const values: (string | null)[] = [...(column.notNull ? [] : [null]), ...ODD];
  for (const [i, v] of values.entries()) {
    const some = ids.filter((_, j) => j % values.length === i);
    if (!some.length) continue;
    await t()
      .sql.begin((tx) => tx.unsafe(`update "${table}" set "${column.name}" = $1 where id = any($2::int[])`, [v, `{${some.join(",")}}`]))
      .catch(() => undefined);
  }
}

// every field the type offers that takes no required argument: leaves, and the leaves of relations
function selection(type: GraphQLObjectType, depth = 0): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (isObjectType(named) && depth === 0 && !named.name.endsWith("Connection")) parts.push(`${f.name} { ${selection(named, 1)} }`);
  }
  return parts.join(" ");
}

// A stored value as the API shows it.
function shown(column: PgColumn, graphqlType: string, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (graphqlType === "ID") return String(v);
  if (column.columnType === "PgTimestamp") return new Date(v as string).toISOString();
  if (column.columnType === "PgEnumColumn") return String(v).toUpperCase();
  return v;
}

beforeAll(async () => {
  gqlSchema = await schema();
  db = await createTestDb("daibiao_demo_tpl");
  // rows whose related rows are deleted: users behind tokens and audit rows (keys set null), mandates, co-signers
  await t().sql`insert into api_tokens (name, token_hash, prefix, created_by_id) select '令牌 ' || i, md5(i::text), 'dbt_' || i, (select id from users where username = 'demo-editor') from generate_series(1, 5) i`;
  await t().sql`insert into audit_logs (actor, operation, record_type, record_id, user_id, before, after)
    select 'demo-editor', 'update', 'Deputy', i::text, (select id from users where username = 'demo-editor'), '{"name": "旧"}', '{"name": "😀"}' from generate_series(1, 8) i`;
  await t().sql`insert into saved_queries (name, title, query, variables, created_by_id)
    select 'saved-' || i, '大屏 ' || i, '{ districts { totalCount } }', '{"first": 5}', case when i % 2 = 0 then (select id from users where username = 'demo-editor') end
    from generate_series(1, 8) i`;
  await t().sql`delete from users where username = 'demo-editor'`;
  await t().sql`delete from deputy_mandates where deputy_id in (select id from deputies order by md5(id::text || 'x') limit 5)`;
  await t().sql`delete from proposal_cosigners where proposal_id in (select id from proposals order by md5(id::text || 'x') limit 5)`;
  const done = new Set<string>();
  for (const [name, spec] of roots) {
    const table = getTableName(spec.table);
    const rows = await t().sql.unsafe(`select "${spec.id.name}" as k from "${table}" order by md5("${spec.id.name}"::text || 'x') limit ${ROWS}`);
    const ids = rows.map((r) => Number(r.k));
    subsets.set(name, ids);
    if (done.has(table)) continue;
    done.add(table);
    for (const column of Object.values(getTableColumns(spec.table) as Record<string, PgColumn>)) {
      if (column.columnType === "PgText" && !/hash|cipher|last4|prefix/.test(column.name)) await oddText(table, column, ids);
    }
  }
}, 300_000);
afterAll(() => db?.drop());

describe("every list, every field, every role, every read path, against SQL", () => {
  it("the data is awkward: odd text was written into the rows read", async () => {
    const [r] = await t().sql`select
      (select count(*)::int from deputies where name like '%😀%' or work_unit = '' or work_unit like '長長長%') as deputies,
      (select count(*)::int from proposals where content like '長長長%' or content = '') as proposals,
      (select count(*)::int from api_tokens where created_by_id is null) as orphans`;
    expect(r).toMatchObject({ deputies: expect.any(Number), proposals: expect.any(Number) });
    expect(r!.deputies).toBeGreaterThan(0);
    expect(r!.proposals).toBeGreaterThan(0);
    expect(r!.orphans).toBeGreaterThan(0);
  });

  for (const [name, spec] of roots) {
    it(`${name}: all fields and relations, as ${ROLES.join(", ")}`, async () => {
      const connection = gqlSchema.getQueryType()!.getFields()[name]!;
      const nodeType = getNamedType((getNamedType(connection.type) as GraphQLObjectType).getFields().nodes!.type) as GraphQLObjectType;
      const ids = subsets.get(name)!;
      const table = getTableName(spec.table);
      const q = `query ($ids: [ID!]) { ${name}(filter: { id: { in: $ids } }, first: ${ROWS}) { totalCount nodes { ${selection(nodeType)} } } }`;
      const truthRows = await t().sql.unsafe(`select to_jsonb(x) as j from "${table}" x where id = any($1::int[])`, [`{${ids.join(",")}}`]);
      const truth = new Map(truthRows.map((r) => [String((r.j as Record<string, unknown>).id), r.j as Record<string, unknown>]));
      const columns = getTableColumns(spec.table) as Record<string, PgColumn>;
      const fields = nodeType.getFields();
      const rels = relationsOf(nodeType.name);
      let checked = 0;
      for (const as of ROLES) {
        const r = await t().gql(q, { ids: ids.map(String) }, { as });
        if (r.errors) {
          // only admins read users, tokens and the audit log
          expect(r.errors[0]!.extensions?.code, `${name} as ${as}`).toBe("FORBIDDEN");
          expect(["admin"]).not.toContain(as);
          continue;
        }
        const nodes = r.data![name].nodes as Record<string, unknown>[];
        expect(r.data![name].totalCount).toBe(truth.size);
        expect(nodes.map((n) => n.id).sort()).toEqual([...truth.keys()].sort());
        for (const node of nodes) {
          const row = truth.get(node.id as string)!;
          for (const [key, value] of Object.entries(node)) {
            const column = columns[key];
            const rel = rels?.get(key);
            if (PERSONAL.test(key)) {
              const raw = key === "idCard" ? null : (row[column!.name] as string | null);
              if (key === "idCard") {
                const last4 = row.id_card_last4 as string | null;
                if (!last4) expect(value).toBeNull();
                else if (as === "admin" || as === "editor") expect(value).toMatch(new RegExp(`^[0-9]{14}${last4}$`));
                else expect(value).toBe(`${"*".repeat(14)}${last4}`);
              } else if (raw === null) expect(value).toBeNull();
              else if (as === "admin" || as === "editor") expect(value).toBe(raw);
              else {
                expect(value, `${name}.${key} as ${as}`).not.toBe(raw);
                expect(value).toMatch(/\*{4}/);
                expect((value as string).slice(-4)).toBe(raw.slice(-4));
              }
              checked++;
            } else if (rel?.kind === "belongsTo") {
              const fk = row[columns[rel.key]!.name];
              expect((value as { id?: string } | null)?.id ?? null, `${name}.${key}`).toBe(fk === null ? null : String(fk));
              checked++;
            } else if (rel?.kind === "hasMany") {
              const child = rel.spec();
              const [{ n }] = await t().sql.unsafe(`select count(*)::int as n from "${getTableName(child.table)}" where "${rel.via().name}" = $1`, [Number(node.id)]);
              expect((value as unknown[]).length, `${name}.${key} of ${node.id}`).toBe(n);
              checked++;
            } else if (column && isStored(spec, key)) {
              const type = getNamedType(fields[key]!.type).name;
              expect(value, `${name}.${key} of ${node.id} as ${as}`).toEqual(shown(column, type, row[column.name]));
              checked++;
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    }, 120_000);
  }
});

