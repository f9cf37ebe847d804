// For the tests of errors and of the data provider (imported only by *.test.ts): react-admin's
// translate over the console's Chinese words.
import { messages } from "../i18n";

export const t = (key: string, opts?: Record<string, unknown>) => {
  const v = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages.zh);
  const n = Number(opts?.smart_count ?? 1);
  const phrase = typeof v === "string" ? (v.split(" |||| ")[n === 1 ? 0 : 1] ?? v) : v;
  return typeof phrase === "string" ? phrase.replace(/%\{(\w+)\}/g, (_m, k) => String(opts?.[k] ?? "")) : key;
};
