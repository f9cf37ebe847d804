// Sessions (an HTTP-only cookie with a random token; the table keeps its SHA-256), API tokens
// (Bearer, SHA-256 only), and the throttle on failed sign-ins.
import { createHash, randomBytes } from "node:crypto";
import { apiTokens, hashPassword, sessions, users, verifyPassword, type Db } from "@daibiao/db";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Viewer } from "./roles.js";

export const SESSION_COOKIE = "daibiao_session";
export const SESSION_DAYS = 7;

export const sha256 = (s: string) => createHash("sha256").update(s).digest("base64url");
export const newSecret = (prefix: string) => `${prefix}_${randomBytes(24).toString("base64url")}`;

export async function viewerFromSession(db: Db, token: string): Promise<Viewer | null> {
  const [row] = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, sql`now()`), eq(users.active, true)));
  return row ? { kind: "user", id: row.id, name: row.username, displayName: row.displayName, role: row.role.toUpperCase() as Viewer["role"] } : null;
}

// Valid tokens are remembered for a short while, so a dashboard's requests cost no extra statement;
// revoking one in this process forgets it at once.
const tokenCache = new Map<string, { viewer: Viewer | null; until: number }>();
const TOKEN_CACHE_MS = 30_000;

export function forgetToken(id: number): void {
  for (const [k, v] of tokenCache) if (v.viewer?.id === id) tokenCache.delete(k);
}

export async function viewerFromToken(db: Db, token: string): Promise<Viewer | null> {
  const hash = sha256(token);
  const cached = tokenCache.get(hash);
  if (cached && cached.until > Date.now()) return cached.viewer;
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.tokenHash, hash), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, name: apiTokens.name });
  const viewer: Viewer | null = row ? { kind: "token", id: row.id, name: `token:${row.name}`, role: "TOKEN" } : null;
  if (tokenCache.size > 10_000) tokenCache.clear();
  tokenCache.set(hash, { viewer, until: Date.now() + TOKEN_CACHE_MS });
  return viewer;
}

export async function checkPassword(db: Db, username: string, password: string) {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  // Verify against a dummy hash when there is no such user, so timing does not tell who exists.
  const ok = await verifyPassword(user?.passwordHash ?? (await (dummyHash ??= hashPassword(randomBytes(16).toString("hex")))), password);
  return ok && user && user.active ? user : null;
}
let dummyHash: Promise<string> | undefined;

// ---------- throttle: failed sign-ins per user name and per address, in a sliding window ----------

const WINDOW_MS = 15 * 60_000;
const LIMITS = { user: 5, address: 20 };
const failures = new Map<string, number[]>();

function recent(key: string): number[] {
  const now = Date.now();
  const list = (failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  if (list.length) failures.set(key, list);
  else failures.delete(key);
  return list;
}

// Seconds to wait before another try, or 0.
export function throttled(username: string, address: string): number {
  const u = recent(`u:${username.toLowerCase()}`);
  const a = recent(`a:${address}`);
  const blocked = [u.length >= LIMITS.user ? u : null, a.length >= LIMITS.address ? a : null].filter((x): x is number[] => !!x);
  if (!blocked.length) return 0;
  const oldest = Math.max(...blocked.map((l) => l[0]!));
  return Math.max(1, Math.ceil((oldest + WINDOW_MS - Date.now()) / 1000));
}

export function recordFailure(username: string, address: string): void {
  for (const key of [`u:${username.toLowerCase()}`, `a:${address}`]) failures.set(key, [...recent(key), Date.now()]);
}

export function clearFailures(username: string): void {
  failures.delete(`u:${username.toLowerCase()}`);
}

export function resetThrottle(): void {
  failures.clear();
}
