// Answers that PostgreSQL writes: a query whose root fields are all lists or records of resources,
// asking only for stored fields and relations, is compiled into one SQL statement per root field that
// returns the answer in its final shape (response keys in order, IDs as text, enums and date-times as
// GraphQL writes them), and graphql-js's field-by-field execution is skipped.
//
// It runs after Apollo has parsed and validated the document and the limits plugin has checked it
// (depth, complexity, introspection), and only for a caller whose role may read every root field.
// Anything else — a field with a resolver of its own (masked personal data, deadlines), a mutation,
// a wrong argument, a role that may not read, an answer with errors — goes the ordinary way, which
// also reads each root field in one statement (prefetch.ts) and reports errors at their paths.
// The compiled statement is kept per document and variables.
import { randomBytes } from "node:crypto";
import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation, GraphQLResponse } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import { sql, type SQL } from "drizzle-orm";
import { PgDialect, type PgColumn } from "drizzle-orm/pg-core";
import { getTableColumns } from "drizzle-orm";
import {
  getArgumentValues,
  GraphQLError,
  getNamedType,
  getNullableType,
  getVariableValues,
  isEnumType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from "graphql";
import type { Role } from "../auth/roles.js";
import type { Context } from "../context.js";
import { isDatabaseUnavailable, unavailableError } from "../http/availability.js";
import { fromPgError, pgError } from "./pgerrors.js";
import { collect, ident, isComputed, literal, orderOver, relations, sameArguments, type Env, type Fields } from "./prefetch.js";
import { pageOf, type ListArgs } from "./query.js";
import { cursorKeys, encodeCursor, literalInt, orderTerms, pageSize, whereOf, type FilterValue, type TableSpec } from "./resource.js";

// Root fields that may be answered this way: the resources' lists and records (crud.ts registers
// them), and fields that compile themselves (aggregates).
type Root =
  | { kind: "list" | "one"; spec: TableSpec; roles: Role[] }
  | { kind: "custom"; roles: Role[]; compile: (env: Env, def: GraphQLField<unknown, unknown>, key: string, nodes: FieldNode[]) => Plan };
const roots = new Map<string, Root>();
export function registerRoot(name: string, root: Root): void {
  roots.set(name, root);
}
// Every resource list of the API by its root field name (for tests that walk them all).
export function listRoots(): [name: string, spec: TableSpec][] {
  return [...roots].flatMap(([name, r]) => (r.kind === "list" ? [[name, r.spec] as [string, TableSpec]] : []));
}

let enabled = true;
// For tests: answer every query the ordinary way, to compare both.
export function setDirect(on: boolean): void {
  enabled = on;
}

class Unsupported extends Error {}
export const unsupported = (why: string): never => {
  throw new Unsupported(why);
};

const dialect = new PgDialect();

// ---------- one record as JSON in the answer's shape ----------

// A stored value as GraphQL serializes it.
function valueOf(alias: string, column: PgColumn, type: GraphQLOutputType): SQL {
  const ref = sql`${ident(alias)}.${ident(column.name)}`;
  const nullable = getNullableType(type);
  if (isListType(nullable)) return unsupported("list of values");
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

type Counter = { n: number };

// `used` collects the columns of `alias` the object reads (so that a page selects only those).
function objectJson(env: Env, spec: TableSpec, type: GraphQLObjectType, fields: Fields, alias: string, counter: Counter, used = new Set<string>()): SQL {
  const columns = getTableColumns(spec.table) as Record<string, PgColumn>;
  const gqlFields = type.getFields();
  const typeRelations = relations.get(type.name);
  const pairs: SQL[] = [];
  for (const [key, nodes] of fields) {
    const name = nodes[0]!.name.value;
    if (nodes.some((n) => n.name.value !== name)) unsupported("one key, two fields");
    if (name === "__typename") {
      pairs.push(sql`${literal(key)}, ${literal(type.name)}`);
      continue;
    }
    const def = gqlFields[name] ?? unsupported(`no field ${name}`);
    const rel = typeRelations?.get(name);
    if (rel) {
      if (!sameArguments(nodes)) unsupported("one key, two argument sets");
      const childType = getNamedType(def.type) as GraphQLObjectType;
      const sub = new Map() as Fields;
      for (const n of nodes) collect(env, childType.name, n.selectionSet, sub);
      const child = rel.spec();
      const a = `p${++counter.n}`;
      const inner = objectJson(env, child, childType, sub, a, counter);
      if (rel.kind === "belongsTo") {
        const fk = columns[rel.key]!;
        used.add(fk.name);
        pairs.push(sql`${literal(key)}, (select ${inner} from ${child.table} ${ident(a)} where ${ident(a)}.${ident(child.id.name)} = ${ident(alias)}.${ident(fk.name)})`);
      } else {
        const args = getArgumentValues(def, nodes[0]!, env.variableValues) as { filter?: FilterValue; orderBy?: string[] | null; first?: number | null };
        const terms = orderTerms(child, args.orderBy);
        const where = whereOf(child, args.filter);
        const limit = args.first === null || args.first === undefined ? undefined : pageSize(args.first);
        used.add(spec.id.name);
        const rows = sql`select * from ${child.table} where ${rel.via()} = ${ident(alias)}.${ident(spec.id.name)}${where ? sql` and ${where}` : sql``}`;
        const page =
          limit === undefined ? rows : sql`${rows} order by ${sql.join(terms.map((t) => sql`${t.column} ${t.desc ? sql`desc` : sql`asc`}`), sql`, `)} limit ${literalInt(limit)}`;
        pairs.push(sql`${literal(key)}, (select coalesce(json_agg(${inner} order by ${orderOver(a, terms)}), '[]'::json) from (${page}) ${ident(a)})`);
      }
      continue;
    }
    if (isComputed(type.name, name) || !(name in columns)) unsupported(`${type.name}.${name} is computed`);
    used.add(columns[name]!.name);
    pairs.push(sql`${literal(key)}, ${valueOf(alias, columns[name]!, def.type)}`);
  }
  // json_build_object takes at most 100 arguments, and only `json` keeps the keys in order
  if (pairs.length > 50) unsupported("more than 50 fields");
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

// ---------- root fields ----------

// One root field: its statement (compiled to text once), and how its one row becomes the answer.
// prepare: false where the text varies with the request (an OFFSET written into it; see query.ts run()).
// A root field's statement and how its first row becomes the field's value as JSON text (PostgreSQL
// writes it; the text goes into the HTTP answer as it is, see graphql-http.ts).
export type Plan = { key: string; text?: string; params?: unknown[]; prepare?: boolean; raw: (row: Record<string, unknown> | undefined) => string };

export function planOf(key: string, query: SQL, raw: Plan["raw"]): Plan {
  const q = dialect.sqlToQuery(query);
  return { key, text: q.sql, params: q.params, raw };
}

function compileOne(env: Env, root: Extract<Root, { spec: TableSpec }>, def: GraphQLField<unknown, unknown>, key: string, nodes: FieldNode[]): Plan {
  const args = getArgumentValues(def, nodes[0]!, env.variableValues) as { id: string };
  const id = Number(args.id);
  if (!/^[1-9][0-9]{0,9}$/.test(String(args.id)) || id > 2147483647) unsupported("not an id");
  const type = getNamedType(def.type) as GraphQLObjectType;
  const fields = new Map() as Fields;
  for (const n of nodes) collect(env, type.name, n.selectionSet, fields);
  const json = objectJson(env, root.spec, type, fields, "p0", { n: 0 });
  const q = dialect.sqlToQuery(sql`select (${json})::text as j from ${root.spec.table} "p0" where "p0".${ident(root.spec.id.name)} = ${id}`);
  return { key, text: q.sql, params: q.params, raw: (row) => (row ? (row.j as string) : "null") };
}

function compileList(env: Env, root: Extract<Root, { spec: TableSpec }>, def: GraphQLField<unknown, unknown>, key: string, nodes: FieldNode[]): Plan {
  const spec = root.spec;
  const args = getArgumentValues(def, nodes[0]!, env.variableValues) as ListArgs;
  const { first, offset, terms, where, cursor } = pageOf(spec, args);
  const conds = [where, cursor].filter((x): x is SQL => !!x);

  const connection = getNamedType(def.type) as GraphQLObjectType;
  const top = new Map() as Fields;
  for (const n of nodes) collect(env, connection.name, n.selectionSet, top);
  const nodeType = getNamedType(connection.getFields().nodes!.type) as GraphQLObjectType;

  // One pass over the page of first + 1 rows (the extra one only tells that there is a next page):
  // each alias of `nodes` aggregates the rows' JSON, the sort keys give the cursors, and the total
  // is a subquery of the same statement.
  const columns: SQL[] = [];
  const counter = { n: 0 };
  const used = new Set<string>([spec.id.name, ...terms.map((t) => t.column.name)]);
  // each part writes `"key":value` of the connection's JSON
  const parts: ((row: Record<string, unknown>, info: PageInfo) => string)[] = [];
  const named = (k: string) => `${JSON.stringify(k)}:`;
  let wantTotal = false;
  let wantKeys = false;
  for (const [k, fnodes] of top) {
    const name = fnodes[0]!.name.value;
    if (fnodes.some((n) => n.name.value !== name)) unsupported("one key, two fields");
    if (name === "__typename") parts.push(() => named(k) + JSON.stringify(connection.name));
    else if (name === "nodes") {
      const fields = new Map() as Fields;
      for (const n of fnodes) collect(env, nodeType.name, n.selectionSet, fields);
      const json = objectJson(env, spec, nodeType, fields, "page", counter, used);
      const col = `n${columns.length}`;
      // the rows shown: all but the extra one that tells there is a next page
      columns.push(
        sql`coalesce(json_agg(${json} order by ${orderOver("page", terms)}) filter (where "page"."__rn" <= ${literalInt(offset + first)}), '[]'::json)::text as ${ident(col)}`,
      );
      parts.push((row) => named(k) + (row[col] as string));
    } else if (name === "totalCount") {
      wantTotal = true;
      parts.push((row) => named(k) + JSON.stringify(row.total));
    } else if (name === "pageInfo") {
      wantKeys = true;
      const info = new Map() as Fields;
      for (const n of fnodes) collect(env, "PageInfo", n.selectionSet, info);
      const fieldsOf = [...info].map(([ik, inodes]) => [ik, inodes[0]!.name.value] as const);
      parts.push(
        (_row, pageInfo) =>
          named(k) + JSON.stringify(Object.fromEntries(fieldsOf.map(([ik, f]) => [ik, f === "__typename" ? "PageInfo" : pageInfo[f as keyof PageInfo]]))),
      );
    } else unsupported(`connection field ${name}`);
  }
  columns.push(sql`count(*)::int as "fetched"`);
  if (wantKeys) {
    // the sort keys of the first and the last row shown (PostgreSQL computes the aggregate once)
    const keys = sql`(array_agg(${cursorKeys(terms, "page")} order by ${orderOver("page", terms)}))`;
    columns.push(sql`${keys}[1] as "firstKeys"`, sql`${keys}[least(count(*), ${literalInt(first)})] as "lastKeys"`);
  }
  if (wantTotal) columns.push(sql`(select count(*)::int from ${spec.table}${where ? sql` where ${where}` : sql``}) as "total"`);

  const byColumn = new Map(Object.values(getTableColumns(spec.table) as Record<string, PgColumn>).map((c) => [c.name, c]));
  const selected = sql.join([...used].map((c) => sql`${byColumn.get(c)!}`), sql`, `);
  const order = sql.join(terms.map((t) => sql`${t.column} ${t.desc ? sql`desc` : sql`asc`}`), sql`, `);
  // __rn numbers the rows in the page's own order (the same sort, so no sort of its own)
  const page = sql`select ${selected}, row_number() over (order by ${order}) as "__rn" from ${spec.table}${conds.length ? sql` where ${sql.join(conds, sql` and `)}` : sql``} order by ${order} limit ${literalInt(first + 1)} offset ${literalInt(offset)}`;
  const q = dialect.sqlToQuery(sql`select ${sql.join(columns, sql`, `)} from (${page}) "page"`);
  const hasPreviousPage = offset > 0 || !!args.after;
  return {
    key,
    text: q.sql,
    params: q.params,
    prepare: offset === 0,
    raw: (row) => {
      const r = row!;
      const fetched = r.fetched as number;
      const shown = Math.min(fetched, first);
      const pageInfo: PageInfo = {
        hasNextPage: fetched > first,
        hasPreviousPage,
        startCursor: shown && wantKeys ? encodeCursor(terms, r.firstKeys) : null,
        endCursor: shown && wantKeys ? encodeCursor(terms, r.lastKeys) : null,
      };
      return `{${parts.map((p) => p(r, pageInfo)).join(",")}}`;
    },
  };
}

type PageInfo = { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };

// ---------- the plugin ----------

function failed(error: GraphQLError, status: number): GraphQLResponse {
  const headers = new HeaderMap(status === 503 ? [["retry-after", "1"]] : []);
  return { http: { status, headers }, body: { kind: "single", singleResult: { errors: [error.toJSON()] } } };
}

// Apollo writes `data` with JSON.stringify: this object writes itself as the marker string, which
// graphql-http.ts replaces with the answer's JSON text. The marker is random per process.
export const RAW_MARKER = `__daibiao_answer_${randomBytes(12).toString("hex")}__`;
const RAW_DATA = { toJSON: () => RAW_MARKER } as unknown as Record<string, unknown>;

type Compiled = { plans: Plan[]; roles: Role[][] } | null;
const cache = new WeakMap<DocumentNode, Map<string, Compiled>>();
const PER_DOCUMENT = 200;

function compile(rc: GraphQLRequestContextResponseForOperation<Context>): Compiled {
  const { schema, document, operation, request } = rc;
  if (operation.operation !== "query") return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
  if (coerced.errors) return null;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const env: Env = { schema, fragments, variableValues: coerced.coerced };
  const query = schema.getQueryType()!;
  const top = new Map() as Fields;
  collect(env, query.name, operation.selectionSet, top);
  const plans: Plan[] = [];
  const roles: Role[][] = [];
  try {
    for (const [key, nodes] of top) {
      const name = nodes[0]!.name.value;
      if (name === "__typename") {
        plans.push({ key, raw: () => JSON.stringify(query.name) });
        continue;
      }
      const root = roots.get(name);
      const def = query.getFields()[name];
      if (!root || !def || nodes.some((n) => n.name.value !== name) || !isObjectType(getNamedType(def.type))) return null;
      roles.push(root.roles);
      plans.push(
        root.kind === "custom"
          ? root.compile(env, def, key, nodes)
          : root.kind === "list"
            ? compileList(env, root, def, key, nodes)
            : compileOne(env, root, def, key, nodes),
      );
    }
  } catch (e) {
    // unsupported here, or an error the ordinary way reports at its path
    if (process.env.DAIBIAO_DEBUG_DIRECT && e instanceof Unsupported) console.error(`direct: ${e.message}`);
    return null;
  }
  return plans.length ? { plans, roles } : null;
}

export const directPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async responseForOperation(rc) {
        if (!enabled || rc.operation?.operation !== "query" || (rc.contextValue.readPath && rc.contextValue.readPath !== "direct")) return null;
        let byVars = cache.get(rc.document);
        if (!byVars) cache.set(rc.document, (byVars = new Map()));
        const cacheKey = `${rc.operationName ?? ""}\n${JSON.stringify(rc.request.variables ?? {})}`;
        let compiled = byVars.get(cacheKey);
        if (compiled === undefined) {
          compiled = compile(rc);
          if (byVars.size >= PER_DOCUMENT) byVars.clear();
          byVars.set(cacheKey, compiled);
        }
        if (!compiled) return null;
        // the same roles as the root fields' @Authorized; a caller who may not read goes the
        // ordinary way, which answers UNAUTHENTICATED or FORBIDDEN
        const viewer = rc.contextValue.viewer;
        if (!viewer || compiled.roles.some((r) => r.length > 0 && !r.includes(viewer.role))) return null;
        const ctx = rc.contextValue;
        let rows: (Record<string, unknown> | undefined)[];
        try {
          rows = await Promise.all(
            compiled.plans.map((p) =>
              p.text === undefined
                ? undefined
                : (ctx.sql.unsafe(p.text, p.params as never[], { prepare: p.prepare ?? true }) as unknown as Promise<Record<string, unknown>[]>).then((r) => r[0]),
            ),
          );
        } catch (e) {
          // The database away, or the statement past its time: asking again the ordinary way would
          // wait as long a second time, so the answer is what the ordinary way would give (503, 504).
          // Any other error: the ordinary way runs it again and reports it at its path.
          if (isDatabaseUnavailable(e)) return failed(unavailableError(), 503);
          const timeout = pgError(e)?.code === "57014" ? fromPgError(e) : undefined;
          if (timeout instanceof GraphQLError) return failed(timeout, 504);
          return null;
        }
        let text: string;
        try {
          text = `{${compiled.plans.map((p, i) => `${JSON.stringify(p.key)}:${p.raw(rows[i])}`).join(",")}}`;
        } catch (e) {
          // a defect here must not cost the caller the answer: the ordinary way gives it
          rc.logger.error(`direct answer failed, answered the ordinary way: ${(e as Error).message}`);
          return null;
        }
        // Over HTTP the text goes into the answer as it is (graphql-http.ts puts it where Apollo writes
        // the marker); elsewhere (tests, executeOperation) it is parsed.
        // (one answer per HTTP request: a batch of operations, were batching turned on, is parsed)
        const sink = rc.requestIsBatched ? undefined : ctx.rawAnswer;
        let data: Record<string, unknown>;
        if (sink) {
          sink.text = text;
          data = RAW_DATA;
        } else data = JSON.parse(text) as Record<string, unknown>;
        return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult: { data } } };
      },
    };
  },
};
