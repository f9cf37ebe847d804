// POST/GET /graphql on node:http, straight into Apollo Server, composed of the parts beside it: the same
// security headers (security-headers.ts) and CORS as the rest of the site, a JSON body of at most
// MAX_BODY and no query nested too deep (body.ts), the caller's address and HTTPS-ness (proxy.ts), the
// caller from the session cookie or the API token (server.ts), the cookies set by signIn/signOut and by
// a write (cookies.ts), and an answer PostgreSQL wrote sent as its JSON text. The console's files and
// /health stay with express; a GraphQL request does not pass through express's router and body parser,
// which cost about a sixth of a small query's time under load.
import type http from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { Context } from "../context.js";
import { RAW_MARKER } from "../grammar/direct.js";
import type { Replicas, Route } from "../replicas.js";
import { readBody, refusedTooDeep, sendError } from "./body.js";
import { addressOf, type Trust } from "./proxy.js";

export type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: (err?: unknown) => void) => void;

// A client that asks for application/json only (not application/graphql-response+json) is answered
// 200 for a well-formed request whose GraphQL failed (parse, validation, variables, limits), as the
// GraphQL-over-HTTP spec asks of that media type; Apollo answers 400 either way. A client that accepts
// the newer type, or anything (*/*), keeps the 400.
function legacyJson(accept: string | undefined): boolean {
  return !!accept && /\bapplication\/json\b/i.test(accept) && !/graphql-response\+json/i.test(accept);
}
const GRAPHQL_FAILURES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "QUERY_TOO_COMPLEX", "OPERATION_RESOLUTION_FAILURE"]);
function onlyGraphqlErrors(body: string): boolean {
  try {
    const errors = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors;
    return !!errors?.length && errors.every((e) => GRAPHQL_FAILURES.has(String(e.extensions?.code)));
  } catch {
    return false;
  }
}

// An answer that PostgreSQL wrote (direct.ts): Apollo wrote the marker string in its place, once.
const QUOTED_MARKER = JSON.stringify(RAW_MARKER);
export function withRaw(body: string, text: string): string {
  const at = body.indexOf(QUOTED_MARKER);
  return at < 0 ? body : body.slice(0, at) + text + body.slice(at + QUOTED_MARKER.length);
}

export type CallerOf = (
  headers: http.IncomingHttpHeaders,
  exchange: {
    address: () => string;
    secure: () => boolean;
    setCookie: NonNullable<Context["setCookie"]>;
    rawAnswer: NonNullable<Context["rawAnswer"]>;
    route: Route;
  },
) => Promise<Context>;

// The middlewares in turn, then `last` (an error from one of them is a 500).
export function chain(before: Middleware[], last: (req: http.IncomingMessage, res: http.ServerResponse) => void): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const run = (req: http.IncomingMessage, res: http.ServerResponse, i: number): void => {
    if (i < before.length) before[i]!(req, res, (err) => (err ? sendError(res, 500, "Internal server error", "INTERNAL_SERVER_ERROR") : run(req, res, i + 1)));
    else last(req, res);
  };
  return (req, res) => run(req, res, 0);
}

export function graphqlHandler(o: {
  apollo: ApolloServer<Context>;
  context: CallerOf;
  trust: Trust;
  before: Middleware[];
  replicas?: Replicas;
}): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const last = (req: http.IncomingMessage, res: http.ServerResponse) => {
    void answer(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
      else res.end();
    });
  };
  const answer = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const read = await readBody(req, res);
    if (!read.ok || refusedTooDeep(req, read.body, res)) return;
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    const url = req.url ?? "";
    const q = url.indexOf("?");
    let cookies: string[] = [];
    let rawAnswer: { text?: string } = {};
    let route: Route = {};
    const { address, secure } = addressOf(req, o.trust);
    const execute = () =>
      o.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: q >= 0 ? url.slice(q) : "", body: read.body },
        context: () => o.context(req.headers, { address, secure, setCookie: (cookie) => void cookies.push(cookie), rawAnswer, route }),
      });
    let result = await execute();
    // A read replica could not answer (replicas.ts): leave it out, and answer again from the primary.
    if (result.status === 503 && route.replica !== undefined && o.replicas) {
      o.replicas.markDown(route.replica);
      cookies = [];
      rawAnswer = {};
      route = { primaryOnly: true };
      result = await execute();
    }
    for (const [k, v] of result.headers) res.setHeader(k, v);
    if (cookies.length) res.setHeader("set-cookie", cookies);
    res.statusCode = result.status ?? 200;
    if (res.statusCode === 400 && result.body.kind === "complete" && legacyJson(req.headers.accept) && onlyGraphqlErrors(result.body.string)) res.statusCode = 200;
    if (result.body.kind === "complete") {
      res.end(rawAnswer.text === undefined ? result.body.string : withRaw(result.body.string, rawAnswer.text));
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return chain(o.before, last);
}
