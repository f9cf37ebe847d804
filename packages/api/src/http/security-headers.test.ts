// helmet's configuration, and the same headers replayed on the handlers that bypass express, over
// node:http on port 0.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Middleware } from "./graphql.js";
import { fixedHeaders, fixedSecurityHeaders, securityHeaders } from "./security-headers.js";

let server: http.Server;
let base = "";
beforeAll(async () => {
  server = http.createServer((req, res) => {
    res.setHeader("x-powered-by", "node");
    const mw: Middleware = req.url === "/helmet" ? securityHeaders : fixedSecurityHeaders;
    mw(req, res, () => res.end("ok"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const headersOf = async (path: string) => {
  const r = await fetch(`${base}${path}`);
  await r.text();
  const h = Object.fromEntries(r.headers);
  for (const k of ["date", "connection", "keep-alive", "content-length", "transfer-encoding"]) delete h[k];
  return h;
};

it("sends the site's policy: only this origin, inline styles for MUI, no upgrade to HTTPS forced", async () => {
  const h = await headersOf("/helmet");
  expect(h["content-security-policy"]!.split(";")).toEqual(
    expect.arrayContaining(["default-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:", "connect-src 'self'"]),
  );
  expect(h["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(h["x-powered-by"]).toBeUndefined();
});

it("replays exactly helmet's headers, removals included, on the raw handlers", async () => {
  const replayed = await headersOf("/graphql");
  expect(replayed).toEqual(await headersOf("/helmet"));
  expect(Object.keys(replayed).length).toBeGreaterThan(8);
});

it("refuses a middleware that does not finish at once, and passes on one that fails", () => {
  expect(() => fixedHeaders(() => undefined)).toThrow(/not fixed/);
  expect(() => fixedHeaders((_req, _res, next) => next(new Error("broken")))).toThrow("broken");
});
