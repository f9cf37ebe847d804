// For load balancers: /health says the process is alive and serving (200 while it answers at all);
// /ready says it can do its work: the database answers a `select` within READY_TIMEOUT_MS and the
// last migration of drizzle/ is applied. Otherwise 503 with the reason, and from SIGTERM on.
import type express from "express";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { migrationsFolder, type Sql } from "@daibiao/db";
import { isDatabaseUnavailable, isStopping } from "./availability.js";

export const READY_TIMEOUT_MS = 2000;

// drizzle's migrator records each migration by the journal's `when` (created_at) and its hash; a
// database is current when its newest record is at least the journal's last migration.
let expectedMillis: number | undefined;
function lastMigrationMillis(): number {
  return (expectedMillis ??= readMigrationFiles({ migrationsFolder }).at(-1)?.folderMillis ?? 0);
}

type Readiness = { ready: true } | { ready: false; reason: string };

export async function readiness(sql: Sql, timeoutMs = READY_TIMEOUT_MS): Promise<Readiness> {
  if (isStopping()) return { ready: false, reason: "the server is shutting down" };
  const expected = lastMigrationMillis();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), timeoutMs)));
  try {
    const answer = await Promise.race([
      sql<{ createdAt: string | null }[]>`select (select max(created_at)::text from drizzle.__drizzle_migrations) as "createdAt"`.then(
        (rows) => rows[0]!,
        (e: unknown) => ({ error: e }),
      ),
      late,
    ]);
    if (answer === "late") return { ready: false, reason: `the database did not answer within ${timeoutMs} ms` };
    if ("error" in answer) {
      const e = answer.error as { code?: string };
      // no migrations table: nothing was ever applied
      if (e?.code === "42P01") return { ready: false, reason: "the migrations are not applied" };
      if (e?.code === "POOL_TIMEOUT") return { ready: false, reason: "every database connection is busy" };
      return { ready: false, reason: isDatabaseUnavailable(e) ? "the database is not reachable" : "the database check failed" };
    }
    if (answer.createdAt === null || Number(answer.createdAt) < expected) {
      return { ready: false, reason: "the migrations are not applied" };
    }
    return { ready: true };
  } finally {
    clearTimeout(timer);
  }
}

export function installHealth(app: express.Express, sql: Sql): void {
  app.get("/health", (_req, res) => void res.set("cache-control", "no-store").json({ ok: true }));
  app.get("/ready", async (_req, res) => {
    const r = await readiness(sql);
    res.set("cache-control", "no-store").status(r.ready ? 200 : 503).json(r);
  });
}
