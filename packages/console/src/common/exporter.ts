// CSV export of the current filtered list, with the column headers and enum values in the user's
// language, as UTF-8 with a byte-order mark so Excel opens the Chinese correctly.
import { downloadCSV, type Exporter } from "react-admin";
import { i18nProvider } from "../i18n";

export type CsvColumn = {
  // A translation key for the header ("resources.deputies.fields.name") and the cell's value.
  header: string;
  value: (record: Record<string, any>) => unknown;
};

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return "";
  const s = Array.isArray(v) ? v.join("；") : typeof v === "boolean" ? i18nProvider.translate(`ra.boolean.${v}`) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(records: Record<string, any>[], columns: CsvColumn[]): string {
  const header = columns.map((c) => cell(i18nProvider.translate(c.header))).join(",");
  const rows = records.map((r) => columns.map((c) => cell(c.value(r))).join(","));
  return `\uFEFF${[header, ...rows].join("\r\n")}\r\n`;
}

export const enumText = (enumName: string, value: unknown) => (value ? i18nProvider.translate(`enums.${enumName}.${value}`) : "");

// A column per field: the header from resources.<resource>.fields.<source>.
export const col = (resource: string, source: string, value?: (r: Record<string, any>) => unknown): CsvColumn => ({
  header: `resources.${resource}.fields.${source}`,
  value: value ?? ((r) => r[source]),
});

export const enumCol = (resource: string, source: string, enumName: string): CsvColumn =>
  col(resource, source, (r) => enumText(enumName, r[source]));

export function csvExporter(resource: string, columns: CsvColumn[]): Exporter {
  return (records) => {
    const name = i18nProvider.translate(`resources.${resource}.name`, { smart_count: 2 });
    const date = new Date().toISOString().slice(0, 10);
    downloadCSV(toCsv(records as Record<string, any>[], columns), `${name}-${date}`);
  };
}
