// The body reader and the depth guard on plain streams and a recording response: no server, no database.
import type http from "node:http";
import { Readable } from "node:stream";
import { expect, it } from "vitest";
import { MAX_NESTING, nestingOf, readBody, refusedTooDeep } from "./body.js";

function request(chunks: (string | Buffer)[], headers: http.IncomingHttpHeaders = { "content-type": "application/json" }, method = "POST", url = "/graphql") {
  return Object.assign(Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c))), { headers, method, url }) as unknown as http.IncomingMessage & Readable;
}
function response() {
  const r = { statusCode: 200, headers: {} as Record<string, unknown>, body: undefined as string | undefined, ended: false };
  const res = { setHeader: (k: string, v: unknown) => void (r.headers[k.toLowerCase()] = v), end: (b?: string) => void ((r.body = b), (r.ended = true)) };
  Object.defineProperty(res, "statusCode", { set: (s: number) => void (r.statusCode = s), get: () => r.statusCode });
  return { res: res as unknown as http.ServerResponse, r, code: () => JSON.parse(r.body!).errors[0].extensions.code as string };
}

it("reads a JSON object or array in any number of chunks, of any JSON type, an empty body as {}", async () => {
  const { res, r } = response();
  expect(await readBody(request(['{"query":', ' "{ me { name } }"}']), res)).toEqual({ ok: true, body: { query: "{ me { name } }" } });
  expect(await readBody(request(['[{"query":"{ a }"}]'], { "content-type": "application/graphql-response+json; charset=utf-8" }), res)).toEqual({ ok: true, body: [{ query: "{ a }" }] });
  expect(await readBody(request([" \n "]), res)).toEqual({ ok: true, body: {} });
  expect(r.ended).toBe(false);
});

it("leaves the body of a GET or of another type unread, and answers nothing", async () => {
  const { res, r } = response();
  const get = request(["ignored"], {}, "GET");
  expect(await readBody(get, res)).toEqual({ ok: true, body: undefined });
  expect(get.readableEnded).toBe(true);
  expect(await readBody(request(['{"query":"{ a }"}'], { "content-type": "text/plain" }), res)).toEqual({ ok: true, body: undefined });
  expect(r.ended).toBe(false);
});

it("answers 400 BAD_REQUEST to a body that is not JSON, or JSON but not an object or array", async () => {
  for (const text of ["{ not json", '"a string"', "42"]) {
    const { res, r, code } = response();
    expect(await readBody(request([text]), res)).toEqual({ ok: false });
    expect(r.statusCode).toBe(400);
    expect(r.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(code()).toBe("BAD_REQUEST");
  }
});

it("takes 5 MB and answers 413 PAYLOAD_TOO_LARGE past it, closing the connection", async () => {
  const limit = 5 * 1024 * 1024;
  const padded = Buffer.alloc(limit + 1, " ");
  padded.write('{"a":1}');
  const { res } = response();
  expect(await readBody(request([padded.subarray(0, 1000), padded.subarray(1000, limit)]), res)).toEqual({ ok: true, body: { a: 1 } });

  const over = response();
  const req = request([padded.subarray(0, 1000), padded.subarray(1000)]);
  expect(await readBody(req, over.res)).toEqual({ ok: false });
  expect(over.r.statusCode).toBe(413);
  expect(over.r.headers.connection).toBe("close");
  expect(over.code()).toBe("PAYLOAD_TOO_LARGE");
  expect(JSON.parse(over.r.body!).errors[0].message).toBe("The request is larger than 5mb");
  expect(req.destroyed).toBe(true);
});

it("measures bracket nesting outside strings, block strings and comments", () => {
  expect(nestingOf("{ a { b(x: [1, [2]]) } }")).toBe(5);
  expect(nestingOf(`{ a(s: "{{{{ \\" {{") # {{{{\n }`)).toBe(2);
  expect(nestingOf(`{ a(s: """ {{{ \\""" {{{ """) }`)).toBe(2);
  // past the limit it stops counting
  expect(nestingOf("{".repeat(10_000))).toBe(MAX_NESTING + 1);
});

it("refuses a query nested past the limit, from a POST body or a GET's URL, with 400 QUERY_TOO_COMPLEX", () => {
  const deep = `${"{a".repeat(MAX_NESTING + 1)}${"}".repeat(MAX_NESTING + 1)}`;
  const ok = `${"{a".repeat(MAX_NESTING)}${"}".repeat(MAX_NESTING)}`;
  const fine = response();
  expect(refusedTooDeep(request([]), { query: ok }, fine.res)).toBe(false);
  expect(refusedTooDeep(request([], {}, "GET", `/graphql?query=${encodeURIComponent(ok)}`), undefined, fine.res)).toBe(false);
  expect(fine.r.ended).toBe(false);
  const post = response();
  expect(refusedTooDeep(request([]), { query: deep }, post.res)).toBe(true);
  expect([post.r.statusCode, post.code()]).toEqual([400, "QUERY_TOO_COMPLEX"]);
  const get = response();
  expect(refusedTooDeep(request([], {}, "GET", `/graphql?query=${encodeURIComponent(deep)}`), undefined, get.res)).toBe(true);
  expect([get.r.statusCode, get.code()]).toEqual([400, "QUERY_TOO_COMPLEX"]);
});
