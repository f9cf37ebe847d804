// The selection-to-SQL compiler: a GraphQL selection on a resource (a list with its page, or one
// record), with every relation asked below it, becomes one SQL statement in which PostgreSQL builds
// each record and its related rows as JSON. It has two output modes:
//
// - "rows": each record in the shape the batching loaders give (the table's TypeScript keys, values
//   as the driver gives them), with the rows of each relation under "@" + its response key
//   (relations.ts). graphql-js then runs every field resolver on it: masking of personal data,
//   computed fields and GraphQL's own checks work as they do anywhere. Used by the root resolvers
//   (read.ts). A field that is not declared stored, or a key asked twice in two ways, makes the
//   record read whole; a relation whose arguments are wrong is left to its resolver, which reports
//   the error at its own path.
// - "answer": the answer in its final shape (response keys in order, IDs as text, enums and
//   date-times as GraphQL writes them), and graphql-js's execution is skipped (direct.ts). Anything
//   that needs a resolver declines the whole request (`Unsupported`), which then goes the "rows" way.
//
// Which fields may be read straight from a column is declared per table (TableSpec.stored); the
// schema check in schema.ts makes sure each of them is a plain field that no resolver, getter,
// middleware or field-level @Authorized stands in front of.
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from "graphql";
import { badInput } from "./errors.js";
import { PREFETCHED, relationsOf } from "./relations.js";
import {
  afterCursor,
  cursorKeys,
  encodeCursor,
  literalInt,
  orderSql,
  orderTerms,
  pageSize,
  whereOf,
  type FilterValue,
  type TableSpec,
} from "./resource.js";
import { collectAll, oneField, type Env, type Fields } from "./selection.js";

export type Mode = "rows" | "answer";
export type Row = Record<string, unknown>;

// The "answer" mode declines what it cannot write itself; the request then goes the "rows" way.
export class Unsupported extends Error {}
export const unsupported = (why: string): never => {
  throw new Unsupported(why);
};

export const ident = (s: string) => sql.identifier(s);
export const literal = (s: string) => sql.raw(`'${s.replace(/'/g, "''")}'`);

const columnsByKey = (table: PgTable) => getTableColumns(table) as Record<string, PgColumn>;

// Whether `field` of the spec's GraphQL type is a column's value as it is (declared in TableSpec.stored).
export const isStored = (spec: TableSpec, field: string): boolean => spec.stored.includes(field);

// ---------- arguments ----------

export type ListArgs = { filter?: FilterValue; orderBy?: string[] | null; first?: number | null; offset?: number | null; after?: string | null };
export type RelationArgs = { filter?: FilterValue; orderBy?: string[] | null; first?: number | null };

// What a list's arguments ask for: page size and offset (checked), sort terms, filter and cursor.
export function pageOf(spec: TableSpec, args: ListArgs) {
  const first = pageSize(args.first);
  const offset = args.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw badInput([{ field: "offset", message: "must be 0 or more" }]);
  const terms = orderTerms(spec, args.orderBy);
  const where = whereOf(spec, args.filter);
  const cursor = args.after ? afterCursor(terms, args.after) : undefined;
  return { first, offset, terms, where, cursor };
}

// What a one-to-many relation's arguments ask for (the compiler and the batching loader read them so).
export function relationPage(child: TableSpec, args: RelationArgs) {
  const terms = orderTerms(child, args.orderBy);
  const where = whereOf(child, args.filter);
  const limit = args.first === null || args.first === undefined ? undefined : pageSize(args.first);
  return { terms, where, limit };
}

// ---------- one record as JSON ----------

type Converter = (row: Row) => Row;
type Compilation = { env: Env | undefined; mode: Mode; n: number };
export type ObjectSql = { json: SQL; convert: Converter };

