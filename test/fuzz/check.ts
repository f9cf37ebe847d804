// What every answer must be, whatever was asked: no 5xx, JSON, every error with a stable code and
// none an internal one, no SQL text or stack trace in an error, and no personal data where the
// caller may not see it.

// Text PostgreSQL or drizzle would write (lower case, as they write it; the fuzzer's own SQL
// fragments are upper case so an echo of the input is not taken for a leak), and stack frames.
const SQL_TEXT = [/\bselect [^\n]{0,80}\bfrom\b/, /from "/, /syntax error at/, /relation "/, /\bcolumn "[a-z_]+" /, /\bviolates [a-z ]*constraint "/, /\bpostgres(ql)?\.js\b/i];
const STACK = [/ {4}at /, /\.ts:\d/, /\.js:\d/, /\.mjs:\d/, /node:internal/];

export type Role = "anonymous" | "viewer" | "token" | "editor" | "admin";
export const ROLES: Role[] = ["anonymous", "viewer", "token", "editor", "admin"];
const SEES_PERSONAL: Record<Role, boolean> = { anonymous: false, viewer: false, token: false, editor: true, admin: true };

export type Answer = { status: number; text: string; json?: { data?: unknown; errors?: { message?: string; extensions?: Record<string, unknown> }[] } };

export function problems(role: Role, answer: Answer, personal: string[]): string[] {
  const out: string[] = [];
  if (answer.status >= 500) out.push(`HTTP ${answer.status}`);
  if (!answer.json) {
    out.push("the answer is not JSON");
    return out;
  }
  const errors = answer.json.errors ?? [];
  if (!Array.isArray(errors)) out.push("errors is not a list");
  for (const e of errors) {
    const code = e?.extensions?.code;
    if (typeof code !== "string" || !code) out.push(`an error without extensions.code: ${JSON.stringify(e).slice(0, 300)}`);
    else if (code === "INTERNAL_SERVER_ERROR") out.push(`an internal error: ${JSON.stringify(e).slice(0, 300)}`);
  }
  // every string in the errors, as written (JSON would escape the quotes the patterns look for)
  const errorText = stringsOf(errors).join("\n");
  for (const re of SQL_TEXT) if (re.test(errorText)) out.push(`SQL text in an error (${re}): ${excerpt(errorText, re)}`);
  for (const re of STACK) if (re.test(errorText)) out.push(`a stack trace in an error (${re}): ${excerpt(errorText, re)}`);
  // viewers, tokens and anonymous callers: nowhere in the answer; editors and admins: not in an error
  const where = SEES_PERSONAL[role] ? errorText : answer.text;
  const lower = where.toLowerCase();
  for (const p of personal) if (lower.includes(p.toLowerCase())) out.push(`personal data (${mask(p)}) in the answer to ${role}`);
  if (!answer.json.errors && answer.json.data === undefined) out.push("neither data nor errors");
  return out;
}

// The server's own output: no SQL, stack, personal data, and no internal error logged.
export function logProblems(output: string, personal: string[]): string[] {
  const out: string[] = [];
  for (const re of [...SQL_TEXT, ...STACK, /internal error/i, /Unexpected error/i, /Unhandled/i]) if (re.test(output)) out.push(`the server's output (${re}): ${excerpt(output, re)}`);
  const lower = output.toLowerCase();
  for (const p of personal) if (lower.includes(p.toLowerCase())) out.push(`personal data (${mask(p)}) in the server's output`);
  return out;
}

function stringsOf(value: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") out.push(v);
    else if (v && typeof v === "object") stack.push(...(Array.isArray(v) ? v : [...Object.keys(v), ...Object.values(v)]));
  }
  return out;
}

export function codesOf(answer: Answer): string[] {
  return [...new Set((answer.json?.errors ?? []).map((e) => String(e?.extensions?.code ?? "(none)")))];
}

function excerpt(text: string, re: RegExp): string {
  const m = re.exec(text);
  const at = m?.index ?? 0;
  return JSON.stringify(text.slice(Math.max(0, at - 150), at + 150));
}

export function mask(p: string): string {
  return p.length > 6 ? `${p.slice(0, 3)}…${p.slice(-2)}` : "…";
}
