// Writing: create, partial update (with the version the client read), delete and bulk delete, each
// in one transaction together with the child rows the input carries. Nothing is written on error.
import { eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { GraphQLError } from "graphql";
import type { Db } from "@daibiao/db";
import type { Context } from "../context.js";
import { badInput, conflict, notFound, parseId, type FieldError } from "./errors.js";
import { fromPgError, pgError, typeByTable, type ReferencedBy } from "./pgerrors.js";
import { run, type Row } from "./loaders.js";
import { MAX_PAGE, type TableSpec } from "./resource.js";
import { writeAudit, type AuditEntry } from "../audit-logs/audit.js";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Input = Record<string, unknown>;

// Child rows written through their parent's input: a list replaces the set (items with an id are
// updated, items without are added, rows left out are removed).
export type ChildConfig = {
  key: string;
  table: PgTable;
  via: PgColumn;
  // Match items to rows by this column instead of by id (e.g. cosigner deputy ids).
  matchBy?: string;
  // Turn a bare id list into items ({ deputyId: id }).
  fromIds?: string;
  // `parent`: the parent's row as written (e.g. a default taken from the parent's date)
  toRow: (ctx: Context, item: Input, path: string, parent: Row) => Row;
  check?: (row: Row, path: string) => FieldError[];
};

export type WriteConfig = {
  spec: TableSpec;
  // Column values from the input: only the keys present in it (a partial update keeps the rest).
  toRow: (ctx: Context, input: Input, existing?: Row) => Row | Promise<Row>;
  // Rules over the whole record after the change (dates in order, flags and their details, …).
  check?: (merged: Row) => FieldError[];
  children?: ChildConfig[];
  // Runs inside the transaction after the row is written (e.g. history rows, which name who wrote them).
  after?: (tx: Tx, row: Row, before: Row | undefined, ctx: Context) => Promise<void>;
  // A rule over the whole table, checked inside the transaction after an update or a delete (e.g. an
  // active admin must remain); it throws to undo the change. `field`: what the caller changed.
  remains?: (tx: Tx, field: string) => Promise<void>;
  // Runs first in every update and delete transaction, before any row is locked: a lock that makes
  // such changes wait for one another, so that `remains` counts what the previous one committed.
  serialize?: (tx: Tx) => Promise<void>;
};

const hasVersion = (t: PgTable) => "version" in getTableColumns(t);
const hasUpdatedAt = (t: PgTable) => "updatedAt" in getTableColumns(t);

async function guard<T>(fn: () => Promise<T>, onReferenced?: (r: ReferencedBy) => Promise<GraphQLError>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof GraphQLError) throw e;
    const mapped = fromPgError(e);
    if (mapped instanceof GraphQLError) throw mapped;
    if (mapped && onReferenced) throw await onReferenced(mapped.referencedBy);
    if (mapped) throw conflict("The record is still referenced by other records");
    throw e;
  }
}

function fail(errors: FieldError[]) {
  if (errors.length) throw badInput(errors);
}