// A stored value as GraphQL serializes it ("answer" mode).
function answerValue(ref: SQL, type: GraphQLOutputType): SQL {
  if (isListType(getNullableType(type))) return unsupported("list of values");
  const named = getNamedType(type);
  if (isEnumType(named)) {
    // GraphQL enums here are the PostgreSQL enum's values upper-cased (enums.ts)
    if (!named.getValues().every((v) => v.name === String(v.value).toUpperCase())) unsupported(`enum ${named.name}`);
    return sql`upper(${ref}::text)`;
  }
  switch (named.name) {
    case "ID":
      return sql`${ref}::text`;
    case "DateTime": // graphql-scalars writes a Date's toISOString(): UTC, milliseconds
      return sql`to_char(${ref} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case "String":
    case "Int":
    case "Float":
    case "Boolean":
    case "Date":
    case "JSONObject": // stored as jsonb, written as it is
      return ref;
  }
  return unsupported(`scalar ${named.name}`);
}

// `json_build_object` of key/value pairs. It takes at most 100 arguments: beyond 50 pairs the parts
// are joined as jsonb ("rows" mode; only `json` keeps the keys in order, which "answer" mode needs).
function jsonObject(c: Compilation, pairs: SQL[]): SQL {
  if (pairs.length <= 50) return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
  if (c.mode === "answer") return unsupported("more than 50 fields");
  const chunks: SQL[] = [];
  for (let i = 0; i < pairs.length; i += 50) chunks.push(sql`json_build_object(${sql.join(pairs.slice(i, i + 50), sql`, `)})::jsonb`);
  return sql`(${sql.join(chunks, sql` || `)})::json`;
}

// The rows of a one-to-many relation of the record at `parent`: its filter, and its order and limit
// when it has a limit (the JSON aggregate orders them in any case).
function childRows(child: TableSpec, via: PgColumn, parent: SQL, page: ReturnType<typeof relationPage>): SQL {
  const rows = sql`select * from ${child.table} where ${via} = ${parent}${page.where ? sql` and ${page.where}` : sql``}`;
  return page.limit === undefined ? rows : sql`${rows} order by ${orderSql(page.terms)} limit ${literalInt(page.limit)}`;
}

// The JSON of one record of `spec`'s table read from `alias`, with the fields asked of it (without
// a selection: the whole record, "rows" mode). `used` collects the columns of `alias` it reads (so
// that a page selects only those).
function objectSql(c: Compilation, spec: TableSpec, type: GraphQLObjectType | undefined, fields: Fields | undefined, alias: string, used: Set<string>): ObjectSql {
  const answer = c.mode === "answer";
  const columns = columnsByKey(spec.table);
  const pairs: SQL[] = [];
  const keys = new Set<string>(["id"]); // "rows" mode: the record's columns, by TypeScript key
  let whole = !fields; // "rows" mode: some field needs the whole record
  if (!fields || !type || !c.env) fields = new Map();
  const gqlFields = type?.getFields() ?? {};
  const rels = type && relationsOf(type.name);
  const children: { key: string; convert: Converter; many: boolean }[] = [];
  const ref = (a: string, column: PgColumn) => sql`${ident(a)}.${ident(column.name)}`;

  for (const [key, nodes] of fields) {
    const name = nodes[0]!.name.value;
    if (!oneField(nodes)) {
      // one response key for two fields or two argument sets
      if (answer) unsupported("one key, two fields");
      whole = true;
      continue;
    }
    if (name.startsWith("__")) {
      if (name === "__typename" && answer) pairs.push(sql`${literal(key)}, ${literal(type!.name)}`);
      else if (answer) unsupported(name);
      continue;
    }
    const def = gqlFields[name] ?? unsupported(`no field ${name}`);
    const rel = rels?.get(name);
    if (rel) {
      const childType = getNamedType(def.type) as GraphQLObjectType;
      const sub = collectAll(c.env!, childType.name, nodes);
      const child = rel.spec();
      let page: ReturnType<typeof relationPage> | undefined;
      if (rel.kind === "hasMany") {
        try {
          page = relationPage(child, getArgumentValues(def, nodes[0]!, c.env!.variableValues) as RelationArgs);
        } catch (e) {
          if (answer) throw e;
          continue; // the relation's resolver reports it at its path
        }
      }
      const a = `p${++c.n}`;
      const inner = objectSql(c, child, childType, sub, a, new Set());
      const as = literal(answer ? key : PREFETCHED + key);
      if (rel.kind === "belongsTo") {
        const fk = columns[rel.key]!;
        keys.add(rel.key);
        used.add(fk.name);
        pairs.push(sql`${as}, (select ${inner.json} from ${child.table} ${ident(a)} where ${ref(a, child.id)} = ${ref(alias, fk)})`);
      } else {
        used.add(spec.id.name);
        const rows = childRows(child, rel.via(), ref(alias, spec.id), page!);
        pairs.push(sql`${as}, (select coalesce(json_agg(${inner.json} order by ${orderSql(page!.terms, a)}), '[]'::json) from (${rows}) ${ident(a)})`);
      }
      children.push({ key: PREFETCHED + key, convert: inner.convert, many: rel.kind === "hasMany" });
      continue;
    }
    const column = isStored(spec, name) ? columns[name] : undefined;
    if (!column) {
      // masked, computed or role-dependent: its resolver reads the record
      if (answer) unsupported(`${spec.name}.${name} is not stored`);
      whole = true;
      continue;
    }
    used.add(column.name);
    if (answer) pairs.push(sql`${literal(key)}, ${answerValue(ref(alias, column), def.type)}`);
    else keys.add(name);
  }
  if (answer) return { json: jsonObject(c, pairs), convert: (r) => r };

  const chosen = whole ? Object.keys(columns) : [...keys].filter((k) => k in columns);
  for (const k of chosen) used.add(columns[k]!.name);
  const own = chosen.map((k) => sql`${literal(k)}, ${ref(alias, columns[k]!)}`);
  // JSON has no date-times: the timestamps become Date objects, as the driver gives them.
  const stamps = chosen.filter((k) => columns[k]!.columnType === "PgTimestamp");
  const convert: Converter = (row) => {
    for (const k of stamps) if (typeof row[k] === "string") row[k] = new Date(row[k] as string);
    for (const r of children) {
      const v = row[r.key];
      if (r.many) (v as Row[]).forEach(r.convert);
      else if (v) r.convert(v as Row);
    }
    return row;
  };
  return { json: jsonObject(c, [...own, ...pairs]), convert };
}

// ---------- root statements ----------

export type PageInfoValue = { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };

// One record by id: its JSON as column "j" ("answer" mode: as text).
export function compileRecord(env: Env, mode: Mode, spec: TableSpec, type: GraphQLObjectType, fields: Fields, id: number): { query: SQL; convert: Converter } {
  const c: Compilation = { env, mode, n: 0 };
  const o = objectSql(c, spec, type, fields, "p0", new Set());
  const j = mode === "answer" ? sql`(${o.json})::text` : o.json;
  return { query: sql`select ${j} as "j" from ${spec.table} "p0" where "p0".${ident(spec.id.name)} = ${id}`, convert: o.convert };
}

// What a list statement's one row holds, read back.
export type ListRead = { fetched: number; pageInfo: PageInfoValue; total?: number };

export type ListStatement = {
  query: SQL;
  // prepare: false where the text varies with the request (an OFFSET written into it), so that each
  // connection does not keep one prepared statement per page
  prepare: boolean;
  // the columns of the row holding a JSON array of records: one per alias of `nodes` ("answer"
  // mode), or one for all of them ("rows" mode)
  nodes: { key: string; column: string; convert: Converter }[];
  read: (row: Row) => ListRead;
  // all records matching the filter, as column "count" (when not asked in the page's statement)
  count: SQL;
};

// A page of a list in one statement that returns one row: each `nodes` column aggregates the page's
// records as JSON (the page reads first + 1 rows; the extra one only tells that there is a next page),
// the sort keys of the first and last row shown give the cursors, and the total (when `total`) is a
// subquery of the same statement. `nodes` lists the response keys of `nodes` and the fields asked
// under each; "rows" mode merges them into one.
export function compileList(
  env: Env | undefined,
  mode: Mode,
  spec: TableSpec,
  nodeType: GraphQLObjectType | undefined,
  nodes: [key: string, fields: Fields | undefined][],
  args: ListArgs,
  want: { total: boolean; cursors: boolean },
): ListStatement {
  const { first, offset, terms, where, cursor } = pageOf(spec, args);
  const c: Compilation = { env, mode, n: 0 };
  const used = new Set<string>([spec.id.name, ...terms.map((t) => t.column.name)]);
  if (mode === "rows" && nodes.length !== 1) {
    const merged: Fields = new Map();
    for (const [, f] of nodes) for (const [k, v] of f ?? []) merged.set(k, [...(merged.get(k) ?? []), ...v]);
    nodes = [["nodes", merged]];
  }
  const columns: SQL[] = [];
  const out: ListStatement["nodes"] = [];
  for (const [key, fields] of nodes) {
    const o = objectSql(c, spec, nodeType, fields, "page", used);
    const column = `n${out.length}`;
    const agg = sql`coalesce(json_agg(${o.json} order by ${orderSql(terms, "page")}) filter (where "page"."__rn" <= ${literalInt(offset + first)}), '[]'::json)`;
    columns.push(sql`${mode === "answer" ? sql`${agg}::text` : agg} as ${ident(column)}`);
    out.push({ key, column, convert: o.convert });
  }
  columns.push(sql`count(*)::int as "fetched"`);
  if (want.cursors) {
    // the sort keys of the first and the last row shown (PostgreSQL computes the aggregate once)
    const keys = sql`(array_agg(${cursorKeys(terms, "page")} order by ${orderSql(terms, "page")}))`;
    columns.push(sql`${keys}[1] as "firstKeys"`, sql`${keys}[least(count(*), ${literalInt(first)})] as "lastKeys"`);
  }
  const count = sql`select count(*)::int from ${spec.table}${where ? sql` where ${where}` : sql``}`;
  if (want.total) columns.push(sql`(${count}) as "total"`);

  const byName = new Map(Object.values(columnsByKey(spec.table)).map((col) => [col.name, col]));
  const selected = sql.join([...used].map((name) => sql`${byName.get(name)!}`), sql`, `);
  const conds = [where, cursor].filter((x): x is SQL => !!x);
  // __rn numbers the rows in the page's own order (the same sort, so no sort of its own)
  const page = sql`select ${selected}, row_number() over (order by ${orderSql(terms)}) as "__rn" from ${spec.table}${
    conds.length ? sql` where ${sql.join(conds, sql` and `)}` : sql``
  } order by ${orderSql(terms)} limit ${literalInt(first + 1)} offset ${literalInt(offset)}`;
  const hasPreviousPage = offset > 0 || !!args.after;
  return {
    query: sql`select ${sql.join(columns, sql`, `)} from (${page}) "page"`,
    prepare: offset === 0,
    nodes: out,
    count,
    read: (row) => {
      const fetched = row.fetched as number;
      const shown = Math.min(fetched, first);
      return {
        fetched,
        total: want.total ? (row.total as number) : undefined,
        pageInfo: {
          hasNextPage: fetched > first,
          hasPreviousPage,
          startCursor: shown && want.cursors ? encodeCursor(terms, row.firstKeys) : null,
          endCursor: shown && want.cursors ? encodeCursor(terms, row.lastKeys) : null,
        },
      };
    },
  };
}

// The record type under `nodes` of a connection type, and the fields asked of it under each alias
// of `nodes`, with the other fields asked of the connection.
export function connectionFields(env: Env, connection: GraphQLObjectType, rootNodes: readonly FieldNode[]) {
  const top = collectAll(env, connection.name, rootNodes);
  const nodeType = getNamedType(connection.getFields().nodes!.type) as GraphQLObjectType;
  const nodes: [string, Fields][] = [];
  for (const [key, fnodes] of top) if (fnodes[0]!.name.value === "nodes") nodes.push([key, collectAll(env, nodeType.name, fnodes)]);
  return { top, nodeType, nodes };
}

