// An aggregate's one SQL statement: from its arguments (filter, groupBy) and what the selection
// reads (the total or not, which countDistinct, sum / avg / min / max of which fields), the groups
// and, when asked, the total, in one statement (GROUPING SETS).
import { sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { Kind, type FieldNode, type SelectionSetNode } from "graphql";
import { badInput } from "../errors.js";
import type { BelongsTo } from "../relations.js";
import { kindOf, whereOf, type FilterValue, type Kind as ColumnKind, type TableSpec } from "../resource.js";
import { collectAll, type Env } from "../selection.js";

// A field to group by: a column of the table, or of a record it points at (joined in).
export type GroupSource = { column: PgColumn; via?: { table: PgTable; id: PgColumn; key: PgColumn; optional?: boolean } };

export type AggregateOptions = {
  spec: TableSpec;
  plural: string;
  // Columns to group by, by name; dates also give Year / Quarter / Month buckets.
  groupBy: Record<string, GroupSource>;
  // The key's related record, e.g. districtId → district { name }
  keyRelations?: Record<string, BelongsTo>;
  numeric?: Record<string, PgColumn>;
  distinct: Record<string, PgColumn>;
};

// The aggregate's arguments, as graphql-js gives them.
export type ArgValues = { filter?: FilterValue; groupBy?: string[] | null };

// A value of the GroupBy enum: the key field it fills, its SQL expression, the join it needs.
export type Option = { key: string; expr: SQL; join?: SQL; kind: ColumnKind | { kind: "year" | "bucket" } };

// An aggregate's declaration with what is derived from it once: the GroupBy enum's values and the
// DistinctField enum (enum name → field).
export type Aggregation = { o: AggregateOptions; options: Record<string, Option>; distinctEnum: Record<string, string> };

export const SCREAM = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

export const MEASURES = ["sum", "avg", "min", "max"];

export function aggregationOf(o: AggregateOptions): Aggregation {
  return { o, options: optionsOf(o), distinctEnum: Object.fromEntries(Object.keys(o.distinct).map((k) => [SCREAM(k), k])) };
}

function optionsOf(o: AggregateOptions): Record<string, Option> {
  const out: Record<string, Option> = {};
  // one join per joined table, however many of its fields are grouped by
  const joins = new Map<object, SQL>();
  for (const [name, src] of Object.entries(o.groupBy)) {
    const kind = kindOf(src.column);
    const via = src.via;
    if (via && !joins.has(via)) joins.set(via, sql`${sql.raw(via.optional ? "left join" : "join")} ${via.table} on ${via.id} = ${via.key}`);
    const join = via ? joins.get(via) : undefined;
    const c = src.column;
    if (kind.kind === "date" || kind.kind === "datetime") {
      out[`${SCREAM(name)}_YEAR`] = { key: `${name}Year`, expr: sql`extract(year from ${c})::int`, join, kind: { kind: "year" } };
      out[`${SCREAM(name)}_QUARTER`] = { key: `${name}Quarter`, expr: sql`to_char(${c}, 'YYYY-"Q"Q')`, join, kind: { kind: "bucket" } };
      out[`${SCREAM(name)}_MONTH`] = { key: `${name}Month`, expr: sql`to_char(${c}, 'YYYY-MM')`, join, kind: { kind: "bucket" } };
    } else {
      out[SCREAM(name)] = { key: name, expr: sql`${c}`, join, kind };
    }
  }
  return out;
}

// Which countDistinct fields does the query ask for (with literals or variables)?
// Literals come as enum names (DEPUTY_ID), variables already as values (deputyId).
export function distinctFieldsAsked(env: Env, fieldNodes: readonly FieldNode[], byName: Record<string, string>): Set<string> {
  const asked = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value === "countDistinct") {
          const arg = sel.arguments?.find((a) => a.name.value === "field");
          if (arg?.value.kind === Kind.ENUM) asked.add(byName[arg.value.value] ?? arg.value.value);
          else if (arg?.value.kind === Kind.VARIABLE) asked.add(String(env.variableValues[arg.value.name.value]));
        }
        walk(sel.selectionSet);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) walk(env.fragments[sel.name.value]?.selectionSet);
    }
  };
  for (const node of fieldNodes) walk(node.selectionSet);
  return asked;
}

