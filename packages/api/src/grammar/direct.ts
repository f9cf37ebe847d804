// Answers that PostgreSQL writes: a query whose root fields are all lists or records of resources,
// asking only for stored fields and relations, is compiled into one SQL statement per root field that
// returns the answer in its final shape (response keys in order, IDs as text, enums and date-times as
// GraphQL writes them), and graphql-js's field-by-field execution is skipped.
//
// It runs after Apollo has parsed and validated the document and the limits plugin has checked it
// (depth, complexity, introspection), and only for a caller whose role may read every root field.
// Anything else — a field not declared stored (masked personal data, deadlines), a mutation, a wrong
// argument, a role that may not read, an answer with errors — goes the ordinary way, which also reads
// each root field in one statement (the same compiler's "rows" mode, read.ts) and reports errors at
// their paths. The statements come from compile.ts ("answer" mode).
// The compiled statement is kept per document and variables.
import { randomBytes } from "node:crypto";
import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation, GraphQLResponse } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import {
  getArgumentValues,
  GraphQLError,
  getNamedType,
  getVariableValues,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
} from "graphql";
import type { Role } from "../auth/roles.js";
import type { Context } from "../context.js";
import { isDatabaseUnavailable, unavailableError } from "../http/availability.js";
import { fromPgError, pgError } from "./pgerrors.js";
import { compileList, compileRecord, connectionFields, Unsupported, unsupported, type ListArgs, type ListRead, type PageInfoValue } from "./compile.js";
import type { TableSpec } from "./resource.js";
import { collect, collectAll, oneField, type Env, type Fields } from "./selection.js";

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

export { unsupported };

const dialect = new PgDialect();

// A root field's statement and how its first row becomes the field's value as JSON text (PostgreSQL
// writes it; the text goes into the HTTP answer as it is, see http/graphql.ts).
// prepare: false where the text varies with the request (an OFFSET written into it).
export type Plan = { key: string; text?: string; params?: unknown[]; prepare?: boolean; raw: (row: Record<string, unknown> | undefined) => string };

export function planOf(key: string, query: SQL, raw: Plan["raw"], prepare = true): Plan {
  const q = dialect.sqlToQuery(query);
  return { key, text: q.sql, params: q.params, prepare, raw };
}

function recordPlan(env: Env, spec: TableSpec, def: GraphQLField<unknown, unknown>, key: string, nodes: FieldNode[]): Plan {
  const args = getArgumentValues(def, nodes[0]!, env.variableValues) as { id: string };
  const id = Number(args.id);
  if (!/^[1-9][0-9]{0,9}$/.test(String(args.id)) || id > 2147483647) unsupported("not an id");
  const type = getNamedType(def.type) as GraphQLObjectType;
  const c = compileRecord(env, "answer", spec, type, collectAll(env, type.name, nodes), id);
  return planOf(key, c.query, (row) => (row ? (row.j as string) : "null"));
}

function listPlan(env: Env, spec: TableSpec, def: GraphQLField<unknown, unknown>, key: string, rootNodes: FieldNode[]): Plan {
  const args = getArgumentValues(def, rootNodes[0]!, env.variableValues) as ListArgs;
  const connection = getNamedType(def.type) as GraphQLObjectType;
  const { top, nodeType, nodes } = connectionFields(env, connection, rootNodes);
  // each part writes `"key":value` of the connection's JSON, in the order asked
  const parts: ((row: Record<string, unknown>, read: ListRead) => string)[] = [];
  const named = (k: string) => `${JSON.stringify(k)}:`;
  let total = false;
  let cursors = false;
  // the statement's column of each alias of `nodes`, known once it is compiled
  const columnOf = new Map<string, string>();
  for (const [k, fnodes] of top) {
    const name = fnodes[0]!.name.value;
    if (!oneField(fnodes)) unsupported("one key, two fields");
    if (name === "__typename") parts.push(() => named(k) + JSON.stringify(connection.name));
    else if (name === "nodes") parts.push((row) => named(k) + (row[columnOf.get(k)!] as string)); else if (name === "totalCount") {
      total = true;
      parts.push((_row, read) => named(k) + JSON.stringify(read.total));
    } else if (name === "pageInfo") {
      cursors = true;
      const asked = [...collectAll(env, "PageInfo", fnodes)].map(([ik, inodes]) => [ik, inodes[0]!.name.value] as const);
      parts.push(
        (_row, read) =>
          named(k) + JSON.stringify(Object.fromEntries(asked.map(([ik, f]) => [ik, f === "__typename" ? "PageInfo" : read.pageInfo[f as keyof PageInfoValue]]))),
      );
    } else unsupported(`connection field ${name}`);
  }
  const plan = compileList(env, "answer", spec, nodeType, nodes, args, { total, cursors });
  for (const n of plan.nodes) columnOf.set(n.key, n.column);
  return planOf(
    key,
    plan.query,
    (row) => {
      const read = plan.read(row!);
      return `{${parts.map((p) => p(row!, read)).join(",")}}`;
    },
    plan.prepare,
  );
}

// ---------- the plugin ----------

function failed(error: GraphQLError, status: number): GraphQLResponse {
  const headers = new HeaderMap(status === 503 ? [["retry-after", "1"]] : []);
  return { http: { status, headers }, body: { kind: "single", singleResult: { errors: [error.toJSON()] } } };
}

// Apollo writes `data` with JSON.stringify: this object writes itself as the marker string, which
// http/graphql.ts replaces with the answer's JSON text. The marker is random per process.
export const RAW_MARKER = `__daibiao_answer_${randomBytes(12).toString("hex")}__`;
const RAW_DATA = { toJSON: () => RAW_MARKER } as unknown as Record<string, unknown>;

type Plans = { plans: Plan[]; roles: Role[][] } | null;
const cache = new WeakMap<DocumentNode, Map<string, Plans>>();
const PER_DOCUMENT = 200;

function compile(rc: GraphQLRequestContextResponseForOperation<Context>): Plans {
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
            ? listPlan(env, root.spec, def, key, nodes)
            : recordPlan(env, root.spec, def, key, nodes),
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
        // Over HTTP the text goes into the answer as it is (http/graphql.ts puts it where Apollo writes
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
