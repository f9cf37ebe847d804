// DAIBIAO_TRUST_PROXY's values and the caller's address and HTTPS-ness through them, on plain requests.
import type http from "node:http";
import { expect, it } from "vitest";
import { addressOf, trustFromEnv, trustOf } from "./proxy.js";

const req = (remoteAddress: string, headers: http.IncomingHttpHeaders = {}, encrypted = false) =>
  ({ headers, socket: { remoteAddress, encrypted } }) as unknown as http.IncomingMessage;
const forwarded = { "x-forwarded-for": "198.51.100.7, 10.0.0.2", "x-forwarded-proto": "https" };
const seen = (setting: string, from: string, headers: http.IncomingHttpHeaders = forwarded) => addressOf(req(from, headers), trustOf(setting)).address();

it("trusts loopback by default: a proxy on this machine is believed, another address is not", () => {
  expect(addressOf(req("127.0.0.1", { "x-forwarded-for": "198.51.100.7" }), trustFromEnv({})).address()).toBe("198.51.100.7");
  expect(addressOf(req("::1", { "x-forwarded-for": "198.51.100.7" }), trustFromEnv({})).address()).toBe("198.51.100.7");
  expect(addressOf(req("203.0.113.9", { "x-forwarded-for": "198.51.100.7" }), trustFromEnv({})).address()).toBe("203.0.113.9");
  // the first untrusted hop, walking back from the socket: 10.0.0.2 is not loopback
  expect(seen("loopback", "127.0.0.1")).toBe("10.0.0.2");
  expect(addressOf(req("127.0.0.1", forwarded), trustFromEnv({ DAIBIAO_TRUST_PROXY: "false" })).address()).toBe("127.0.0.1");
});

it("reads true, false, a hop count and a list of addresses, subnets and names", () => {
  expect(seen("true", "203.0.113.9")).toBe("198.51.100.7");
  expect(seen("false", "127.0.0.1")).toBe("127.0.0.1");
  expect(seen("0", "127.0.0.1")).toBe("127.0.0.1");
  expect(seen("1", "203.0.113.9")).toBe("10.0.0.2");
  expect(seen("2", "203.0.113.9")).toBe("198.51.100.7");
  expect(seen("loopback, 10.0.0.0/8", "127.0.0.1")).toBe("198.51.100.7");
  expect(seen(" 203.0.113.9 ,10.0.0.2,", "203.0.113.9")).toBe("198.51.100.7");
  expect(seen("uniquelocal", "127.0.0.1")).toBe("127.0.0.1");
  expect(() => trustOf("not-an-address")).toThrow();
});

it("says HTTPS from X-Forwarded-Proto only when the socket's peer is trusted, else from the socket", () => {
  const secure = (setting: string, r: http.IncomingMessage) => addressOf(r, trustOf(setting)).secure();
  expect(secure("loopback", req("127.0.0.1", { "x-forwarded-proto": "https" }))).toBe(true);
  expect(secure("loopback", req("127.0.0.1", { "x-forwarded-proto": "https, http" }))).toBe(true);
  expect(secure("loopback", req("127.0.0.1", { "x-forwarded-proto": "http" }, true))).toBe(false);
  expect(secure("loopback", req("203.0.113.9", { "x-forwarded-proto": "https" }))).toBe(false);
  expect(secure("false", req("127.0.0.1", { "x-forwarded-proto": "https" }))).toBe(false);
  expect(secure("false", req("127.0.0.1", {}, true))).toBe(true);
  expect(secure("loopback", req("127.0.0.1", {}))).toBe(false);
});
