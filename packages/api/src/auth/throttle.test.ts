// The sign-in throttle's rules, on the table it keeps in PostgreSQL: per user name (5) and per address
// (20) in a window of 15 minutes, the wait until the failure that holds the limit leaves the window,
// old rows deleted, a success forgetting the user name's failures. (test/api/throttle.test.ts runs
// it across two server processes.)
import { hashPassword } from "@daibiao/db";
import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";
import { clearFailures, recordFailure, throttled } from "./auth.sessions.js";

const t = useTestDb();

// failures of `minutesAgo`, written straight into the table
async function failedAgo(username: string, address: string, ...minutesAgo: number[]) {
  for (const m of minutesAgo) {
    await t().sql`insert into sign_in_failures (at, username, address) values (now() - make_interval(secs => ${m * 60}), ${username}, ${address})`;
  }
}

it("refuses a user name after 5 failures in 15 minutes, from any address, whatever its case", async () => {
  for (let i = 0; i < 4; i++) await recordFailure(t().db, "Zhang", `10.0.0.${i}`);
  expect(await throttled(t().db, "zhang", "10.0.1.1")).toBe(0);
  await recordFailure(t().db, "ZHANG", "10.0.0.9");
  const wait = await throttled(t().db, "zhang", "10.0.1.1");
  expect(wait).toBeGreaterThan(14 * 60);
  expect(wait).toBeLessThanOrEqual(15 * 60);
  expect(await throttled(t().db, "li", "10.0.1.1")).toBe(0);
});

it("refuses an address after 20 failures, whatever the user names", async () => {
  await failedAgo("someone", "192.0.2.7", ...Array.from({ length: 19 }, (_, i) => i / 2));
  expect(await throttled(t().db, "anyone", "192.0.2.7")).toBe(0);
  await recordFailure(t().db, "anyone-else", "192.0.2.7");
  expect(await throttled(t().db, "anyone", "192.0.2.7")).toBeGreaterThan(0);
  expect(await throttled(t().db, "anyone", "192.0.2.8")).toBe(0);
});

it("waits until the failure that holds the limit leaves the window, and forgets failures past it", async () => {
  // 6 failures: the oldest (14 min ago) leaves in 1 minute, but the 5 others keep the limit for 5 more
  await failedAgo("wang", "a", 14, 10, 10, 10, 10, 10);
  const wait = await throttled(t().db, "wang", "b");
  expect(wait).toBeGreaterThan(5 * 60 - 5);
  expect(wait).toBeLessThanOrEqual(5 * 60);
  // failures older than 15 minutes count for nothing, and the next failure deletes them
  await failedAgo("zhao", "c", 16, 17, 18, 19, 20, 30);
  expect(await throttled(t().db, "zhao", "c")).toBe(0);
  await recordFailure(t().db, "zhao", "c");
  const left = await t().sql`select username, extract(epoch from now() - at)::int as age from sign_in_failures order by username, at`;
  expect(left.map((r) => r.username)).toEqual([...Array(6).fill("wang"), "zhao"]);
  expect(Math.max(...left.map((r) => r.age as number))).toBeLessThan(15 * 60);
});

it("counts failures written at the same moment, each of them", async () => {
  await Promise.all(Array.from({ length: 12 }, (_, i) => recordFailure(t().db, "sun", `198.51.100.${i % 3}`)));
  const [{ n }] = await t().sql`select count(*)::int as n from sign_in_failures where username = 'sun'`;
  expect(n).toBe(12);
  expect(await throttled(t().db, "sun", "203.0.113.1")).toBeGreaterThan(0);
});

it("signs in after failures below the limit and forgets the user name's failures, not the address's", async () => {
  await t().sql`insert into users (username, role, password_hash) values ('zhou', 'viewer', ${await hashPassword("zhou-password")})`;
  const signIn = (password: string) => t().gql(`mutation ($p: String!) { signIn(username: "zhou", password: $p) { me { name } } }`, { p: password }, { as: null });
  for (let i = 0; i < 4; i++) expect((await signIn("wrong")).errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
  await failedAgo("long-ago", "192.0.2.1", 16);
  expect((await signIn("zhou-password")).data!.signIn.me.name).toBe("zhou");
  // zhou's failures are gone, and anyone's past the window
  const rows = await t().sql`select username, address from sign_in_failures`;
  expect(rows).toEqual([]);
  // the address keeps its count: failures of other user names from it are still there
  await failedAgo("other", "local", 1, 1);
  await clearFailures(t().db, "Zhou");
  const [{ n }] = await t().sql`select count(*)::int as n from sign_in_failures where address = 'local'`;
  expect(n).toBe(2);
  // the password is never stored
  for (let i = 0; i < 5; i++) await signIn("secret-attempt");
  const refused = await signIn("zhou-password");
  expect(refused.errors![0]!.extensions).toMatchObject({ code: "TOO_MANY_REQUESTS" });
  expect(JSON.stringify(await t().sql`select * from sign_in_failures`)).not.toContain("secret-attempt");
});
