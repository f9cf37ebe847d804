// Excel workbooks (.xlsx) made in the browser with exceljs: a list's export (from the same columns as
// its CSV) and the numbers behind a dashboard card. Cells are typed — numbers as numbers, dates as
// dates — the header row is frozen and the columns as wide as their text. Text is always written as
// text: "=1+1" stays a string, never a formula (no spreadsheet injection).
import type { Workbook, Worksheet } from "exceljs";
import type { Exporter } from "react-admin";
import { i18nProvider } from "../i18n";
import { downloadBlob } from "./download";
import { cellText, exportName, type CsvColumn, type ListExporter } from "./exporter";

export type SheetColumn = { header: string; kind?: "date" | "datetime" };
export type Sheet = { name: string; columns: SheetColumn[]; rows: unknown[][] };

// Excel's limit on a cell's text; a longer one makes the file unreadable to it.
export const MAX_CELL_TEXT = 32767;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Characters XML 1.0 does not allow (a workbook holding one will not open), except tab and newlines.
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const text = (s: string) => {
  const clean = s.replace(notXml, "");
  return clean.length > MAX_CELL_TEXT ? clean.slice(0, MAX_CELL_TEXT) : clean;
};

// Excel keeps no time zone: a date-time is written as the wall-clock time it shows here.
const wallClock = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000);

export function cellValue(v: unknown, kind?: SheetColumn["kind"]): string | number | Date | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && kind === "date") {
    const m = ISO_DATE.exec(v);
    const d = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    // "2024-13-45" would roll over into another date: kept as the text it is
    if (d && d.toISOString().slice(0, 10) === v) return d;
  }
  if (typeof v === "string" && kind === "datetime") {
    const d = new Date(v);
    if (!Number.isNaN(d.getTime())) return wallClock(d);
  }
  return text(cellText(v));
}

// Width in Excel's units (about one Latin character); a Chinese character takes two.
const displayWidth = (s: string) => {
  let w = 0;
  for (const ch of s.slice(0, 200)) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F000}-\u{1FAFF}]/u.test(ch) ? 2 : 1;
  return w;
};

const WIDTH_SAMPLE = 500;

// A sheet's name: at most 31 characters, none of []:*?/\, unique in its workbook.
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").trim().slice(0, 31) || "Sheet";
  let n = base;
  for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${base.slice(0, 31 - String(i).length - 1)}_${i}`;
  taken.add(n.toLowerCase());
  return n;
}

function addSheet(wb: Workbook, sheet: Sheet, taken: Set<string>): Worksheet {
  const ws = wb.addWorksheet(sheetName(sheet.name, taken), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({
    header: text(c.header),
    style: c.kind === "date" ? { numFmt: "yyyy-mm-dd" } : c.kind === "datetime" ? { numFmt: "yyyy-mm-dd hh:mm:ss" } : {},
  }));
  for (const row of sheet.rows) ws.addRow(sheet.columns.map((c, i) => cellValue(row[i], c.kind)));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEEEEE" } };
  sheet.columns.forEach((c, i) => {
    let w = displayWidth(c.header);
    if (c.kind === "date") w = Math.max(w, 11);
    else if (c.kind === "datetime") w = Math.max(w, 19);
    else for (const row of sheet.rows.slice(0, WIDTH_SAMPLE)) w = Math.max(w, displayWidth(cellText(row[i])));
    ws.getColumn(i + 1).width = Math.min(60, Math.max(8, w + 2));
  });
  return ws;
}

export async function buildWorkbook(sheets: Sheet[]): Promise<Workbook> {
  // exceljs is large: loaded when a workbook is first made, not with the console.
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "daibiao";
  wb.created = new Date();
  const taken = new Set<string>();
  for (const s of sheets) addSheet(wb, s, taken);
  return wb;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function downloadWorkbook(sheets: Sheet[], filename: string): Promise<void> {
  const wb = await buildWorkbook(sheets);
  downloadBlob(new Blob([await wb.xlsx.writeBuffer()], { type: XLSX_TYPE }), `${filename}.xlsx`);
}

// A list's rows as a sheet: the columns of its CSV, the headers in the user's language.
export function listSheet(resource: string, records: Record<string, any>[], columns: CsvColumn[]): Sheet {
  return {
    name: i18nProvider.translate(`resources.${resource}.name`, { smart_count: 2 }),
    columns: columns.map((c) => ({ header: i18nProvider.translate(c.header), kind: c.kind })),
    rows: records.map((r) => columns.map((c) => c.value(r))),
  };
}

// The Excel twin of a list's CSV exporter.
export const xlsxExporter =
  ({ resource, columns }: ListExporter): Exporter =>
  (records) =>
    downloadWorkbook([listSheet(resource, records as Record<string, any>[], columns)], exportName(resource));
