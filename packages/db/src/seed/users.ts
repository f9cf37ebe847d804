// One user of each role with the demo passwords documented in the README; only with the demo data.
import { sql } from "drizzle-orm";
import { hashPassword } from "../passwords.js";
import { users } from "../schema.js";
import type { Tx } from "./db.js";

export const DEMO_USERS = [
  { username: "demo-admin", displayName: "演示管理员", role: "admin", password: "daibiao-admin" },
  { username: "demo-editor", displayName: "演示编辑", role: "editor", password: "daibiao-editor" },
  { username: "demo-viewer", displayName: "演示查看", role: "viewer", password: "daibiao-viewer" },
] as const;

export async function seedUsers(tx: Tx): Promise<void> {
  for (const u of DEMO_USERS) {
    const passwordHash = await hashPassword(u.password);
    await tx
      .insert(users)
      .values({ username: u.username, displayName: u.displayName, role: u.role, passwordHash })
      .onConflictDoUpdate({ target: users.username, set: { role: u.role, passwordHash, active: true, updatedAt: sql`now()` } });
  }
}
