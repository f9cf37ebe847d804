// The session and last-write cookies as they go out (Set-Cookie) and come back (Cookie).
import { expect, it } from "vitest";
import { lastWriteCookie, requestCookies, sessionCookie, signedOutCookie } from "./cookies.js";

it("sets the session HttpOnly, SameSite=Lax, for the whole site, until it expires, Secure over HTTPS", () => {
  const expires = new Date(Date.UTC(2030, 0, 2, 3, 4, 5));
  expect(sessionCookie("dbs_abc", expires, false)).toBe("daibiao_session=dbs_abc; Path=/; Expires=Wed, 02 Jan 2030 03:04:05 GMT; HttpOnly; SameSite=Lax");
  expect(sessionCookie("dbs_abc", expires, true)).toBe("daibiao_session=dbs_abc; Path=/; Expires=Wed, 02 Jan 2030 03:04:05 GMT; HttpOnly; Secure; SameSite=Lax");
});

it("clears the session on sign-out with an empty value expired long ago", () => {
  expect(signedOutCookie()).toBe("daibiao_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
});

it("sets the time of the last write for as long as reads stay on the primary", () => {
  expect(lastWriteCookie(1_700_000_000_123, 2, undefined)).toBe("daibiao_last_write=1700000000123; Max-Age=2; Path=/; HttpOnly; SameSite=Lax");
  expect(lastWriteCookie(1_700_000_000_123, 2, true)).toBe("daibiao_last_write=1700000000123; Max-Age=2; Path=/; HttpOnly; Secure; SameSite=Lax");
});

it("reads both back from a Cookie header among others, a last write only when it is a time", () => {
  expect(requestCookies(undefined)).toBeUndefined();
  expect(requestCookies("")).toBeUndefined();
  expect(requestCookies("theme=dark; daibiao_session=dbs_a%2Bb; daibiao_last_write=1700000000123")).toEqual({ session: "dbs_a+b", lastWrite: 1_700_000_000_123 });
  expect(requestCookies("theme=dark")).toEqual({ session: undefined, lastWrite: undefined });
  expect(requestCookies("daibiao_last_write=soon")).toEqual({ session: undefined, lastWrite: undefined });
  expect(requestCookies("daibiao_session=s; daibiao_last_write=0")).toEqual({ session: "s", lastWrite: undefined });
  // what the server sets, the server reads
  const back = (setCookie: string) => requestCookies(setCookie.split(";")[0]);
  expect(back(sessionCookie("dbs_x-y_z", new Date(0), true))?.session).toBe("dbs_x-y_z");
  expect(back(lastWriteCookie(42, 2, true))?.lastWrite).toBe(42);
});
