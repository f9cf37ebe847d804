import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema.js";

export type Db = PostgresJsDatabase<typeof schema>;
export type Sql = postgres.Sql;

export type DbOptions = {
  // Cancels any statement that runs longer, so one heavy request cannot hold a connection forever.
  statementTimeoutMs?: number;
  max?: number;
  // Called with each SQL text; used by tests that count statements. Never logs parameters.
  onQuery?: (sql: string) => void;
};

export function connect(url: string, options: DbOptions = {}): { db: Db; sql: Sql } {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // No array types are exchanged (id lists go as '{1,2}' literals): skip the type lookup per connection.
    fetch_types: false,
    connection: {
      application_name: "daibiao",
      statement_timeout: options.statementTimeoutMs ?? 30_000,
      // "today" (deadlines, overdue) is Beijing's day, whatever the server's own zone
      TimeZone: process.env.DAIBIAO_TIMEZONE ?? "Asia/Shanghai",
    },
    // Dates stay "YYYY-MM-DD" strings: a calendar date has no time zone.
    // Counts what really goes to the server; parameters are never passed on.
    debug: options.onQuery ? (_conn: number, query: string) => options.onQuery!(query) : undefined,
  });
  const db = drizzle(sql, { schema });
  return { db, sql };
}
