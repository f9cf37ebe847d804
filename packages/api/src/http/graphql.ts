// POST/GET /graphql on node:http, straight into Apollo Server: the same security headers (helmet) and
// CORS as the rest of the site, a JSON body of at most MAX_BODY, the caller from the session cookie or
// the API token, and the session cookie set by signIn/signOut. The console's files and /health stay
// with express; a GraphQL request does not pass through express's router and body parser, which
// cost about a sixth of a small query's time under load.
import type http from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { serialize } from "cookie";
import proxyaddr from "proxy-addr";
import type { Context } from "../context.js";
import { RAW_MARKER } from "../grammar/direct.js";
import type { Replicas, Route } from "../replicas.js";

export type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: (err?: unknown) => void) => void;

export const MAX_BODY = "5mb";
const MAX_BODY_BYTES = 5 * 1024 * 1024;

// express's "trust proxy" setting, read the same way: true, a hop count, or a list of addresses/names
export function trustOf(setting: string): (address: string, hop: number) => boolean {
  if (setting === "true") return () => true;
  if (setting === "false") return () => false;
  if (/^\d+$/.test(setting)) return (_a, hop) => hop < Number(setting);
  return proxyaddr.compile(setting.split(",").map((s) => s.trim()).filter(Boolean));
}

function sendError(res: http.ServerResponse, status: number, message: string, code: string): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

// The JSON body, as express.json() reads it (strict: an object or an array); undefined for other types.
function readBody(req: http.IncomingMessage, res: http.ServerResponse): Promise<{ ok: true; body: unknown } | { ok: false }> {
  return new Promise((resolve) => {
    const type = req.headers["content-type"] ?? "";
    if (req.method !== "POST" || !/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
      req.resume();
      req.on("end", () => resolve({ ok: true, body: undefined }));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        res.setHeader("connection", "close");
        sendError(res, 413, `The request is larger than ${MAX_BODY}`, "PAYLOAD_TOO_LARGE");
        req.destroy();
        resolve({ ok: false });
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (done) return;
      done = true;
      const text = Buffer.concat(chunks, size).toString("utf8");
      if (!text.trim()) return resolve({ ok: true, body: {} });
      const first = text.trimStart()[0];
      try {
        if (first !== "{" && first !== "[") throw new Error("not an object");
        resolve({ ok: true, body: JSON.parse(text) });
      } catch {
        sendError(res, 400, "The request body is not valid JSON", "BAD_REQUEST");
        resolve({ ok: false });
      }
    });
    req.on("error", () => {
      if (!done) resolve({ ok: false });
      done = true;
    });
  });
}

// How deep a query's brackets may nest ({ } [ ] ( )): graphql's parser recurses per level and ran out of
// stack past a few thousand, sometimes inside its own error handling (a 500). Far above what the depth
// and input limits (limits.ts) let through.
export const MAX_NESTING = 300;

// The deepest bracket nesting of a GraphQL text, outside strings and comments, without recursion.
export function nestingOf(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b || c === 0x28) {
      if (++depth > max) max = depth;
      if (max > MAX_NESTING) return max;
    } else if (c === 0x7d || c === 0x5d || c === 0x29) depth--;
    else if (c === 0x23) {
      while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++; // # comment
    } else if (c === 0x22) {
      if (text.startsWith('"""', i)) {
        const end = text.indexOf('"""', i + 3);
        // a block string's \""" does not end it
        let e = end;
        while (e > 0 && text[e - 1] === "\\") e = text.indexOf('"""', e + 3);
        i = e < 0 ? text.length : e + 2;
      } else {
        for (i++; i < text.length && text[i] !== '"' && text[i] !== "\n"; i++) if (text[i] === "\\") i++;
      }
    }
  }
  return max;
}

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

// A middleware that always sets the same headers (helmet): run once on a stand-in response, and its
// headers replayed on each answer, without running its code per request.
export function fixedHeaders(mw: Middleware): Middleware {
  const set: [string, string | number | readonly string[]][] = [];
  const removed: string[] = [];
  let called = false;
  const stand = {
    setHeader: (k: string, v: string | number | readonly string[]) => void set.push([k, v]),
    removeHeader: (k: string) => void removed.push(k),
    getHeader: () => undefined,
  };
  mw({ headers: {}, method: "POST", url: "/graphql" } as never, stand as never, (err) => {
    if (err) throw err;
    called = true;
  });
  if (!called) throw new Error("the middleware did not finish at once: its headers are not fixed");
  return (_req, res, next) => {
    for (const [k, v] of set) res.setHeader(k, v);
    for (const k of removed) res.removeHeader(k);
    next();
  };
}

// The caller's address and HTTPS-ness through the trusted proxies, worked out only when asked (sign-in):
// parsing addresses costs a few per cent of a small query.
export function addressOf(req: http.IncomingMessage, trust: (address: string, hop: number) => boolean): { address: () => string; secure: () => boolean } {
  return {
    address: () => proxyaddr(req, trust),
    secure: () => {
      const forwardedProto = String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]!.trim();
      const direct = (req.socket as { encrypted?: boolean }).encrypted ? "https" : "http";
      return (trust(req.socket.remoteAddress ?? "", 0) && forwardedProto ? forwardedProto : direct) === "https";
    },
  };
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

export function graphqlHandler(o: {
  apollo: ApolloServer<Context>;
  context: CallerOf;
  trust: string;
  before: Middleware[];
  replicas?: Replicas;
}): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const trust = trustOf(o.trust);
  const run = (req: http.IncomingMessage, res: http.ServerResponse, i: number) => {
    if (i < o.before.length) {
      o.before[i]!(req, res, (err) => (err ? sendError(res, 500, "Internal server error", "INTERNAL_SERVER_ERROR") : run(req, res, i + 1)));
      return;
    }
    void answer(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
      else res.end();
    });
  };
  const answer = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const read = await readBody(req, res);
    if (!read.ok) return;
    const url0 = req.url ?? "";
    const text = req.method === "GET" ? new URLSearchParams(url0.slice(url0.indexOf("?") + 1)).get("query") : (read.body as { query?: unknown } | undefined)?.query;
    if (typeof text === "string" && text.length > MAX_NESTING && nestingOf(text) > MAX_NESTING) {
      sendError(res, 400, `The query nests brackets more than ${MAX_NESTING} levels deep`, "QUERY_TOO_COMPLEX");
      return;
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    const url = req.url ?? "";
    const q = url.indexOf("?");
    let cookies: string[] = [];
    let rawAnswer: { text?: string } = {};
    let route: Route = {};
    const { address, secure } = addressOf(req, trust);
    const execute = () =>
      o.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: q >= 0 ? url.slice(q) : "", body: read.body },
        context: () =>
          o.context(req.headers, {
            address,
            secure,
            setCookie: (name, value, options) => void cookies.push(serialize(name, value, options)),
            rawAnswer,
            route,
          }),
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
  return (req, res) => run(req, res, 0);
}
