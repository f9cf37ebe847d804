// GET /saved/<name>: runs a saved query through Apollo Server like POST /graphql (the caller's role,
// masking, limits, the direct answers of direct.ts), so a dashboard needs neither a POST body nor
// GraphQL. Variables come from the saved defaults, overridden by the URL's query string; the answer
// is the GraphQL JSON, or CSV (saved-query.csv.ts) with `Accept: text/csv` or `?format=csv`; an ETag
// (the body's SHA-256) answers If-None-Match with 304; Cache-Control: private, max-age=<maxAge>.
import { createHash } from "node:crypto";
import type http from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { savedQueries } from "@daibiao/db";
import { eq } from "drizzle-orm";
import {
  getNamedType,
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import type { Context } from "../context.js";
import { chain, withRaw, type CallerOf, type Middleware } from "../http/graphql.js";
import type { Replicas, Route } from "../replicas.js";
import { isDatabaseUnavailable, unavailableError } from "../http/availability.js";
import { toCsv } from "./saved-query.csv.js";
import { SAVED_QUERY_NAME } from "./saved-query.input.js";

export const SAVED_PATH = "/saved/";

type Json = Parameters<typeof toCsv>[0];

function send(res: http.ServerResponse, status: number, body: string, type = "application/json; charset=utf-8"): void {
  res.statusCode = status;
  res.setHeader("content-type", type);
  res.setHeader("cache-control", "no-store");
  res.end(body);
}
function sendError(res: http.ServerResponse, status: number, message: string, code: string, field?: string): void {
  send(res, status, JSON.stringify({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] }));
}

// The HTTP status of an answer whose errors a client caused
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404, QUERY_TOO_COMPLEX: 400 };

// A variable's value from the query string: text and enum values as written; numbers, booleans, lists
// and input objects as JSON (`first=10`, `levels=["CITY"]`).
function variableValue(schema: GraphQLSchema, op: OperationDefinitionNode, name: string, text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const def = op.variableDefinitions?.find((v) => v.variable.name.value === name);
  if (!def) return { ok: false, message: "is not a variable of the query" };
  const type = typeFromAST(schema, def.type as never);
  if (!type) return { ok: false, message: "has an unknown type" };
  const nullable = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(type);
  const asJson = isListType(nullable) || isInputObjectType(named) || ["Int", "Float", "Boolean"].includes(named.name);
  if (!asJson || (isEnumType(named) && !isListType(nullable))) return { ok: true, value: text };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: "is not valid JSON (numbers, booleans, lists and objects are written as JSON)" };
  }
}

function wantsCsv(req: http.IncomingMessage, format: string | null): boolean {
  if (format) return format.toLowerCase() === "csv";
  return /\btext\/csv\b/i.test(req.headers.accept ?? "");
}

// If-None-Match: a list of entity tags, weak or not, or *
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}

export function savedQueryHandler(o: {
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  // the caller, as for /graphql, but a token marked savedQueriesOnly is let in
  context: CallerOf;
  exchange: (req: http.IncomingMessage, rawAnswer: { text?: string }, route: Route) => Parameters<CallerOf>[1];
  before: Middleware[];
  replicas?: Replicas;
}): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const last = (req: http.IncomingMessage, res: http.ServerResponse) => {
    void answer(req, res).catch((e: unknown) => {
      // the database unavailable while finding the caller or the query: 503, as /graphql answers
      if (isDatabaseUnavailable(e)) e = unavailableError();
      if (e instanceof GraphQLError && e.extensions.code === "SERVICE_UNAVAILABLE") res.setHeader("retry-after", "1");
      const http = e instanceof GraphQLError ? (e.extensions.http as { status?: number } | undefined) : undefined;
      if (!res.headersSent && http?.status) sendError(res, http.status, e instanceof GraphQLError ? e.message : "", String((e as GraphQLError).extensions.code));
      else if (!res.headersSent) sendError(res, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
      else res.end();
    });
  };

  const answer = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    req.resume();
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      return sendError(res, 405, "Saved queries are run with GET", "METHOD_NOT_ALLOWED");
    }
    const url = new URL(req.url ?? "/", "http://x");
    let name: string;
    try {
      name = decodeURIComponent(url.pathname.slice(SAVED_PATH.length));
    } catch {
      name = "";
    }
    let rawAnswer: { text?: string } = {};
    let ctx = await o.context(req.headers, o.exchange(req, rawAnswer, {}));
    if (!ctx.viewer) return sendError(res, 401, "Sign in first, or send an API token (Authorization: Bearer …)", "UNAUTHENTICATED");
    const [saved] = SAVED_QUERY_NAME.test(name) ? await ctx.db.select().from(savedQueries).where(eq(savedQueries.name, name)) : [];
    if (!saved) return sendError(res, 404, "There is no saved query of this name", "NOT_FOUND", "name");

    const op = parse(saved.query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const variables: Record<string, unknown> = { ...saved.variables };
    let format: string | null = null;
    for (const [k, v] of url.searchParams) {
      if (k === "format") {
        format = v;
        continue;
      }
      const value = variableValue(o.schema, op, k, v);
      if (!value.ok) return sendError(res, 400, `Invalid input: variables.${k}: ${value.message}`, "BAD_USER_INPUT", `variables.${k}`);
      variables[k] = value.value;
    }
    if (format && !/^(csv|json)$/i.test(format)) return sendError(res, 400, "Invalid input: format: must be csv or json", "BAD_USER_INPUT", "format");
    const csv = wantsCsv(req, format);

    const headers = new HeaderMap([["content-type", "application/json"]]);
    const execute = () =>
      o.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: "POST", headers, search: "", body: { query: saved.query, variables } },
        context: async () => ctx,
      });
    let result = await execute();
    // A read replica could not answer (replicas.ts): leave it out, and answer again from the primary.
    if (result.status === 503 && ctx.route?.replica !== undefined && o.replicas) {
      o.replicas.markDown(ctx.route.replica);
      rawAnswer = {};
      ctx = await o.context(req.headers, o.exchange(req, rawAnswer, { primaryOnly: true }));
      result = await execute();
    }
    if (result.body.kind !== "complete") return sendError(res, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
    const text = rawAnswer.text === undefined ? result.body.string : withRaw(result.body.string, rawAnswer.text);
    const parsed = JSON.parse(text) as { data?: Json; errors?: { extensions?: { code?: string } }[] };
    if (parsed.errors?.length || (result.status ?? 200) !== 200) {
      for (const [k, v] of result.headers) if (k === "retry-after") res.setHeader(k, v);
      const status = (result.status ?? 200) !== 200 ? result.status! : (STATUS[String(parsed.errors?.[0]?.extensions?.code)] ?? 200);
      return send(res, status, text);
    }
    const body = csv ? toCsv(parsed.data ?? null) : text;
    const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
    res.setHeader("etag", etag);
    res.setHeader("cache-control", `private, max-age=${saved.maxAge}`);
    res.setHeader("vary", "Accept, Authorization, Cookie");
    if (matches(req.headers["if-none-match"], etag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.statusCode = 200;
    res.setHeader("content-type", csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
    res.setHeader("content-length", Buffer.byteLength(body));
    if (csv) res.setHeader("content-disposition", `inline; filename="${saved.name}.csv"`);
    res.end(req.method === "HEAD" ? undefined : body);
  };
  return chain(o.before, last);
}

export const savedQueriesOnlyError = () =>
  new GraphQLError("This token may only run saved queries (GET /saved/<name>)", { extensions: { code: "FORBIDDEN", reason: "SAVED_QUERIES_ONLY", http: { status: 403 } } });
