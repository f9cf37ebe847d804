export * from "./schema.js";
export { connect, type Db, type Sql, type DbOptions } from "./client.js";
export { migrate, migrationsFolder } from "./migrate.js";
export { startEmbedded, dataDir, freePort, piiSecret, repoRoot, type EmbeddedServer } from "./embedded.js";
export * from "./pii.js";
export { hashPassword, verifyPassword } from "./passwords.js";
