// The import engine, one for every importable resource: read the first sheet of an .xlsx with
// exceljs, match its columns by their Chinese or English header, turn each cell into a value or a
// refusal, let the resource match the rows to what is stored (by ID-card number or a natural key, never
// by position) and tell each row NEW / CHANGED / UNCHANGED / REFUSED; with `commit`, write everything in
// one transaction (nothing when a row is refused), audited write by write and as one import.
import ExcelJS from "exceljs";
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { GraphQLError } from "graphql";
import type { Db } from "@daibiao/db";
import { maskForAudit, type AuditEntry } from "../audit-logs/audit.js";
import type { Context } from "../context.js";
import { fromPgError } from "../grammar/pgerrors.js";
import type { Tx } from "../grammar/mutate.js";
import { headerKey, parseCell, type Cell, type Column, type Refusal } from "./import.columns.js";

// The file, decoded: base64 of 3 MB fits the 5 MB JSON body of /graphql (http/body.ts) with room to
// spare; a 20,000-row deputies file is about 1.3 MB.
export const MAX_FILE_BYTES = 3 * 1024 * 1024;
export const MAX_ROWS = 50_000;
// What the file may unpack to (a 20,000-row deputies file unpacks to about 20 MB): a small zip that
// unpacks to gigabytes would take the server's memory before exceljs could say anything.
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

export type RowStatus = "NEW" | "CHANGED" | "UNCHANGED" | "REFUSED";

export type ImportRow = {
  row: number;
  // cells by column key, for the columns the file has; null for an empty cell
  values: Record<string, unknown>;
  refusals: Refusal[];
};

export type RowOutcome = { status: Exclude<RowStatus, "REFUSED">; changed: string[]; label: string };

export type Plan = {
  // one per row that was not refused; refusals the database found are added to the rows themselves
  outcomes: Map<number, RowOutcome>;
  // writes the plan inside the import's transaction, a fixed number of statements, and returns what to audit
  write: (tx: Tx) => Promise<AuditEntry[]>;
};

export type Importer = {
  resource: string;
  recordType: string;
  // the sheet's name in a template
  zh: string;
  columns: Column[];
  // rules across the cells of one row (dates in order, a mandate's level when it has a term, …)
  check?: (values: Record<string, unknown>, present: Set<string>) => { column: string; code: string; reason: string }[];
  // Matches the rows with stored records in a fixed number of statements; `lock`: inside the commit's
  // transaction, lock what it read so the plan still holds when it is written.
  plan: (ctx: Context, q: Db | Tx, rows: ImportRow[], present: Set<string>, lock: boolean) => Promise<Plan>;
};

export type ImportReport = {
  resource: string;
  fileName: string;
  committed: boolean;
  total: number;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  refusedCount: number;
  columns: string[];
  ignoredColumns: string[];
  rows: { row: number; status: RowStatus; label: string; changedColumns: string[]; refusals: Refusal[] }[];
  refusals: Refusal[];
};

function fileError(reason: string, message: string, code = "BAD_USER_INPUT", extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, reason, field: "file", fields: [{ field: "file", message }], ...extra } });
}

export function decodeFile(base64: string): Buffer {
  // the size told from the text before decoding it: 4 characters carry 3 bytes
  if (Math.floor((base64.length * 3) / 4) > MAX_FILE_BYTES + 3) {
    throw fileError("FILE_TOO_LARGE", `文件过大：最大 ${MAX_FILE_BYTES / 1024 / 1024} MB，请拆分后分批导入`, "PAYLOAD_TOO_LARGE", { maxBytes: MAX_FILE_BYTES });
  }
  if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(base64)) throw fileError("NOT_BASE64", "文件内容应为 base64 编码");
  const buf = Buffer.from(base64, "base64");
  if (buf.length > MAX_FILE_BYTES) {
    throw fileError("FILE_TOO_LARGE", `文件过大：最大 ${MAX_FILE_BYTES / 1024 / 1024} MB，请拆分后分批导入`, "PAYLOAD_TOO_LARGE", { maxBytes: MAX_FILE_BYTES });
  }
  return buf;
}

