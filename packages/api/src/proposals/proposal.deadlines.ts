// Due dates, days left and overdue. "Today" is the database's current_date, in SQL filters and in
// the computed fields alike (fetched once per request, only when a field asks for it).
import { proposalAssignments, proposals } from "@daibiao/db";
import { sql, type SQL } from "drizzle-orm";
import { GraphQLBoolean } from "graphql";
import { Int } from "type-graphql";
import type { Context } from "../context.js";
import { badInput } from "../grammar/errors.js";
import { run, type Row } from "../grammar/loaders.js";
import type { CustomField } from "../grammar/resource.js";

// ---------- calendar dates, "YYYY-MM-DD" ----------

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const ymd = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  const d = utc(day);
  d.setUTCDate(d.getUTCDate() + days);
  return ymd(d);
}

// The same day of a later month, clamped to its last day (2024-11-30 + 3 months = 2025-02-28), as
// PostgreSQL's `date + interval 'n months'`.
export function addMonths(day: string, months: number): string {
  const d = utc(day);
  const dom = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(dom, last));
  return ymd(d);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000);
}

const todays = new WeakMap<Context, Promise<string>>();
export function today(ctx: Context): Promise<string> {
  let t = todays.get(ctx);
  if (!t) {
    t = run(ctx, sql`select current_date::text as today`).then((r) => r[0]!.today as string);
    todays.set(ctx, t);
  }
  return t;
}

// ---------- which assignments still owe something ----------

// A live assignment owes the lead unit's answer, or an assisting unit's opinion.
export function owes(a: Row): boolean {
  if (a.returnedAt != null || a.answeredAt != null) return false;
  return a.role === "lead" || a.opinionAt == null;
}

export type Deadline = { dueAt: string | null; daysLeft: number | null; overdue: boolean };

export function deadlineOf(a: Row | null | undefined, on: string): Deadline {
  const dueAt = (a?.dueAt as string | null | undefined) ?? null;
  if (!a || !dueAt || !owes(a)) return { dueAt, daysLeft: null, overdue: false };
  const daysLeft = daysBetween(on, dueAt);
  return { dueAt, daysLeft, overdue: daysLeft < 0 };
}

// The same rule in SQL, for the filters.
const pa = proposalAssignments;
const owesSql = sql`${pa.returnedAt} is null and ${pa.answeredAt} is null and (${pa.role} = 'lead' or ${pa.opinionAt} is null)`;

function dueWithin(value: unknown, path: string): SQL {
  const n = value as number;
  if (!Number.isInteger(n) || n < 0 || n > 3660) throw badInput([{ field: path, message: "must be between 0 and 3660 days" }]);
  return sql`${pa.dueAt} between current_date and current_date + ${n}::int`;
}

export const assignmentDeadlineFilters: Record<string, CustomField> = {
  overdue: {
    type: () => GraphQLBoolean,
    description: "true: still owes its answer or opinion after the due date; false: does not",
    custom: (v) => (v ? sql`(${owesSql} and ${pa.dueAt} < current_date)` : sql`not coalesce(${owesSql} and ${pa.dueAt} < current_date, false)`),
  },
  dueWithinDays: {
    type: () => Int,
    description: "still owes its answer or opinion, due today or within this many days (not overdue yet)",
    custom: (v, path) => sql`(${owesSql} and ${dueWithin(v, path)})`,
  },
};

// For a proposal, the deadline is its live lead assignment's.
const leadOwes = (cond: SQL) =>
  sql`exists (select 1 from ${pa} where ${pa.proposalId} = ${proposals.id} and ${pa.role} = 'lead' and ${owesSql} and ${cond})`;

export const proposalDeadlineFilters: Record<string, CustomField> = {
  overdue: {
    type: () => GraphQLBoolean,
    description: "true: its lead unit still owes the answer after the due date; false: not overdue",
    custom: (v) => (v ? leadOwes(sql`${pa.dueAt} < current_date`) : sql`not ${leadOwes(sql`${pa.dueAt} < current_date`)}`),
  },
  dueWithinDays: {
    type: () => Int,
    description: "its lead unit still owes the answer, due today or within this many days (not overdue yet)",
    custom: (v, path) => leadOwes(dueWithin(v, path)),
  },
};
