// The settings row (id 1): read with the column defaults when it was never written, updated as an
// upsert, audited like every change.
import { settings, type Settings as SettingsRow } from "@daibiao/db";
import { eq, getTableColumns, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { writeAudit } from "../audit-logs/audit.js";
import type { Context } from "../context.js";
import { badInput, conflict, type FieldError } from "../grammar/errors.js";
import type { Tx } from "../grammar/mutate.js";

export type Rules = Pick<SettingsRow, "answerDueMonths" | "extensionMaxMonths" | "returnWindowDays" | "rehandlingDueMonths" | "evaluationWindowDays">;
export type SettingsValue = Rules & { updatedAt: Date | null; version: number };

export const RULE_KEYS = ["answerDueMonths", "extensionMaxMonths", "returnWindowDays", "rehandlingDueMonths", "evaluationWindowDays"] as const;

// The defaults are the columns' defaults in schema.ts: one place for both.
const columns = getTableColumns(settings) as Record<string, PgColumn>;
export const DEFAULT_RULES = Object.fromEntries(RULE_KEYS.map((k) => [k, columns[k]!.default as number])) as Rules;

function valueOf(row: SettingsRow | undefined): SettingsValue {
  if (!row) return { ...DEFAULT_RULES, updatedAt: null, version: 1 };
  const { id: _id, ...rest } = row;
  return rest;
}

export async function readSettings(db: Pick<Tx, "select">, lock = false): Promise<SettingsValue> {
  const q = db.select().from(settings).where(eq(settings.id, 1));
  const [row] = lock ? await q.for("update") : await q;
  return valueOf(row);
}

export async function updateSettings(ctx: Context, input: Record<string, unknown>): Promise<SettingsValue> {
  return ctx.db.transaction(async (tx) => {
    const before = await readSettings(tx, true);
    const expected = input.version as number | null | undefined;
    if (expected != null && expected !== before.version) {
      throw conflict(`the settings were changed by someone else (version ${before.version}, yours ${expected}); reload them`, {
        field: "input.version",
        currentVersion: before.version,
      });
    }
    const patch: Partial<Rules> = {};
    for (const k of RULE_KEYS) if (input[k] != null) patch[k] = input[k] as number;
    const merged = { ...before, ...patch };
    const errors: FieldError[] = [];
    if (merged.extensionMaxMonths < merged.answerDueMonths) {
      errors.push({ field: "input.extensionMaxMonths", message: `must not be less than answerDueMonths (${merged.answerDueMonths})` });
    }
    if (errors.length) throw badInput(errors);
    const values = Object.fromEntries(RULE_KEYS.map((k) => [k, merged[k]])) as Rules;
    const [row] = await tx
      .insert(settings)
      // the defaults read as version 1: the first change makes version 2 either way
      .values({ id: 1, ...values, version: before.version + 1 })
      .onConflictDoUpdate({ target: settings.id, set: { ...values, updatedAt: sql`now()`, version: sql`${settings.version} + 1` } })
      .returning();
    const after = valueOf(row);
    await writeAudit(tx, ctx, [{ operation: "update", recordType: "Settings", recordId: 1, before: { ...before }, after: { ...after } }]);
    return after;
  });
}
