// The first admin: on a start with no users at all, from DAIBIAO_ADMIN_PASSWORD, or else with a
// random password printed once.
import { randomBytes } from "node:crypto";
import { hashPassword, users, type Db } from "@daibiao/db";

export async function ensureFirstAdmin(db: Db, log: (msg: string) => void = console.log): Promise<void> {
  const any = await db.select({ id: users.id }).from(users).limit(1);
  if (any.length) return;
  const given = process.env.DAIBIAO_ADMIN_PASSWORD;
  if (given !== undefined && given.length < 10) throw new Error("DAIBIAO_ADMIN_PASSWORD must be at least 10 characters");
  const password = given ?? randomBytes(12).toString("base64url");
  await db.insert(users).values({ username: "admin", displayName: "管理员", role: "admin", passwordHash: await hashPassword(password) });
  if (given) log('created the first admin "admin" with the password from DAIBIAO_ADMIN_PASSWORD');
  else log(`created the first admin: user "admin", password "${password}" (shown only now; change it in the console)`);
}