async function syncChildren(ctx: Context, tx: Tx, cfg: WriteConfig, parent: Row, input: Input, audit: AuditEntry[]) {
  const parentId = parent.id as number;
  for (const child of cfg.children ?? []) {
    let items = input[child.key] as Input[] | unknown[] | undefined | null;
    if (items === undefined || items === null) continue;
    if (child.fromIds) {
      items = (items as unknown[]).map((v, i) => ({ [child.fromIds!]: parseId(v, `input.${child.key}.${i}`) }));
    }
    const list = items as Input[];
    const existing = (await tx.select().from(child.table).where(eq(child.via, parentId))) as Row[];
    const matchKey = child.matchBy ?? "id";
    const byKey = new Map(existing.map((r) => [String(r[matchKey]), r]));
    const keep = new Set<string>();
    const errors: FieldError[] = [];
    const inserts: Row[] = [];
    const updates: [number, Row][] = [];
    list.forEach((item, i) => {
      const path = `input.${child.key}.${i}`;
      const row = child.toRow(ctx, item, path, parent);
      errors.push(...(child.check?.(row, path) ?? []));
      const k = child.matchBy ? String(row[child.matchBy]) : item.id != null ? String(parseId(item.id, `${path}.id`)) : undefined;
      if (k !== undefined && keep.has(k)) errors.push({ field: `${path}.${matchKey}`, message: "is given twice" });
      if (k !== undefined && byKey.has(k)) {
        keep.add(k);
        updates.push([byKey.get(k)!.id as number, row]);
      } else if (!child.matchBy && k !== undefined) {
        errors.push({ field: `${path}.id`, message: `is not a ${typeByTable.get(tableName(child.table))} of this record` });
      } else {
        if (k !== undefined) keep.add(k);
        inserts.push({ ...row, [keyOfColumn(child.table, child.via)]: parentId });
      }
    });
    fail(errors);
    const type = typeByTable.get(tableName(child.table))!;
    const idCol = (getTableColumns(child.table) as Record<string, PgColumn>).id!;
    const gone = existing.filter((r) => !keep.has(String(r[matchKey])));
    if (gone.length) {
      await tx.delete(child.table).where(inArray(idCol, gone.map((r) => r.id as number)));
      for (const r of gone) audit.push({ operation: "delete", recordType: type, recordId: r.id as number, before: r });
    }
    for (const [id, row] of updates) {
      if (!Object.keys(row).length) continue;
      const before = existing.find((r) => r.id === id)!;
      const [after] = (await tx.update(child.table).set(row).where(eq(idCol, id)).returning()) as Row[];
      if (changed(before, after!)) audit.push({ operation: "update", recordType: type, recordId: id, before, after });
    }
    if (inserts.length) {
      const added = (await tx
        .insert(child.table)
        .values(inserts as never)
        .returning()
        .catch((e: unknown) => {
          throw childError(e, child, inserts) ?? e;
        })) as Row[];
      for (const r of added) audit.push({ operation: "create", recordType: type, recordId: r.id as number, after: r });
    }
  }
}

// A constraint broken by one of several child rows: name the row (input.mandates.2.districtId).
function childError(e: unknown, child: ChildConfig, rows: Row[]): GraphQLError | undefined {
  const err = pgError(e) as { code?: string; column_name?: string; detail?: string } | undefined;
  if (!err) return undefined;
  const columns = getTableColumns(child.table) as Record<string, PgColumn>;
  const keyOf = (name: string) => Object.entries(columns).find(([, c]) => c.name === name)?.[0];
  let field: string | undefined;
  let index = -1;
  if (err.code === "23502" && err.column_name) {
    field = keyOf(err.column_name);
    index = rows.findIndex((r) => field !== undefined && r[field] == null);
  } else if (err.code === "23503") {
    // detail: Key (district_id)=(999) is not present in table "districts".
    const m = /Key \(([a-z_]+)\)=\(([0-9]+)\) is not present/.exec(err.detail ?? "");
    field = m ? keyOf(m[1]!) : undefined;
    index = rows.findIndex((r) => field !== undefined && String(r[field]) === m?.[2]);
  }
  if (!field || index < 0) return undefined;
  const path = `input.${child.key}.${index}.${field}`;
  return badInput([{ field: path, message: err.code === "23502" ? "must not be empty" : "refers to a record that does not exist" }]);
}

const changed = (a: Row, b: Row) =>
  Object.keys(b).some((k) => k !== "updatedAt" && k !== "version" && JSON.stringify(a[k]) !== JSON.stringify(b[k]));

const tableName = (t: PgTable) => (t as unknown as Record<symbol, string>)[Symbol.for("drizzle:Name")]!;

function keyOfColumn(table: PgTable, column: PgColumn): string {
  return Object.entries(getTableColumns(table) as Record<string, PgColumn>).find(([, c]) => c === column)![0];
}

export async function createRecord(ctx: Context, cfg: WriteConfig, input: Input): Promise<Row> {
  const row = await cfg.toRow(ctx, input);
  fail(cfg.check?.(row) ?? []);
  return guard(() =>
    ctx.db.transaction(async (tx) => {
      const [created] = (await tx.insert(cfg.spec.table).values(row as never).returning()) as Row[];
      const audit: AuditEntry[] = [{ operation: "create", recordType: cfg.spec.name, recordId: created!.id as number, after: created }];
      await syncChildren(ctx, tx, cfg, created!, input, audit);
      await cfg.after?.(tx, created!, undefined, ctx);
      await writeAudit(tx, ctx, audit);
      return created!;
    }),
  );
}