// The sizes the zip's central directory declares for its files, added up; Infinity when it cannot be
// read or uses ZIP64 (sizes past 4 GB). Read before exceljs unpacks anything.
export function unpackedSize(file: Buffer): number {
  const eocd = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > file.length) return Infinity;
  const entries = file.readUInt16LE(eocd + 10);
  let at = file.readUInt32LE(eocd + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== 0x02014b50) return Infinity;
    const size = file.readUInt32LE(at + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + file.readUInt16LE(at + 28) + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
  return total;
}

type CellValue = ExcelJS.CellValue;

// What a cell holds, or why it cannot be taken: formulas are refused (their value is whatever the last
// program that saved the file computed, or nothing), as are Excel's error values.
function cellOf(v: CellValue): Cell | { code: string } {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) return { code: "FORMULA" };
    if ("error" in v) return { code: "CELL_ERROR" };
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v) return typeof v.text === "string" ? v.text : (v.text as { richText: { text: string }[] }).richText.map((r) => r.text).join("");
  }
  return String(v);
}

export async function readSheet(imp: Importer, file: Buffer) {
  const magic = file.subarray(0, 4).toString("hex");
  if (magic === "d0cf11e0") throw fileError("OLD_XLS", "不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再导入");
  if (magic !== "504b0304") throw fileError("NOT_SPREADSHEET", "文件不是 Excel 电子表格（.xlsx）");
  const unpacked = unpackedSize(file);
  if (unpacked === Infinity) throw fileError("NOT_SPREADSHEET", "文件不是 Excel 电子表格（.xlsx），或已损坏");
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw fileError("FILE_TOO_LARGE", `文件解压后过大（超过 ${MAX_UNPACKED_BYTES / 1024 / 1024} MB），请拆分后分批导入`, "PAYLOAD_TOO_LARGE", { maxUnpackedBytes: MAX_UNPACKED_BYTES });
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw fileError("NOT_SPREADSHEET", "文件不是 Excel 电子表格（.xlsx），或已损坏");
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.actualRowCount < 1) throw fileError("EMPTY", "表格是空的：第一个工作表应有表头行");
  if (ws.rowCount > MAX_ROWS + 1) throw fileError("TOO_MANY_ROWS", `行数过多：一次最多导入 ${MAX_ROWS} 行`, "BAD_USER_INPUT", { maxRows: MAX_ROWS });

  const byHeader = new Map<string, Column>();
  for (const c of imp.columns) {
    byHeader.set(headerKey(c.zh), c);
    byHeader.set(headerKey(c.en), c);
  }
  const at = new Map<number, Column>();
  const ignored: string[] = [];
  const seen = new Set<string>();
  ws.getRow(1).eachCell({ includeEmpty: false }, (cell, col) => {
    const text = String(cellOf(cell.value) ?? "").trim();
    if (!text) return;
    const c = byHeader.get(headerKey(text));
    if (!c) return void ignored.push(text);
    if (seen.has(c.key)) throw fileError("DUPLICATE_COLUMN", `“${c.zh}”列出现了两次`);
    seen.add(c.key);
    at.set(col, c);
  });
  const missing = imp.columns.filter((c) => c.required && !seen.has(c.key));
  if (missing.length) throw fileError("MISSING_COLUMNS", `缺少必填列：${missing.map((c) => c.zh).join("、")}（请使用导入模板）`);

  const rows: ImportRow[] = [];
  ws.eachRow({ includeEmpty: false }, (r, n) => {
    if (n === 1) return;
    const values: Record<string, unknown> = {};
    const refusals: Refusal[] = [];
    let any = false;
    for (const [col, c] of at) {
      const raw = cellOf(r.getCell(col).value);
      if (raw !== null && typeof raw === "object" && !(raw instanceof Date)) {
        any = true;
        refusals.push({
          row: n,
          column: c.zh,
          code: raw.code,
          reason: raw.code === "FORMULA" ? `${c.zh}是公式，请复制后“粘贴为数值”再导入` : `${c.zh}是错误值（如 #N/A）`,
        });
        continue;
      }
      if (raw !== null && !(typeof raw === "string" && raw.trim() === "")) any = true;
      const p = parseCell(c, raw);
      if ("value" in p) values[c.key] = p.value;
      else refusals.push({ row: n, column: c.zh, code: p.code, reason: p.reason });
    }
    if (!any) return;
    if (!refusals.length) {
      for (const e of imp.check?.(values, seen) ?? []) {
        refusals.push({ row: n, column: imp.columns.find((c) => c.key === e.column)?.zh ?? e.column, code: e.code, reason: e.reason });
      }
    }
    rows.push({ row: n, values, refusals });
  });
  return { rows, present: seen, columns: [...at.values()].map((c) => c.zh), ignored };
}

