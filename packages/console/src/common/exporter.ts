// A list's export: its columns written once (`listExporter(resource, columns)`), saved as CSV or as an
// Excel workbook (xlsx.ts) from the same rows — the current filtered list, fetched by the data provider
// in chunks under the API's cost limit, with personal data as the API gave it to the user's role.
// CSV is UTF-8 with a byte-order mark so that Excel opens the Chinese correctly.
import { downloadCSV, type Exporter } from "react-admin";
import { i18nProvider } from "../i18n";

export type CsvColumn = {
  // A translation key for the header ("resources.deputies.fields.name") and the cell's value.
  header: string;
  value: (record: Record<string, any>) => unknown;
  // What the value is, where a spreadsheet should know it: an ISO date ("2024-05-01") or a date-time.
  kind?: "date" | "datetime";
};

// A cell's text, as the CSV and the workbook show it (booleans in words, lists joined).
export const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return "";
  return Array.isArray(v) ? v.join("；") : typeof v === "boolean" ? i18nProvider.translate(`ra.boolean.${v}`) : String(v);
};

// A text a spreadsheet would take for a formula (=, +, -, @, tab, CR at the start) gets a leading
// apostrophe, as OWASP advises for CSV opened in spreadsheets (the saved queries' CSV does the same;
// the Excel export writes such text as text); numbers are written as they are.
const csvCell = (v: unknown): string => {
  let s = cellText(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(records: Record<string, any>[], columns: CsvColumn[]): string {
  const header = columns.map((c) => csvCell(i18nProvider.translate(c.header))).join(",");
  const rows = records.map((r) => columns.map((c) => csvCell(c.kind === "datetime" ? dateTimeText(c.value(r)) : c.value(r))).join(","));
  return `\uFEFF${[header, ...rows].join("\r\n")}\r\n`;
}

const dateTimeText = (v: unknown) => (typeof v === "string" && v ? new Date(v).toLocaleString("zh-CN", { hour12: false }) : v);

export const enumText = (enumName: string, value: unknown) => (value ? i18nProvider.translate(`enums.${enumName}.${value}`) : "");

// A column per field: the header from resources.<resource>.fields.<source>.
export const col = (resource: string, source: string, value?: (r: Record<string, any>) => unknown): CsvColumn => ({
  header: `resources.${resource}.fields.${source}`,
  value: value ?? ((r) => r[source]),
});

export const dateCol = (resource: string, source: string, value?: (r: Record<string, any>) => unknown): CsvColumn => ({ ...col(resource, source, value), kind: "date" });

export const enumCol = (resource: string, source: string, enumName: string): CsvColumn =>
  col(resource, source, (r) => enumText(enumName, r[source]));

// The file's name: the list's name and today's date.
export const exportName = (resource: string) =>
  `${i18nProvider.translate(`resources.${resource}.name`, { smart_count: 2 })}-${new Date().toISOString().slice(0, 10)}`;

// The list's exporter (CSV, react-admin's default export) carrying its columns, from which the Excel
// export builds its workbook.
export type ListExporter = Exporter & { resource: string; columns: CsvColumn[] };

export function listExporter(resource: string, columns: CsvColumn[]): ListExporter {
  const csv: Exporter = (records) => downloadCSV(toCsv(records as Record<string, any>[], columns), exportName(resource));
  return Object.assign(csv, { resource, columns });
}
