import { fileURLToPath } from "node:url";
import { migrate as drizzleMigrate } from "drizzle-orm/postgres-js/migrator";
import type { Db } from "./client.js";

// drizzle/ sits at the repository root, three levels above both src/ and dist/.
export const migrationsFolder = fileURLToPath(new URL("../../../drizzle", import.meta.url));

export async function migrate(db: Db): Promise<void> {
  await drizzleMigrate(db, { migrationsFolder });
}
