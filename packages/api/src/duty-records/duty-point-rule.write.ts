// The points rules of the duty record. A year's rule is the one with the greatest fromYear not after
// it. Rules are set for the current year or later only, so a past year's points never change.
import { dutyPointRules, type DutyPointRule as DutyPointRuleRow } from "@daibiao/db";
import { desc, eq, getTableColumns, lte, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { writeAudit } from "../audit-logs/audit.js";
import type { Context } from "../context.js";
import { badInput, conflict, type FieldError } from "../grammar/errors.js";
import { checkYear } from "./duty-point-rule.input.js";

export const POINT_KEYS = [
  "trainingPoints",
  "activityPoints",
  "proposalLeadPoints",
  "proposalCosignPoints",
  "receptionPoints",
  "opinionPoints",
  "contactPoints",
  "meetingPoints",
] as const;
type Points = Pick<DutyPointRuleRow, (typeof POINT_KEYS)[number]>;

const columns = getTableColumns(dutyPointRules) as Record<string, PgColumn>;
export const DEFAULT_POINTS = Object.fromEntries(POINT_KEYS.map((k) => [k, Number(columns[k]!.default)])) as Points;

export async function ruleOfYear(ctx: Context, year: number): Promise<DutyPointRuleRow | null> {
  return ctx.loaders.keyed("dutyRule", year, async (years) =>
    Promise.all(
      years.map(async (y) => {
        const [row] = await ctx.db.select().from(dutyPointRules).where(lte(dutyPointRules.fromYear, y)).orderBy(desc(dutyPointRules.fromYear)).limit(1);
        return row ?? null;
      }),
    ),
  );
}

export async function listRules(ctx: Context): Promise<DutyPointRuleRow[]> {
  return ctx.db.select().from(dutyPointRules).orderBy(desc(dutyPointRules.fromYear));
}

// Creates the rule from fromYear on, or changes it (with the version read); only from this year on.
export async function setRule(ctx: Context, input: Record<string, unknown>): Promise<DutyPointRuleRow> {
  const fromYear = input.fromYear as number;
  return ctx.db.transaction(async (tx) => {
    const [{ year }] = (await tx.execute(sql`select extract(year from current_date)::int as year`)) as unknown as [{ year: number }];
    const errors: FieldError[] = [...checkYear(fromYear, "input.fromYear")];
    if (fromYear < year) errors.push({ field: "input.fromYear", message: `must be ${year} or later: the points of past years do not change` });
    if (errors.length) throw badInput(errors);
    const [before] = await tx.select().from(dutyPointRules).where(eq(dutyPointRules.fromYear, fromYear)).for("update");
    const expected = input.version as number | null | undefined;
    if (before && expected != null && expected !== before.version) {
      throw conflict(`the rule from ${fromYear} was changed by someone else (version ${before.version}, yours ${expected}); reload it`, {
        field: "input.version",
        currentVersion: before.version,
      });
    }
    // Points left out: the rule's own, or for a new rule those of the rule in force for its year.
    const [inForce] = before
      ? [before]
      : await tx.select().from(dutyPointRules).where(lte(dutyPointRules.fromYear, fromYear)).orderBy(desc(dutyPointRules.fromYear)).limit(1);
    const points = Object.fromEntries(POINT_KEYS.map((k) => [k, (input[k] as number | null | undefined) ?? inForce?.[k] ?? DEFAULT_POINTS[k]])) as Points;
    const [row] = before
      ? await tx
          .update(dutyPointRules)
          .set({ ...points, updatedAt: sql`now()`, version: sql`${dutyPointRules.version} + 1` })
          .where(eq(dutyPointRules.id, before.id))
          .returning()
      : await tx.insert(dutyPointRules).values({ fromYear, ...points }).returning();
    await writeAudit(tx, ctx, [
      { operation: before ? "update" : "create", recordType: "DutyPointRule", recordId: row!.id, before: before ? { ...before } : null, after: { ...row! } },
    ]);
    return row!;
  });
}
