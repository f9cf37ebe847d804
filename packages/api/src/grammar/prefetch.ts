// One statement per root field: a list or a record, with every relation the query asks for below it,
// read in one SQL statement in which PostgreSQL builds each record and its related rows as JSON.
//
// The root resolver compiles its selection (fragments, aliases, @skip/@include, the relations' own
// filter/orderBy/first) into that statement. Each record comes back in the shape the batching loaders
// give (the table's TypeScript keys), holding the rows of each relation under "@" + its response key;
// the relation fields return those rows when they are there and load through the batching loaders
// otherwise (after a mutation, or where a relation's arguments are invalid, so that the error is
// reported at its own path). Every field resolver still runs: masking of personal data, computed
// fields and GraphQL's own checks work as they do without this.
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  Kind,
  print,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import { getMetadataStorage } from "type-graphql";
import { literalInt, orderTerms, pageSize, whereOf, type FilterValue, type OrderTerm, type TableSpec } from "./resource.js";
import type { Row } from "./query.js";

export const PREFETCHED = "@";

type HasMany = { kind: "hasMany"; spec: () => TableSpec; via: () => PgColumn };
type BelongsTo = { kind: "belongsTo"; spec: () => TableSpec; key: string };
export type Relation = HasMany | BelongsTo;

// GraphQL type name → field name → relation (filled by relationsResolver)
export const relations = new Map<string, Map<string, Relation>>();

export function registerRelation(node: Function, field: string, relation: Relation): void {
  const name = typeNameOf(node);
  let m = relations.get(name);
  if (!m) relations.set(name, (m = new Map()));
  m.set(field, relation);
}

function typeNameOf(node: Function): string {
  return getMetadataStorage().objectTypes.find((o) => o.target === node)?.name ?? node.name;
}

// "Type.field" of every field with a resolver of its own (masking, deadlines, …): such a field may read
// any column of its record, so a record asked for one is read whole.
let computed: Set<string> | undefined;
export function isComputed(type: string, field: string): boolean {
  if (!computed) {
    const storage = getMetadataStorage();
    computed = new Set();
    for (const r of storage.fieldResolvers) {
      const target = r.getObjectType?.();
      const name = storage.objectTypes.find((o) => o.target === target)?.name;
      if (name) computed.add(`${name}.${r.schemaName}`);
    }
  }
  return computed.has(`${type}.${field}`);
}

// For tests: read through the batching loaders only, to compare both ways of reading.
let enabled = true;
export function setPrefetch(on: boolean): void {
  enabled = on;
}
export const prefetchEnabled = () => enabled;

// ---------- the selection ----------

export type Fields = Map<string, FieldNode[]>;
// what compiling needs of a request: its schema, fragments and (coerced) variables
export type Env = Pick<GraphQLResolveInfo, "schema" | "fragments" | "variableValues">;

function included(info: Env, node: { directives?: readonly unknown[] }): boolean {
  if (!node.directives?.length) return true;
  const n = node as FieldNode;
  if (getDirectiveValues(GraphQLSkipDirective, n, info.variableValues)?.if === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, n, info.variableValues)?.if === false) return false;
  return true;
}

export function collect(info: Env, type: string, set: SelectionSetNode | undefined, out: Fields, seen = new Set<string>()): Fields {
  for (const sel of set?.selections ?? []) {
    if (!included(info, sel)) continue;
    if (sel.kind === Kind.FIELD) {
      const key = sel.alias?.value ?? sel.name.value;
      const list = out.get(key);
      if (list) list.push(sel);
      else out.set(key, [sel]);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      if (!sel.typeCondition || sel.typeCondition.name.value === type) collect(info, type, sel.selectionSet, out, seen);
    } else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      const frag = info.fragments[sel.name.value];
      if (frag && frag.typeCondition.name.value === type) collect(info, type, frag.selectionSet, out, seen);
    }
  }
  return out;
}

// The record type under `nodes` of a connection, and the fields asked of it (under every alias of `nodes`).
export function nodeFields(info: GraphQLResolveInfo): { type: string; fields: Fields } {
  const connection = getNamedType(info.returnType) as GraphQLObjectType;
  const top = new Map() as Fields;
  for (const n of info.fieldNodes) collect(info, connection.name, n.selectionSet, top);
  const type = getNamedType(connection.getFields().nodes!.type).name;
  const fields = new Map() as Fields;
  for (const [, nodes] of top) for (const n of nodes) if (n.name.value === "nodes") collect(info, type, n.selectionSet, fields);
  return { type, fields };
}

// The record type a field returns, and the fields asked of it.
export function recordFields(info: GraphQLResolveInfo): { type: string; fields: Fields } {
  const type = getNamedType(info.returnType).name;
  const fields = new Map() as Fields;
  for (const n of info.fieldNodes) collect(info, type, n.selectionSet, fields);
  return { type, fields };
}

// ---------- the statement ----------

export const ident = (s: string) => sql.identifier(s);
export const literal = (s: string) => sql.raw(`'${s.replace(/'/g, "''")}'`);

type Converter = (row: Row) => Row;
export type Compiled = { json: SQL; convert: Converter; columnKeys: string[] };

type Counter = { n: number };

function columnsByKey(table: PgTable): Record<string, PgColumn> {
  return getTableColumns(table) as Record<string, PgColumn>;
}

