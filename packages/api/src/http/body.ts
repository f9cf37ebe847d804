// A request's JSON body for /graphql, read as express.json() reads it, at most MAX_BODY; the guard
// against a query nested too deep to parse; and the GraphQL-shaped error answered when either refuses.
import type http from "node:http";

export const MAX_BODY = "5mb";
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export function sendError(res: http.ServerResponse, status: number, message: string, code: string): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

// The JSON body (strict: an object or an array; an empty body is {}); undefined for a GET or another
// type. Too large: 413 PAYLOAD_TOO_LARGE and the connection closed; not JSON: 400 BAD_REQUEST.
export function readBody(req: http.IncomingMessage, res: http.ServerResponse): Promise<{ ok: true; body: unknown } | { ok: false }> {
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

// Whether the request's query (the URL's for a GET, the body's otherwise) nests too deep; if so it is
// answered 400 QUERY_TOO_COMPLEX here, before graphql parses it.
export function refusedTooDeep(req: http.IncomingMessage, body: unknown, res: http.ServerResponse): boolean {
  const url = req.url ?? "";
  const text = req.method === "GET" ? new URLSearchParams(url.slice(url.indexOf("?") + 1)).get("query") : (body as { query?: unknown } | undefined)?.query;
  if (typeof text === "string" && text.length > MAX_NESTING && nestingOf(text) > MAX_NESTING) {
    sendError(res, 400, `The query nests brackets more than ${MAX_NESTING} levels deep`, "QUERY_TOO_COMPLEX");
    return true;
  }
  return false;
}