export async function importFile(
  ctx: Context,
  imp: Importer,
  args: { file: string; fileName: string; commit: boolean },
): Promise<ImportReport> {
  const sheet = await readSheet(imp, decodeFile(args.file));
  const { rows, present } = sheet;
  const run = async (q: Db | Tx, lock: boolean) => {
    const plan = await imp.plan(ctx, q, rows.filter((r) => !r.refusals.length), present, lock);
    const report = reportOf(imp, args.fileName, sheet, plan);
    return { plan, report };
  };
  if (!args.commit) return (await run(ctx.db, false)).report;
  try {
    return await ctx.db.transaction(async (tx) => {
      const { plan, report } = await run(tx, true);
      if (report.refusedCount > 0 || report.newCount + report.changedCount === 0) return report;
      const audit = await plan.write(tx);
      audit.push({
        operation: "import",
        recordType: imp.recordType,
        after: {
          fileName: args.fileName,
          resource: imp.resource,
          rows: report.total,
          new: report.newCount,
          changed: report.changedCount,
          unchanged: report.unchangedCount,
        },
      });
      await insertAudit(tx, ctx, audit);
      return { ...report, committed: true };
    });
  } catch (e) {
    if (e instanceof GraphQLError) throw e;
    const mapped = fromPgError(e);
    if (mapped instanceof GraphQLError) throw mapped;
    throw e;
  }
}

function reportOf(imp: Importer, fileName: string, sheet: Awaited<ReturnType<typeof readSheet>>, plan: Plan): ImportReport {
  const label = (key: string) => imp.columns.find((c) => c.key === key)?.zh ?? key;
  const out: ImportReport["rows"] = sheet.rows.map((r) => {
    const o = plan.outcomes.get(r.row);
    if (r.refusals.length || !o) return { row: r.row, status: "REFUSED", label: o?.label ?? "", changedColumns: [], refusals: r.refusals };
    return { row: r.row, status: o.status, label: o.label, changedColumns: o.changed.map(label), refusals: [] };
  });
  const count = (s: RowStatus) => out.filter((r) => r.status === s).length;
  return {
    resource: imp.resource,
    fileName,
    committed: false,
    total: out.length,
    newCount: count("NEW"),
    changedCount: count("CHANGED"),
    unchangedCount: count("UNCHANGED"),
    refusedCount: count("REFUSED"),
    columns: sheet.columns,
    ignoredColumns: sheet.ignored,
    rows: out,
    refusals: out.flatMap((r) => r.refusals),
  };
}

// Helpers for the resources' plans and writes: one statement for any number of rows, the rows sent as
// one JSON parameter (20,000 rows as separate parameters would pass PostgreSQL's 65,535).

const columnsOf = (t: PgTable) => getTableColumns(t) as Record<string, PgColumn>;
const tableName = (t: PgTable) => (t as unknown as Record<symbol, string>)[Symbol.for("drizzle:Name")]!;