export function orderOver(alias: string, terms: OrderTerm[]): SQL {
  return sql.join(
    terms.map((t) => sql`${ident(alias)}.${ident(t.column.name)} ${t.desc ? sql`desc` : sql`asc`}`),
    sql`, `,
  );
}

// The JSON of one record of `spec`'s table, read from `alias`, with the fields asked of it.
export function compileRecord(
  info: Env,
  spec: TableSpec,
  typeName: string,
  fields: Fields,
  alias: string,
  counter: Counter,
): Compiled {
  const schemaType = info.schema.getType(typeName);
  const gqlFields = isObjectType(schemaType) ? schemaType.getFields() : {};
  const columns = columnsByKey(spec.table);
  const keys = new Set<string>(["id"]);
  let whole = false;
  const rels: { key: string; sql: SQL; convert: Converter; many: boolean }[] = [];
  const typeRelations = relations.get(typeName);

  for (const [responseKey, nodes] of fields) {
    const name = nodes[0]!.name.value;
    if (name.startsWith("__")) continue;
    const rel = typeRelations?.get(name);
    // One response key may stand for different fields or arguments under two aliases of `nodes`:
    // such a relation is left to the loaders, and the record is read whole.
    if (nodes.some((n) => n.name.value !== name) || (rel && !sameArguments(nodes))) {
      whole = true;
      continue;
    }
    if (rel) {
      const def = gqlFields[name];
      const childType = def && getNamedType(def.type).name;
      const sub = new Map() as Fields;
      for (const n of nodes) collect(info, childType!, n.selectionSet, sub);
      const childAlias = `p${++counter.n}`;
      const child = rel.spec();
      if (rel.kind === "belongsTo") {
        const keyColumn = columns[rel.key]!;
        keys.add(rel.key);
        const c = compileRecord(info, child, childType!, sub, childAlias, counter);
        rels.push({
          key: responseKey,
          many: false,
          convert: c.convert,
          sql: sql`(select ${c.json} from ${child.table} ${ident(childAlias)} where ${ident(childAlias)}.${ident(child.id.name)} = ${ident(alias)}.${ident(keyColumn.name)})`,
        });
      } else {
        // The relation's own arguments; when they are wrong, its resolver reports that at its path.
        let args: { filter?: FilterValue; orderBy?: string[] | null; first?: number | null };
        let where: SQL | undefined;
        let terms: OrderTerm[];
        let limit: number | undefined;
        try {
          args = def ? (getArgumentValues(def, nodes[0]!, info.variableValues) as typeof args) : {};
          terms = orderTerms(child, args.orderBy);
          where = whereOf(child, args.filter);
          limit = args.first === null || args.first === undefined ? undefined : pageSize(args.first);
        } catch {
          continue;
        }
        const c = compileRecord(info, child, childType!, sub, childAlias, counter);
        const via = rel.via();
        const inner = sql`select * from ${child.table} where ${via} = ${ident(alias)}.${ident(spec.id.name)}${where ? sql` and ${where}` : sql``}`;
        const page =
          limit === undefined ? inner : sql`${inner} order by ${sql.join(terms.map((t) => sql`${t.column} ${t.desc ? sql`desc` : sql`asc`}`), sql`, `)} limit ${literalInt(limit)}`;
        rels.push({
          key: responseKey,
          many: true,
          convert: c.convert,
          sql: sql`(select coalesce(json_agg(${c.json} order by ${orderOver(childAlias, terms)}), '[]'::json) from (${page}) ${ident(childAlias)})`,
        });
      }
      continue;
    }
    if (name in columns && !isComputed(typeName, name)) keys.add(name);
    else whole = true;
  }

  const chosen = whole ? Object.keys(columns) : [...keys].filter((k) => k in columns);
  const pairs: SQL[] = chosen.map((k) => sql`${literal(k)}, ${ident(alias)}.${ident(columns[k]!.name)}`);
  for (const r of rels) pairs.push(sql`${literal(PREFETCHED + r.key)}, ${r.sql}`);
  // json_build_object takes at most 100 arguments: 50 pairs each, joined as jsonb beyond that.
  const chunks: SQL[] = [];
  for (let i = 0; i < pairs.length; i += 50) chunks.push(sql`json_build_object(${sql.join(pairs.slice(i, i + 50), sql`, `)})`);
  const json = chunks.length === 1 ? chunks[0]! : sql`(${sql.join(chunks.map((c) => sql`${c}::jsonb`), sql` || `)})::json`;

  // JSON has no date-times: the timestamps become Date objects, as the driver gives them.
  const stamps = chosen.filter((k) => columns[k]!.columnType === "PgTimestamp");
  const convert: Converter = (row) => {
    for (const k of stamps) if (typeof row[k] === "string") row[k] = new Date(row[k] as string);
    for (const r of rels) {
      const v = row[PREFETCHED + r.key];
      if (r.many) (v as Row[]).forEach(r.convert);
      else if (v) r.convert(v as Row);
    }
    return row;
  };
  return { json, convert, columnKeys: chosen };
}

export function sameArguments(nodes: FieldNode[]): boolean {
  if (nodes.length === 1) return true;
  const text = (n: FieldNode) => (n.arguments ?? []).map((a) => `${a.name.value}:${print(a.value)}`).sort().join(",");
  const first = text(nodes[0]!);
  return nodes.every((n) => text(n) === first);
}

// The relation rows a record was read with, or undefined when they must be loaded.
export function prefetched(root: Row, info: GraphQLResolveInfo): unknown {
  return root[PREFETCHED + info.path.key];
}
