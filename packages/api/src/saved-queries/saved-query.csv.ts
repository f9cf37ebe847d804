// A GraphQL answer as CSV (RFC 4180): the first list in the answer (depth first, in the order the
// query asked for its fields) is the rows; each row's objects are flattened into dotted headers
// (`district.name`), a list inside a row is written as its JSON text, null as an empty cell. Headers are
// every key met, in the order first met. An answer without a list is one row.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function firstList(value: Json): Json[] | undefined {
  if (Array.isArray(value)) return value;
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) {
      const found = firstList(v);
      if (found) return found;
    }
  }
  return undefined;
}

function flatten(value: Json, prefix: string, out: Map<string, Json>): void {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (!entries.length && prefix) out.set(prefix, null);
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix || "value", value);
}

// A cell a spreadsheet would take for a formula (=, +, -, @, tab, CR at the start) gets a leading
// apostrophe, as OWASP advises for CSV meant for spreadsheets; numbers are written as they are.
function cell(v: Json | undefined): string {
  if (v === null || v === undefined) return "";
  let s = typeof v === "object" ? JSON.stringify(v) : String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(data: Json): string {
  const list = firstList(data);
  const rows = (list ?? [data]).map((item) => {
    const m = new Map<string, Json>();
    flatten(item, "", m);
    return m;
  });
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) for (const k of r.keys()) if (!seen.has(k)) seen.add(k), headers.push(k);
  const lines = [headers.map((h) => cell(h)).join(",")];
  for (const r of rows) lines.push(headers.map((h) => cell(r.get(h))).join(","));
  return lines.join("\r\n") + "\r\n";
}
