// One PostgreSQL for the whole run: DATABASE_URL when given (CI runs the suite again on Debian's
// PostgreSQL 15), else a throwaway embedded server. Two template databases are prepared once —
// migrated, and migrated + demo data — and every test gets its own copy of one of them.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { connect, migrate, piiKey, startEmbedded, type EmbeddedServer } from "../packages/db/src/index.js";
import { seedDemo } from "../packages/db/src/seed/index.js";
import { TEST_SECRET } from "./secret.js";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | undefined;
  let dir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dir = mkdtempSync(path.join("/tmp", "daibiao-test-"));
    chmodSync(dir, 0o755); // as root, the server runs as user postgres
    embedded = await startEmbedded(path.join(dir, "pg"), "postgres_ignored");
    adminUrl = embedded.adminUrl;
  }
  const admin = connect(adminUrl, { max: 1 });
  for (const name of ["daibiao_tpl", "daibiao_demo_tpl"]) {
    await admin.sql.unsafe(`drop database if exists ${name} with (force)`);
    await admin.sql.unsafe(`create database ${name}`);
    const target = connect(withDatabase(adminUrl, name), { max: 1 });
    await migrate(target.db);
    if (name === "daibiao_demo_tpl") await seedDemo(target.db, piiKey(TEST_SECRET));
    await addTestUsers(target.sql);
    await target.sql.end();
  }
  await admin.sql.end();
  project.provide("adminUrl", adminUrl);
  return async () => {
    await embedded?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}

// One user of each role and an API token, known to the harness by name (the password hash is a
// placeholder: tests that sign in make their own users).
async function addTestUsers(sql: ReturnType<typeof connect>["sql"]) {
  for (const role of ["admin", "editor", "viewer"]) {
    await sql`insert into users (username, role, password_hash) values (${`test-${role}`}, ${role}, 'x')`;
  }
  await sql`insert into api_tokens (name, token_hash, prefix) values ('test-token', 'x', 'x')`;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