// What an aggregate query reads: the total or not, and which of sum/avg/min/max of which fields.
export function askedOf(env: Env, fieldNodes: readonly FieldNode[], name: string): { total: boolean; measures: Set<string> } {
  const measures = new Set<string>();
  let total = false;
  for (const nodes of collectAll(env, `${name}Aggregate`, fieldNodes).values()) {
    const field = nodes[0]!.name.value;
    if (field === "total") total = true;
    if (field !== "total" && field !== "groups") continue;
    for (const gnodes of collectAll(env, `${name}AggregateGroup`, nodes).values()) {
      const fn = gnodes[0]!.name.value;
      if (!MEASURES.includes(fn)) continue;
      for (const nn of collectAll(env, `${name}AggregateNumbers`, gnodes).values()) measures.add(`${fn}_${nn[0]!.name.value}`);
    }
  }
  return { total, measures };
}

// The one statement: the groups (and the total, when asked) with the measures the query reads.
// Its columns: k0, k1… the keys in the order of `keys`, __g (0 on a group's row), n (the count),
// cd_<field> (countDistinct), <fn>_<field> (sum / avg / min / max).
export function statementOf(a: Aggregation, args: ArgValues, env: Env, fieldNodes: readonly FieldNode[]): { query: SQL; keys: string[] } {
  const { o, options } = a;
  const keys = [...new Set(args.groupBy ?? [])];
  if (keys.length > 6) throw badInput([{ field: "groupBy", message: "at most 6 fields" }]);
  const measures: SQL[] = [sql`count(*)::int as n`];
  for (const d of distinctFieldsAsked(env, fieldNodes, a.distinctEnum)) {
    const col = o.distinct[d];
    if (col) measures.push(sql`count(distinct ${col})::int as ${sql.identifier(`cd_${d}`)}`);
  }
  // only what the query asks for: the numbers it reads, and the total only when it reads it
  const wanted = askedOf(env, fieldNodes, o.spec.name);
  for (const [k, col] of Object.entries(o.numeric ?? {})) {
    for (const fn of MEASURES) {
      if (wanted.measures.has(`${fn}_${k}`)) measures.push(sql`${sql.raw(fn)}(${col})::float8 as ${sql.identifier(`${fn}_${k}`)}`);
    }
  }
  const exprs = keys.map((k) => options[k]!.expr);
  const joins = [...new Set(keys.map((k) => options[k]!.join).filter((j): j is SQL => !!j))];
  const where = whereOf(o.spec, args.filter);
  const select = [...exprs.map((e, i) => sql`${e} as ${sql.identifier(`k${i}`)}`), ...measures];
  const from = sql`from ${o.spec.table}${joins.length ? sql` ${sql.join(joins, sql` `)}` : sql``}${where ? sql` where ${where}` : sql``}`;
  const order = sql.join(exprs.map((e) => sql`${e} asc nulls last`), sql`, `);
  // (the line breaks and indentation are part of the statement's text, which the golden files hold)
  const query = !keys.length
    ? sql`select ${sql.join(select, sql`, `)} ${from}`
    : wanted.total
      ? sql`select grouping(${sql.join(exprs, sql`, `)}) as __g, ${sql.join(select, sql`, `)} ${from}
            group by grouping sets ((), (${sql.join(exprs, sql`, `)}))
            order by __g desc, ${order}`
      : sql`select 0 as __g, ${sql.join(select, sql`, `)} ${from} group by ${sql.join(exprs, sql`, `)} order by ${order}`;
  return { query, keys };
}