// `x in ${jsonList(values)}`: a list of text, or of integers (ids)
export const jsonList = (values: (string | number)[]): SQL =>
  values.every((v) => typeof v === "number") && values.length
    ? sql`(select (jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))::int)`
    : sql`(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

function snake(t: PgTable, row: Record<string, unknown>): Record<string, unknown> {
  const cols = columnsOf(t);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[cols[k]!.name] = v;
  return out;
}

// Inserts rows (all with the same keys); returns the new ids in the rows' order. The ids are taken from
// the table's sequence first and written with the rows, so which row got which id is known for sure
// (not left to the order in which RETURNING gives the rows back).
export async function insertMany(tx: Tx, t: PgTable, rows: Record<string, unknown>[]): Promise<number[]> {
  if (!rows.length) return [];
  const name = sql.identifier(tableName(t));
  const ids = ((await tx.execute(
    sql`select nextval(pg_get_serial_sequence(${tableName(t)}, 'id'))::int as id from generate_series(1, ${rows.length}::int)`,
  )) as unknown as { id: number }[]).map((r) => r.id);
  const withIds = rows.map((r, i) => ({ id: ids[i], ...r }));
  const list = sql.join(Object.keys(withIds[0]!).map((k) => sql.identifier(columnsOf(t)[k]!.name)), sql`, `);
  await tx.execute(sql`
    insert into ${name} (${list})
    select ${list} from jsonb_populate_recordset(null::${name}, ${JSON.stringify(withIds.map((r) => snake(t, r)))}::jsonb)`);
  return ids;
}

// Updates rows by id (each with the same keys besides id), bumping version and updated_at.
export async function updateMany(tx: Tx, t: PgTable, rows: Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  const keys = Object.keys(rows[0]!).filter((k) => k !== "id");
  const cols = columnsOf(t);
  const name = sql.identifier(tableName(t));
  const sets = keys.map((k) => sql`${sql.identifier(cols[k]!.name)} = v.${sql.identifier(cols[k]!.name)}`);
  if ("version" in cols) sets.push(sql`version = t.version + 1`);
  if ("updatedAt" in cols) sets.push(sql`updated_at = now()`);
  await tx.execute(sql`
    update ${name} as t set ${sql.join(sets, sql`, `)}
    from jsonb_populate_recordset(null::${name}, ${JSON.stringify(rows.map((r) => snake(t, r)))}::jsonb) as v
    where t.id = v.id`);
}

// The audit rows of an import in one statement (writeAudit sends 7 parameters a row).
export async function insertAudit(tx: Tx, ctx: Pick<Context, "viewer">, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  const actor = ctx.viewer?.name ?? "system";
  const userId = ctx.viewer?.kind === "user" ? ctx.viewer.id : null;
  const rows = entries.map((e) => ({
    user_id: userId,
    actor,
    operation: e.operation,
    record_type: e.recordType,
    record_id: e.recordId == null ? null : String(e.recordId),
    before: maskForAudit(e.before),
    after: maskForAudit(e.after),
  }));
  await tx.execute(sql`
    insert into audit_logs (user_id, actor, operation, record_type, record_id, before, after)
    select user_id, actor, operation, record_type, record_id, before, after
    from jsonb_populate_recordset(null::audit_logs, ${JSON.stringify(rows)}::jsonb) with ordinality as v order by v.ordinality`);
}

// The columns whose value would change: only those the file has.
export function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((k) => (before[k] ?? null) !== (after[k] ?? null));
}

// A template: the headers in Chinese (English in the notes), one example row, and a notes sheet.
export async function template(imp: Importer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(imp.zh, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = imp.columns.map((c) => ({ header: c.zh, key: c.key, width: Math.max(12, c.zh.length * 3) }));
  ws.getRow(1).font = { bold: true };
  ws.addRow(Object.fromEntries(imp.columns.map((c) => [c.key, c.example])));
  // text cells for numbers that are not numbers (ID-card and phone numbers lose digits otherwise)
  imp.columns.forEach((c, i) => {
    if (c.kind.type === "text") ws.getColumn(i + 1).numFmt = "@";
  });
  const notes = wb.addWorksheet("填写说明 Notes");
  notes.columns = [
    { header: "列名", key: "zh", width: 16 },
    { header: "Header", key: "en", width: 22 },
    { header: "必填", key: "required", width: 8 },
    { header: "说明", key: "note", width: 70 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const c of imp.columns) {
    const choices = c.kind.type === "enum" ? `可选：${Object.values(c.kind.labels).join("、")}` : "";
    const max = c.kind.type === "text" && c.max ? `最多${c.max}字` : "";
    const kind = { date: "日期，如 2024-05-20", int: "整数", number: "数字", bool: "是 / 否" }[c.kind.type as string] ?? "";
    notes.addRow({ zh: c.zh, en: c.en, required: c.required ? "是" : "", note: [c.note, choices, kind, max].filter(Boolean).join("；") });
  }
  notes.addRow({});
  notes.addRow({ zh: "说明", note: "第一行是表头，可用中文或英文列名；第二行是示例，导入前请删除。先“试导入”查看每行的结果，确认无误后再“确认导入”。重复导入同一文件不会重复写入。" });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
