// The two cookies daibiao sets, with the `cookie` package: the session (signIn, signOut) and the time of
// the caller's last write (replicas.ts: read from the primary for a while after it). Both HttpOnly,
// SameSite=Lax, path /, Secure when the request came over HTTPS.
import { parse, serialize } from "cookie";

export const SESSION_COOKIE = "daibiao_session";
export const LAST_WRITE_COOKIE = "daibiao_last_write";

// What a request's Cookie header says of them; lastWrite only when it is a time (not 0 or garbage).
export function requestCookies(header: string | undefined): { session?: string; lastWrite?: number } | undefined {
  if (!header) return undefined;
  const cookies = parse(header);
  return { session: cookies[SESSION_COOKIE], lastWrite: Number(cookies[LAST_WRITE_COOKIE]) || undefined };
}

// Set-Cookie values
export function sessionCookie(token: string, expires: Date, secure: boolean): string {
  return serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", secure, expires, path: "/" });
}
export function signedOutCookie(): string {
  return serialize(SESSION_COOKIE, "", { path: "/", expires: new Date(0) });
}
export function lastWriteCookie(at: number, maxAgeSeconds: number, secure: boolean | undefined): string {
  return serialize(LAST_WRITE_COOKIE, String(at), { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: maxAgeSeconds });
}
