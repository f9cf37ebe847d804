import { fileURLToPath } from "node:url";
import { migrate as drizzleMigrate } from "drizzle-orm/postgres-js/migrator";
import { sql } from "drizzle-orm";
import type { Db } from "./client.js";

// drizzle/ sits at the repository root, three levels above both src/ and dist/.
export const migrationsFolder = fileURLToPath(new URL("../../../drizzle", import.meta.url));

export async function migrate(db: Db): Promise<void> {
  await drizzleMigrate(db, { migrationsFolder });
  // audit_logs is partitioned by year (drizzle/0011): this year's and next year's partitions, made in
  // advance at every start (a row outside them waits in the DEFAULT partition until then)
  await db.execute(sql`select audit_logs_ensure_years()`);
}
