// The course of an opinion, one mutation per step. Each runs in one transaction: lock the opinion,
// check its version and state, change it, bump its version and audit it. Dates are compared with
// the database's current_date.
import { handlingUnits, opinions, type Db, type Opinion as OpinionRow } from "@daibiao/db";
import { eq, sql } from "drizzle-orm";
import { writeAudit, type AuditEntry } from "../audit-logs/audit.js";
import type { Context } from "../context.js";
import { badInput, conflict, notFound, type FieldError } from "../grammar/errors.js";
import { createRecord, type Tx } from "../grammar/mutate.js";
import { fromPgError } from "../grammar/pgerrors.js";
import type { Row } from "../grammar/loaders.js";
import { proposalWrite } from "../proposals/proposal.write.js";

type Status = OpinionRow["status"];
type Step = { tx: Tx; opinion: OpinionRow; today: string };
type Outcome = { patch: Partial<OpinionRow>; audit?: AuditEntry[] };

const WORDS: Record<Status, string> = { open: "open", answered: "answered", forwarded: "forwarded", proposal: "turned into a proposal", closed: "closed" };

function fail(errors: FieldError[]): void {
  if (errors.length) throw badInput(errors);
}

async function step(ctx: Context, id: number, version: number, operation: string, verb: string, from: Status[], run: (s: Step) => Promise<Outcome>): Promise<Row> {
  const work = () =>
    ctx.db.transaction(async (tx) => {
      const [locked] = await tx
        .select({ opinion: opinions, today: sql<string>`current_date::text` })
        .from(opinions)
        .where(eq(opinions.id, id))
        .for("update");
      if (!locked) throw notFound("Opinion", id);
      const before = locked.opinion;
      if (before.version !== version) {
        throw conflict(`Opinion ${id} was changed by someone else (version ${before.version}, yours ${version}); reload it`, {
          field: "version",
          currentVersion: before.version,
        });
      }
      if (!from.includes(before.status)) {
        throw badInput([{ field: "id", message: `cannot ${verb} an opinion that is ${WORDS[before.status]}` }]);
      }
      const out = await run({ tx, opinion: before, today: locked.today });
      const [after] = await tx
        .update(opinions)
        .set({ ...out.patch, version: sql`${opinions.version} + 1`, updatedAt: sql`now()` })
        .where(eq(opinions.id, id))
        .returning();
      await writeAudit(tx, ctx, [...(out.audit ?? []), { operation, recordType: "Opinion", recordId: id, before, after }]);
      return after as Row;
    });
  try {
    return await work();
  } catch (e) {
    const mapped = fromPgError(e, "");
    throw mapped && "message" in mapped ? mapped : e;
  }
}

const text = (v: string, field: string, max: number): string => {
  const s = v.trim();
  if (!s) fail([{ field, message: "must not be empty" }]);
  if (s.length > max) fail([{ field, message: `must be at most ${max} characters` }]);
  return s;
};

// The day it was resolved: today when left out; not before it was raised, not in the future.
function resolvedOn(given: string | null | undefined, s: Step): string {
  const day = given ?? s.today;
  if (day < s.opinion.raisedOn) fail([{ field: "resolvedOn", message: `must not be before the day it was raised (${s.opinion.raisedOn})` }]);
  if (day > s.today) fail([{ field: "resolvedOn", message: "must not be in the future" }]);
  return day;
}

export function forwardOpinion(ctx: Context, id: number, version: number, unitId: number): Promise<Row> {
  return step(ctx, id, version, "forward", "forward", ["open"], async ({ tx }) => {
    const [unit] = await tx.select({ id: handlingUnits.id }).from(handlingUnits).where(eq(handlingUnits.id, unitId));
    if (!unit) fail([{ field: "unitId", message: "refers to a HandlingUnit that does not exist" }]);
    return { patch: { status: "forwarded", unitId } };
  });
}

// Answered on the spot (OPEN → ANSWERED), or the handling unit's reply to a forwarded opinion
// (it stays FORWARDED, now resolved).
export function answerOpinion(ctx: Context, id: number, version: number, answer: string, day: string | null | undefined): Promise<Row> {
  const a = text(answer, "answer", 5000);
  return step(ctx, id, version, "answer", "answer", ["open", "forwarded"], async (s) => {
    if (s.opinion.status === "forwarded" && s.opinion.resolvedOn) fail([{ field: "id", message: "the handling unit's reply is already recorded" }]);
    const patch: Partial<OpinionRow> = { answer: a, resolvedOn: resolvedOn(day, s) };
    if (s.opinion.status === "open") patch.status = "answered";
    return { patch };
  });
}

export function closeOpinion(ctx: Context, id: number, version: number, reason: string, day: string | null | undefined): Promise<Row> {
  const r = text(reason, "reason", 2000);
  return step(ctx, id, version, "close", "close", ["open"], async (s) => ({ patch: { status: "closed", closeReason: r, resolvedOn: resolvedOn(day, s) } }));
}

// The proposal is written the way createProposal writes it (its checks, its first event, its audit),
// in the same transaction as the opinion's change: either both are written or neither.
export function turnOpinionIntoProposal(ctx: Context, id: number, version: number, input: Record<string, unknown>): Promise<Row> {
  return step(ctx, id, version, "turnIntoProposal", "turn into a proposal", ["open"], async ({ tx }) => {
    const proposal = await createRecord({ ...ctx, db: tx as unknown as Db }, proposalWrite, input);
    return { patch: { status: "proposal", proposalId: proposal.id as number } };
  });
}
