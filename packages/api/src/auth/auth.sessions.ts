// Sessions (an HTTP-only cookie with a random token; the table keeps its SHA-256), API tokens
// (Bearer, SHA-256 only), and the throttle on failed sign-ins.
import { createHash, randomBytes } from "node:crypto";
import { apiTokens, hashPassword, sessions, signInFailures, users, verifyPassword, type Db, type Sql } from "@daibiao/db";
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Viewer } from "./roles.js";

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
// revoking one forgets it at once, in this process and (by NOTIFY, sent by the revoking transaction
// when it commits) in every other process on the same database.
const tokenCache = new Map<string, { viewer: Viewer | null; until: number }>();
const TOKEN_CACHE_MS = 30_000;
export const TOKEN_REVOKED_CHANNEL = "daibiao_token_revoked";

export function forgetToken(id: number): void {
  for (const [k, v] of tokenCache) if (v.viewer?.id === id) tokenCache.delete(k);
}

// Listen for the revocations of other processes (postgres.js keeps one connection for it and
// reconnects it). Until the listener is back after an outage, tokens may be remembered for up to
// TOKEN_CACHE_MS, so the cache is emptied whenever it (re)connects.
export async function shareTokenRevocations(sql: Sql): Promise<void> {
  await sql.listen(TOKEN_REVOKED_CHANNEL, (id) => forgetToken(Number(id)), () => tokenCache.clear());
}

export async function viewerFromToken(db: Db, token: string): Promise<Viewer | null> {
  const hash = sha256(token);
  const cached = tokenCache.get(hash);
  if (cached && cached.until > Date.now()) return cached.viewer;
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.tokenHash, hash), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, name: apiTokens.name, savedQueriesOnly: apiTokens.savedQueriesOnly });
  const viewer: Viewer | null = row ? { kind: "token", id: row.id, name: `token:${row.name}`, role: "TOKEN", savedQueriesOnly: row.savedQueriesOnly } : null;
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
// Each failure is a row of sign_in_failures, so API processes sharing the database count them together;
// two failing at the same moment both insert, and both count. Times are the database's, not each
// process's clock.

const WINDOW = sql.raw(`interval '15 minutes'`);
export const THROTTLE_LIMITS = { user: 5, address: 20 } as const;
// user names and addresses are stored cut to this length (checkPassword reads only 100 characters)
const KEY_LENGTH = 100;
const userKey = (username: string) => username.slice(0, KEY_LENGTH).toLowerCase();
const addressKey = (address: string) => address.slice(0, KEY_LENGTH);

// Seconds to wait before another try, or 0: for each key at its limit, until the failure that keeps it
// there (the limit-th newest) leaves the window; the longer of the two.
export async function throttled(db: Db, username: string, address: string): Promise<number> {
  const limitTh = (column: typeof signInFailures.username | typeof signInFailures.address, key: string, limit: number) =>
    sql`(select ${signInFailures.at} from ${signInFailures} where ${column} = ${key} and ${signInFailures.at} > now() - ${WINDOW}
         order by ${signInFailures.at} desc offset ${limit - 1} limit 1)`;
  const [row] = await db.execute<{ wait: string | null }>(sql`select ceil(extract(epoch from greatest(
      ${limitTh(signInFailures.username, userKey(username), THROTTLE_LIMITS.user)},
      ${limitTh(signInFailures.address, addressKey(address), THROTTLE_LIMITS.address)}) + ${WINDOW} - now())) as wait`);
  return row?.wait == null ? 0 : Math.max(1, Number(row.wait));
}

// Also deletes the rows that have left the window, everyone's (an index on the time finds them): user
// names and addresses are personal data, kept no longer than the throttle needs them.
export async function recordFailure(db: Db, username: string, address: string): Promise<void> {
  await db.insert(signInFailures).values({ username: userKey(username), address: addressKey(address) });
  await db.delete(signInFailures).where(lt(signInFailures.at, sql`now() - ${WINDOW}`));
}

// A successful sign-in forgets the user name's failures (not the address's), and everyone's past the
// window: user names and addresses are personal data, kept no longer than the throttle needs them.
export async function clearFailures(db: Db, username: string): Promise<void> {
  await db.delete(signInFailures).where(or(eq(signInFailures.username, userKey(username)), lt(signInFailures.at, sql`now() - ${WINDOW}`)));
}