export async function updateRecord(ctx: Context, cfg: WriteConfig, id: number, input: Input): Promise<Row> {
  const { table } = cfg.spec;
  const idCol = cfg.spec.id;
  return guard(() =>
    ctx.db.transaction(async (tx) => {
      await cfg.serialize?.(tx);
      const [before] = (await tx.select().from(table).where(eq(idCol, id)).for("update")) as Row[];
      if (!before) throw notFound(cfg.spec.name, id);
      const expected = input.version as number | undefined | null;
      if (expected != null && hasVersion(table) && before.version !== expected) {
        throw conflict(`${cfg.spec.name} ${id} was changed by someone else (version ${before.version}, yours ${expected}); reload it`, {
          field: "input.version",
          currentVersion: before.version,
        });
      }
      const patch = await cfg.toRow(ctx, input, before);
      fail(cfg.check?.({ ...before, ...patch }) ?? []);
      const set: Row = { ...patch };
      if (hasVersion(table)) set.version = sql`${(getTableColumns(table) as Record<string, PgColumn>).version} + 1`;
      if (hasUpdatedAt(table)) set.updatedAt = sql`now()`;
      const [after] = (await tx.update(table).set(set as never).where(eq(idCol, id)).returning()) as Row[];
      const audit: AuditEntry[] = [{ operation: "update", recordType: cfg.spec.name, recordId: id, before, after }];
      await syncChildren(ctx, tx, cfg, after!, input, audit);
      await cfg.after?.(tx, after!, before, ctx);
      await cfg.remains?.(tx, "input");
      await writeAudit(tx, ctx, audit);
      return after!;
    }),
  );
}

async function referencedConflict(ctx: Context, spec: TableSpec, ids: number[], r: ReferencedBy): Promise<GraphQLError> {
  const [{ n }] = (await run(
    ctx,
    sql`select count(*)::int as n from ${sql.identifier(r.table)} where ${sql.identifier(r.column)} in (${sql.join(
      ids.map((i) => sql`${i}`),
      sql`, `,
    )})`,
  )) as [{ n: number }];
  const what = ids.length === 1 ? `${spec.name} ${ids[0]}` : `One of these ${spec.name} records`;
  return conflict(`${what} is still referenced by ${n} ${r.type} record(s) (${r.field}); remove or change those first`, {
    referencedBy: [{ type: r.type, field: r.field, count: n }],
  });
}

// At most a page of records in one bulk delete: 70,000 ids went past PostgreSQL's 65,535 parameters
// (in the delete, and in the audit rows well before) and answered "Internal server error".
export const MAX_DELETE = MAX_PAGE;

export async function deleteRecords(ctx: Context, cfg: WriteConfig, ids: number[]): Promise<Row[]> {
  const { table } = cfg.spec;
  if (ids.length === 0) return [];
  if (ids.length > MAX_DELETE) throw badInput([{ field: "ids", message: `at most ${MAX_DELETE} at once (${ids.length} given)` }]);
  return guard(
    () =>
      ctx.db.transaction(async (tx) => {
        await cfg.serialize?.(tx);
        const rows = (await tx.delete(table).where(inArray(cfg.spec.id, ids)).returning()) as Row[];
        const found = new Set(rows.map((r) => r.id as number));
        const missing = ids.filter((i) => !found.has(i));
        if (missing.length) throw notFound(cfg.spec.name, missing.join(", "));
        await cfg.remains?.(tx, ids.length === 1 ? "id" : "ids");
        await writeAudit(
          tx,
          ctx,
          rows.map((r) => ({ operation: "delete", recordType: cfg.spec.name, recordId: r.id as number, before: r })),
        );
        const byId = new Map(rows.map((r) => [r.id as number, r]));
        return ids.map((i) => byId.get(i)!);
      }),
    (r) => referencedConflict(ctx, cfg.spec, ids, r),
  );
}

