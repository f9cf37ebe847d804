// Bulk writing for the seed: multi-row inserts in chunks, and emptying every table of the schema.
import { getTableColumns, getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../client.js";
import * as schema from "../schema.js";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const CHUNK = 1000;

export function schemaTables(): PgTable[] {
  return (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .sort((a, b) => getTableName(a).localeCompare(getTableName(b)));
}

// Kept when the demo data is (re)loaded: who may sign in, and the record of what was done.
const KEPT = new Set(["users", "sessions", "api_tokens", "audit_logs", "settings"]);

// Every other table of schema.ts, so a table added later is emptied too; identities restart at 1.
export async function truncateAll(tx: Tx): Promise<void> {
  const names = schemaTables()
    .filter((t) => !KEPT.has(getTableName(t)))
    .map((t) => sql.identifier(getTableName(t)));
  await tx.execute(sql`truncate table ${sql.join(names, sql`, `)} restart identity cascade`);
}

// A chunk of rows becomes one INSERT … SELECT from json_populate_recordset: one bind parameter per
// statement, and PostgreSQL converts each value with the column's own type (enums, dates, numerics).
// Drizzle's `insert().values()` builds the same multi-row insert but spends ~125 µs per row doing so
// (2.3 s for the 18,000 mandates on this machine), which alone would break the seed's time budget.
// Rows are still typed by the schema (`$inferInsert`); columns no row sets keep their SQL default.
function insertChunk<T extends PgTable>(table: T, typedRows: T["$inferInsert"][], returning: boolean) {
  const rows = typedRows as Record<string, unknown>[];
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => rows.some((r) => r[key] !== undefined));
  for (const [key, column] of columns) {
    // A NOT NULL column with a default must be set in every row or in none: null would not mean "default".
    if (column.notNull && column.hasDefault && rows.some((r) => r[key] === undefined)) {
      throw new Error(`${getTableName(table)}.${column.name} is set in some rows only`);
    }
  }
  const json = JSON.stringify(rows.map((r) => Object.fromEntries(columns.map(([key, column]) => [column.name, r[key] ?? null]))));
  const names = sql.join(columns.map(([, column]) => sql.identifier(column.name)), sql`, `);
  // WITH ORDINALITY … ORDER BY: rows are inserted (and identities drawn) in the order of `rows`.
  return sql`insert into ${table} (${names})
    select ${names} from json_populate_recordset(null::${table}, ${json}::json) with ordinality as r
    order by r.ordinality${returning ? sql` returning id` : sql``}`;
}

export async function insertRows<T extends PgTable>(tx: Tx, table: T, rows: T["$inferInsert"][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.execute(insertChunk(table, rows.slice(i, i + CHUNK), false));
}

// Ids of the inserted rows, in the order of `rows`.
export async function insertReturningIds<T extends PgTable & { id: unknown }>(
  tx: Tx,
  table: T,
  rows: T["$inferInsert"][],
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const got = await tx.execute<{ id: number }>(insertChunk(table, chunk, true));
    if (got.length !== chunk.length) throw new Error(`insert into ${getTableName(table)} returned ${got.length} of ${chunk.length} rows`);
    for (const row of got) ids.push(row.id);
  }
  return ids;
}
