// Database constraint violations become client errors naming the field, never INTERNAL_SERVER_ERROR.
// The database enforces what the API validates; this is the safety net for what slips through.
import * as schema from "@daibiao/db";
import { getTableColumns, getTableName, is } from "drizzle-orm";
import { getTableConfig, PgTable, type PgColumn } from "drizzle-orm/pg-core";
import { GraphQLError } from "graphql";
import { badInput, conflict, ErrorCode } from "./errors.js";

type ConstraintInfo = { table: string; fields: string[]; kind: "unique" | "check" | "fk"; refTable?: string };
const constraints = new Map<string, ConstraintInfo>();
const fieldByColumn = new Map<string, string>();
export const typeByTable = new Map<string, string>();

// station_deputies → StationDeputy, activities → Activity, opinions → Opinion
const typeName = (table: string) =>
  table.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase()).replace(/ies$/, "y").replace(/s$/, "");

// Checks over several columns, reported on the field a user would correct.
const checkFallback: Record<string, string> = {
  districts_township_has_parent: "parentId",
  deputies_id_card_complete: "idCard",
  deputy_mandates_dates_order: "endDate",
  trainings_dates_order: "endDate",
  stations_parent_only_for_rooms: "parentId",
  stations_not_own_parent: "parentId",
  station_deputies_dates_order: "toDate",
  proposal_assignments_due_order: "dueAt",
  proposal_assignments_answer_order: "answeredAt",
  proposals_fund_only_special: "fundAmount",
};

for (const t of Object.values(schema)) {
  if (!is(t, PgTable)) continue;
  const table = getTableName(t);
  typeByTable.set(table, typeName(table));
  const cols = getTableColumns(t) as Record<string, PgColumn>;
  const keyOf = (c: PgColumn) => Object.entries(cols).find(([, x]) => x.name === c.name)?.[0] ?? c.name;
  for (const [k, c] of Object.entries(cols)) fieldByColumn.set(`${table}.${c.name}`, k);
  const cfg = getTableConfig(t);
  for (const u of cfg.uniqueConstraints) constraints.set(u.name!, { table, kind: "unique", fields: u.columns.map(keyOf) });
  for (const c of cfg.checks) {
    const rest = c.name.slice(table.length + 1);
    // Check names are "<table>_<column>_<what>"; the longest column prefix names the field.
    const hit = Object.entries(cols)
      .filter(([, col]) => rest.startsWith(col.name))
      .sort((a, b) => b[1].name.length - a[1].name.length)[0];
    constraints.set(c.name, { table, kind: "check", fields: [hit ? hit[0] : checkFallback[c.name] ?? rest] });
  }
  for (const fk of cfg.foreignKeys) {
    const ref = fk.reference();
    constraints.set(fk.getName(), { table, kind: "fk", fields: ref.columns.map(keyOf), refTable: getTableName(ref.foreignTable) });
  }
}


const uniqueFieldAlias: Record<string, string> = { idCardHash: "idCard" };

type PgErr = { code?: string; constraint_name?: string; column_name?: string; table_name?: string; detail?: string };

export function pgError(e: unknown): PgErr | undefined {
  for (let x = e as { cause?: unknown } | undefined; x; x = x.cause as { cause?: unknown } | undefined) {
    const c = (x as PgErr).code;
    if (typeof c === "string" && /^[0-9A-Z]{5}$/.test(c) && "severity" in (x as object)) return x as PgErr;
  }
  return undefined;
}

export type ReferencedBy = { type: string; field: string; table: string; column: string };

// Translate a PostgreSQL error into a client error; `prefix` is the input path ("input").
// Returns undefined for errors that are not the client's doing.
export function fromPgError(e: unknown, prefix = "input"): GraphQLError | { referencedBy: ReferencedBy } | undefined {
  // postgres.js refuses, before sending, a statement of more than 65,534 parameters: a request that
  // carries tens of thousands of values (a filter's `in` list) and answered "Internal server error"
  for (let x = e as { code?: unknown; cause?: unknown } | undefined; x; x = x.cause as typeof x) {
    if (x.code === "MAX_PARAMETERS_EXCEEDED") return tooMany();
  }
  const err = pgError(e);
  if (!err) return undefined;
  const info = err.constraint_name ? constraints.get(err.constraint_name) : undefined;
  const at = (f: string) => (prefix ? `${prefix}.${f}` : f);
  switch (err.code) {
    case "23505": {
      const fields = (info?.fields ?? ["id"]).map((f) => uniqueFieldAlias[f] ?? f);
      return conflict(`Another ${typeByTable.get(info?.table ?? "") ?? "record"} already has this ${fields.join(" + ")}`, {
        field: at(fields[fields.length - 1]!),
        fields: fields.map((f) => ({ field: at(f), message: "is already taken" })),
      });
    }
    // 23001: ON DELETE RESTRICT; 23503: any other foreign-key violation
    case "23001":
    case "23503": {
      if (info && err.table_name === info.table && /is not present/.test(err.detail ?? "")) {
        const field = info.fields[0]!;
        return badInput([{ field: at(field), message: `refers to a ${typeByTable.get(info.refTable!)} that does not exist` }]);
      }
      if (info) {
        const column = getTableConfigColumn(info);
        return { referencedBy: { type: typeByTable.get(info.table)!, field: info.fields[0]!, table: info.table, column } };
      }
      return conflict("The record is still referenced by other records");
    }
    case "23514":
    case "23P01":
      return badInput([{ field: at(info?.fields[0] ?? "input"), message: "is not allowed here (violates a rule of the record)" }]);
    case "23502": {
      const f = fieldByColumn.get(`${err.table_name}.${err.column_name}`) ?? err.column_name ?? "input";
      return badInput([{ field: at(f), message: "must not be empty" }]);
    }
    case "22001":
    case "22003":
    case "22007":
    case "22008":
    case "22P02":
    case "22023":
      return badInput([{ field: prefix || "input", message: "has a value out of range or of the wrong form" }]);
    case "40001":
    case "40P01":
      return conflict("Another change to the same records happened at the same time; try again");
    // a statement nested past the server's stack
    case "54001":
      return tooMany();
    case "57014":
      return new GraphQLError("The request took too long and was cancelled", { extensions: { code: ErrorCode.TIMEOUT } });
  }
  return undefined;
}

function tooMany(): GraphQLError {
  return new GraphQLError("The request carries more values than one database statement can take; ask with fewer", { extensions: { code: "QUERY_TOO_COMPLEX" } });
}

function getTableConfigColumn(info: ConstraintInfo): string {
  for (const t of Object.values(schema)) {
    if (is(t, PgTable) && getTableName(t) === info.table) {
      return ((getTableColumns(t) as Record<string, PgColumn>)[info.fields[0]!])!.name;
    }
  }
  return info.fields[0]!;
}
