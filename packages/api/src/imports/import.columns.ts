// A column of an import file, declared once per resource: its header in Chinese and in English, the
// field it fills, and how a cell becomes a value (or a refusal, in Chinese, with a stable code).
// Reasons never quote a cell's value: a cell may hold an ID-card or phone number.
import { isValidIdCard, normalizeIdCard, PHONE } from "@daibiao/db";
import type { InputField } from "../grammar/inputs.js";

export type Refusal = { row: number; column: string; reason: string; code: string };

export type Kind =
  | { type: "text" }
  | { type: "date" }
  | { type: "int" }
  | { type: "number" }
  | { type: "bool" }
  // database value → its Chinese label; a cell may hold either, or the GraphQL name (MALE)
  | { type: "enum"; labels: Record<string, string> };

export type Column = {
  key: string;
  zh: string;
  en: string;
  kind: Kind;
  required?: boolean;
  max?: number;
  min?: number;
  maxValue?: number;
  pattern?: "phone" | "idCard";
  // an example for the template's second row, and a note for its notes sheet
  example: string | number;
  note?: string;
};

// A column from the resource's input field (the same limits as the forms), with its headers.
export function column(key: string, zh: string, en: string, f: InputField | undefined, kind: Kind, extra: Partial<Column> & { example: string | number }): Column {
  return { key, zh, en, kind, required: f?.required, max: f?.max ?? (kind.type === "text" ? 200 : undefined), min: f?.min, maxValue: f?.maxValue, pattern: f?.pattern, ...extra };
}

export const text = { type: "text" } as const;
export const date = { type: "date" } as const;
export const int = { type: "int" } as const;
export const number = { type: "number" } as const;
export const bool = { type: "bool" } as const;
export const enumOf = (labels: Record<string, string>): Kind => ({ type: "enum", labels });

export type Cell = string | number | boolean | Date | null;
type Parsed = { value: unknown } | { code: string; reason: string };

const pad = (n: number) => String(n).padStart(2, "0");

function toDate(v: Cell): string | undefined {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return undefined;
    return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(String(v).trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d || y < 1900 || y > 2100) return undefined;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

const norm = (s: string) => s.replace(/[\s_]/g, "").toLowerCase();

// One cell to one value: null for an empty optional cell.
export function parseCell(c: Column, raw: Cell): Parsed {
  const empty = raw === null || (typeof raw === "string" && raw.trim() === "");
  if (empty) return c.required ? { code: "REQUIRED", reason: `${c.zh}不能为空` } : { value: null };
  switch (c.kind.type) {
    case "text": {
      if (c.pattern === "idCard" && typeof raw === "number") {
        // Excel keeps 15 digits of a number: an ID-card number typed as a number has lost its end
        return { code: "ID_CARD_AS_NUMBER", reason: `${c.zh}须以文本格式填写（数字格式会丢失末尾几位）` };
      }
      const s = (raw instanceof Date ? toDate(raw) ?? "" : String(raw)).trim();
      if (c.max !== undefined && [...s].length > c.max) return { code: "TOO_LONG", reason: `${c.zh}不能超过${c.max}个字` };
      if (c.pattern === "idCard") {
        return isValidIdCard(s) ? { value: normalizeIdCard(s) } : { code: "INVALID_ID_CARD", reason: `${c.zh}不是有效的18位身份证号` };
      }
      if (c.pattern === "phone" && !PHONE.test(s)) return { code: "INVALID_PHONE", reason: `${c.zh}不是有效的电话号码（手机号11位，或带区号的固定电话）` };
      return { value: s };
    }
    case "date": {
      const d = toDate(raw);
      return d ? { value: d } : { code: "INVALID_DATE", reason: `${c.zh}不是有效的日期（如 2024-05-20）` };
    }
    case "int":
    case "number": {
      const n = typeof raw === "number" ? raw : Number(String(raw).trim().replace(/^第(.+)届$/, "$1"));
      if (typeof raw === "boolean" || !Number.isFinite(n) || (c.kind.type === "int" && !Number.isInteger(n))) {
        return { code: "INVALID_NUMBER", reason: c.kind.type === "int" ? `${c.zh}应为整数` : `${c.zh}应为数字` };
      }
      if ((c.min !== undefined && n < c.min) || (c.maxValue !== undefined && n > c.maxValue)) {
        return { code: "OUT_OF_RANGE", reason: `${c.zh}应在${c.min ?? "-∞"}到${c.maxValue ?? "∞"}之间` };
      }
      return { value: n };
    }
    case "bool": {
      if (typeof raw === "boolean") return { value: raw };
      const s = norm(String(raw));
      if (["是", "true", "yes", "y", "1"].includes(s)) return { value: true };
      if (["否", "false", "no", "n", "0"].includes(s)) return { value: false };
      return { code: "INVALID_BOOLEAN", reason: `${c.zh}应为“是”或“否”` };
    }
    case "enum": {
      const s = norm(String(raw));
      for (const [value, label] of Object.entries(c.kind.labels)) {
        if (s === norm(label) || s === norm(value)) return { value };
      }
      return { code: "INVALID_CHOICE", reason: `${c.zh}应为：${Object.values(c.kind.labels).join("、")}` };
    }
  }
}

// The header as written in a file: spaces, a required mark (*) and letter case do not matter.
export const headerKey = (h: string) => norm(h.replace(/[*＊]/g, ""));
