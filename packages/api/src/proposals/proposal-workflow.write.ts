// The transitions of a proposal's handling. Each runs in one transaction: lock the proposal (SELECT …
// FOR UPDATE, so two transitions of one proposal run one after the other), check its state and the
// deadlines, change the rows, bump the proposal's version, write one proposal_events row and audit
// every row changed. Dates are compared with the database's current_date.
import {
  deputies,
  handlingUnits,
  proposalAssignments,
  proposalCosigners,
  proposalEvaluations,
  proposalEvents,
  proposals,
  type Proposal as ProposalRow,
  type ProposalAssignment as AssignmentRow,
} from "@daibiao/db";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { writeAudit, type AuditEntry } from "../audit-logs/audit.js";
import type { Context } from "../context.js";
import { badInput, conflict, notFound, parseId, type FieldError } from "../grammar/errors.js";
import type { Tx } from "../grammar/mutate.js";
import { readSettings } from "../settings/settings.write.js";
import { addDays, addMonths } from "./proposal.deadlines.js";
import { assertState, MERGE_TARGET_STATES, stateError, TRANSITIONS, type Status, type Transition } from "./proposal.states.js";

type Input = Record<string, unknown>;
type Step = { tx: Tx; proposal: ProposalRow; today: string };
type Outcome = {
  // the new state; unchanged when left out
  to?: Status;
  round?: number;
  patch?: Partial<ProposalRow>;
  // the round the event belongs to; the proposal's round before the transition when left out
  eventRound?: number;
  note: string;
  // the other rows written
  audit?: AuditEntry[];
};

export const actorOf = (ctx: Pick<Context, "viewer">) => ctx.viewer?.name ?? "system";

const COMMUNICATION: Record<string, string> = { face_to_face: "当面沟通", phone: "电话沟通", in_writing: "书面沟通" };
const SATISFACTION: Record<string, string> = { satisfied: "满意", basically_satisfied: "基本满意", dissatisfied: "不满意" };

async function transition(ctx: Context, id: number, tr: Transition, version: number | null | undefined, step: (s: Step) => Promise<Outcome>, field = "id") {
  return ctx.db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ proposal: proposals, today: sql<string>`current_date::text` })
      .from(proposals)
      .where(eq(proposals.id, id))
      .for("update");
    if (!locked) throw notFound("Proposal", id);
    const before = locked.proposal;
    if (version != null && before.version !== version) {
      throw conflict(`Proposal ${id} was changed by someone else (version ${before.version}, yours ${version}); reload it`, {
        field: "version",
        currentVersion: before.version,
      });
    }
    assertState(tr, before.status, field);
    const out = await step({ tx, proposal: before, today: locked.today });
    const [after] = await tx
      .update(proposals)
      .set({ ...out.patch, status: out.to ?? before.status, round: out.round ?? before.round, version: sql`${proposals.version} + 1`, updatedAt: sql`now()` })
      .where(eq(proposals.id, id))
      .returning();
    await tx.insert(proposalEvents).values({
      proposalId: id,
      kind: tr.kind,
      fromStatus: before.status,
      toStatus: after!.status,
      round: out.eventRound ?? before.round,
      actor: actorOf(ctx),
      note: out.note,
    });
    await writeAudit(tx, ctx, [{ operation: tr.kind, recordType: "Proposal", recordId: id, before, after }, ...(out.audit ?? [])]);
    return after!;
  });
}

const text = (v: unknown) => String(v ?? "").trim();
// a sentence inside a note, without its closing punctuation
const clause = (s: string) => s.replace(/[。；;.,，\s]+$/u, "");

function fail(errors: FieldError[]): void {
  if (errors.length) throw badInput(errors);
}

// The assignment a unit-level transition is about, and (for the lock) its proposal.
async function proposalOfAssignment(ctx: Context, assignmentId: number): Promise<number> {
  const [a] = await ctx.db.select({ proposalId: proposalAssignments.proposalId }).from(proposalAssignments).where(eq(proposalAssignments.id, assignmentId));
  if (!a) throw notFound("ProposalAssignment", assignmentId);
  return a.proposalId;
}

type UnitAssignment = AssignmentRow & { unitName: string };

async function assignmentsOf(tx: Tx, proposalId: number): Promise<UnitAssignment[]> {
  const rows = await tx
    .select({ a: proposalAssignments, unitName: handlingUnits.name })
    .from(proposalAssignments)
    .innerJoin(handlingUnits, eq(handlingUnits.id, proposalAssignments.unitId))
    .where(and(eq(proposalAssignments.proposalId, proposalId), isNull(proposalAssignments.returnedAt)))
    .orderBy(proposalAssignments.role, proposalAssignments.id);
  return rows.map((r) => ({ ...r.a, unitName: r.unitName }));
}

async function liveAssignment(tx: Tx, assignmentId: number): Promise<UnitAssignment> {
  const [r] = await tx
    .select({ a: proposalAssignments, unitName: handlingUnits.name })
    .from(proposalAssignments)
    .innerJoin(handlingUnits, eq(handlingUnits.id, proposalAssignments.unitId))
    .where(eq(proposalAssignments.id, assignmentId));
  const a = { ...r!.a, unitName: r!.unitName };
  if (a.returnedAt) throw badInput([{ field: "assignmentId", message: `was returned on ${a.returnedAt}; it is history` }]);
  return a;
}

// Every assigned proposal has one live lead unit (a unique index and assignProposal see to it).
function leadIn(live: UnitAssignment[], proposalId: number): UnitAssignment {
  const lead = live.find((a) => a.role === "lead");
  if (!lead) throw new Error(`proposal ${proposalId} has no lead unit`);
  return lead;
}

async function leadOf(tx: Tx, proposalId: number): Promise<UnitAssignment> {
  return leadIn(await assignmentsOf(tx, proposalId), proposalId);
}

async function updateAssignment(tx: Tx, a: AssignmentRow, set: Partial<AssignmentRow>, operation: string): Promise<AuditEntry> {
  const [after] = await tx
    .update(proposalAssignments)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(proposalAssignments.id, a.id))
    .returning();
  const { unitName: _u, ...before } = a as UnitAssignment;
  return { operation, recordType: "ProposalAssignment", recordId: a.id, before, after };
}

const label = (p: ProposalRow) => `${p.sessionNumber ? `${p.congressTerm}届${p.sessionNumber}次会议` : `${p.congressTerm}届闭会期间`}第${p.number}号建议`;

// ---------- before assignment ----------

export function acceptProposal(ctx: Context, id: number, version?: number | null) {
  return transition(ctx, id, TRANSITIONS.accept, version, async () => ({ to: "accepted", note: "经审查，作为代表建议办理" }));
}

export function rejectProposal(ctx: Context, id: number, input: Input, version?: number | null) {
  return transition(ctx, id, TRANSITIONS.reject, version, async () => ({ to: "not_accepted", note: `不作为代表建议：${text(input.reason)}` }));
}

export function withdrawProposal(ctx: Context, id: number, input: Input, version?: number | null) {
  return transition(ctx, id, TRANSITIONS.withdraw, version, async () => ({ to: "withdrawn", note: `代表撤回：${text(input.reason)}` }));
}

export function mergeProposal(ctx: Context, id: number, input: Input, version?: number | null) {
  const intoId = parseId(input.intoId, "input.intoId");
  return transition(ctx, id, TRANSITIONS.merge, version, async ({ tx, proposal }) => {
    if (intoId === id) throw badInput([{ field: "input.intoId", message: "is this proposal itself" }]);
    const [into] = await tx.select().from(proposals).where(eq(proposals.id, intoId)).for("update");
    if (!into) throw badInput([{ field: "input.intoId", message: "refers to a Proposal that does not exist" }]);
    if (!MERGE_TARGET_STATES.includes(into.status)) {
      throw badInput([{ field: "input.intoId", message: `refers to a proposal that is ${into.status.replace(/_/g, " ")}; it can no longer take another in` }]);
    }
    if (into.congressTerm !== proposal.congressTerm) throw badInput([{ field: "input.intoId", message: "refers to a proposal of another congress term" }]);
    return { to: "merged", patch: { mergedIntoId: intoId }, note: `并入${label(into)}《${into.title}》办理` };
  });
}

// ---------- assignment ----------

export function assignProposal(ctx: Context, id: number, input: Input, version?: number | null) {
  const leadUnitId = parseId(input.leadUnitId, "input.leadUnitId");
  const assisting = ((input.assistingUnitIds as unknown[] | null | undefined) ?? []).map((v, i) => parseId(v, `input.assistingUnitIds.${i}`));
  return transition(ctx, id, TRANSITIONS.assign, version, async ({ tx, proposal, today }) => {
    const rules = await readSettings(tx);
    const errors: FieldError[] = [];
    assisting.forEach((u, i) => {
      if (u === leadUnitId) errors.push({ field: `input.assistingUnitIds.${i}`, message: "is the lead unit" });
      else if (assisting.indexOf(u) !== i) errors.push({ field: `input.assistingUnitIds.${i}`, message: "is given twice" });
    });
    const assignedAt = (input.assignedAt as string | null | undefined) ?? today;
    if (assignedAt > today) errors.push({ field: "input.assignedAt", message: `must not be after today (${today})` });
    if (assignedAt < proposal.submittedAt) errors.push({ field: "input.assignedAt", message: `must not be before the proposal was submitted (${proposal.submittedAt})` });
    const latest = addMonths(assignedAt, rules.answerDueMonths);
    const dueAt = (input.dueAt as string | null | undefined) ?? latest;
    if (dueAt <= assignedAt || dueAt > latest) {
      errors.push({ field: "input.dueAt", message: `must be after the assignment and at most ${rules.answerDueMonths} months after it (by ${latest})` });
    }
    const units = await tx.select({ id: handlingUnits.id, name: handlingUnits.name }).from(handlingUnits).where(inArray(handlingUnits.id, [leadUnitId, ...assisting]));
    const name = new Map(units.map((u) => [u.id, u.name]));
    if (!name.has(leadUnitId)) errors.push({ field: "input.leadUnitId", message: "refers to a HandlingUnit that does not exist" });
    assisting.forEach((u, i) => {
      if (!name.has(u)) errors.push({ field: `input.assistingUnitIds.${i}`, message: "refers to a HandlingUnit that does not exist" });
    });
    fail(errors);
    const rows = await tx
      .insert(proposalAssignments)
      .values([
        { proposalId: id, unitId: leadUnitId, role: "lead" as const, assignedAt, dueAt },
        ...assisting.map((unitId) => ({ proposalId: id, unitId, role: "assisting" as const, assignedAt, dueAt })),
      ])
      .returning();
    const helpers = assisting.length ? `，${assisting.map((u) => name.get(u)).join("、")}协办` : "";
    return {
      to: "assigned",
      note: `交${name.get(leadUnitId)}主办${helpers}，${dueAt}前答复`,
      audit: rows.map((r) => ({ operation: "create", recordType: "ProposalAssignment", recordId: r.id, after: r })),
    };
  });
}

// A unit returns a wrongly assigned proposal within the return window. When the lead unit returns it,
// the whole assignment ends and the proposal goes back to the office (accepted) to be assigned again;
// an assisting unit's return only ends its own part.
export async function returnAssignment(ctx: Context, assignmentId: number, input: Input, version?: number | null) {
  const proposalId = await proposalOfAssignment(ctx, assignmentId);
  return transition(
    ctx,
    proposalId,
    TRANSITIONS.return,
    version,
    async ({ tx, today }) => {
      const a = await liveAssignment(tx, assignmentId);
      if (a.opinionAt) throw badInput([{ field: "assignmentId", message: `has given its opinion already (${a.opinionAt})` }]);
      const rules = await readSettings(tx);
      const by = addDays(a.assignedAt, rules.returnWindowDays);
      if (today > by) throw badInput([{ field: "assignmentId", message: `can be returned only within ${rules.returnWindowDays} days of its assignment (by ${by})` }]);
      const reason = text(input.reason);
      const audit = [await updateAssignment(tx, a, { returnedAt: today, returnReason: reason }, "return")];
      if (a.role === "assisting") return { note: `${a.unitName}（协办）申请退回：${reason}`, audit };
      for (const other of (await assignmentsOf(tx, proposalId)).filter((o) => o.id !== a.id)) {
        audit.push(await updateAssignment(tx, other, { returnedAt: today, returnReason: "主办单位退回，整体重新交办" }, "return"));
      }
      return { to: "accepted", note: `${a.unitName}（主办）申请退回：${clause(reason)}；待重新交办`, audit };
    },
    "assignmentId",
  );
}

// Once per assignment, asked for before the due date, to at most extensionMaxMonths after assignment.
export async function extendAssignment(ctx: Context, assignmentId: number, input: Input, version?: number | null) {
  const proposalId = await proposalOfAssignment(ctx, assignmentId);
  return transition(
    ctx,
    proposalId,
    TRANSITIONS.extend,
    version,
    async ({ tx, today }) => {
      const a = await liveAssignment(tx, assignmentId);
      if (a.opinionAt) throw badInput([{ field: "assignmentId", message: `has given its opinion already (${a.opinionAt}); nothing is owed` }]);
      if (a.extended) throw badInput([{ field: "assignmentId", message: `was extended already (from ${a.originalDueAt} to ${a.dueAt}); an assignment is extended once` }]);
      const rules = await readSettings(tx);
      const current = a.dueAt ?? addMonths(a.assignedAt, rules.answerDueMonths);
      if (today > current) throw badInput([{ field: "assignmentId", message: `is overdue since ${current}; an extension must be asked for before the due date` }]);
      const latest = addMonths(a.assignedAt, rules.extensionMaxMonths);
      const dueAt = (input.dueAt as string | null | undefined) ?? latest;
      if (dueAt <= current) throw badInput([{ field: "input.dueAt", message: `must be after the current due date (${current})` }]);
      if (dueAt > latest) throw badInput([{ field: "input.dueAt", message: `must be at most ${rules.extensionMaxMonths} months after the assignment (by ${latest})` }]);
      const reason = text(input.reason);
      const approvedBy = text(input.approvedBy);
      const audit = [
        await updateAssignment(tx, a, { extended: true, originalDueAt: current, dueAt, extensionReason: reason, extensionApprovedBy: approvedBy }, "extend"),
      ];
      return { note: `${a.unitName}延期至${dueAt}（原${current}）：${clause(reason)}；${approvedBy}批准`, audit };
    },
    "assignmentId",
  );
}

// ---------- handling and answering ----------

export function startHandling(ctx: Context, id: number, version?: number | null) {
  return transition(ctx, id, TRANSITIONS.startHandling, version, async ({ tx }) => {
    const lead = await leadOf(tx, id);
    return { to: "handling", note: `${lead.unitName}开始办理` };
  });
}

export async function giveOpinion(ctx: Context, assignmentId: number, input: Input, version?: number | null) {
  const proposalId = await proposalOfAssignment(ctx, assignmentId);
  return transition(
    ctx,
    proposalId,
    TRANSITIONS.opinion,
    version,
    async ({ tx, today }) => {
      const a = await liveAssignment(tx, assignmentId);
      if (a.role !== "assisting") throw badInput([{ field: "assignmentId", message: "is the lead unit's; opinions come from assisting units" }]);
      const audit = [await updateAssignment(tx, a, { opinion: text(input.opinion), opinionAt: today }, "opinion")];
      return { note: `${a.unitName}向主办单位提出协办意见${a.opinionAt ? "（更新）" : ""}`, audit };
    },
    "assignmentId",
  );
}

// The lead unit answers once every assisting unit has given its opinion; after a re-handling, again.
export function answerProposal(ctx: Context, id: number, input: Input, version?: number | null) {
  return transition(ctx, id, TRANSITIONS.answer, version, async ({ tx, proposal, today }) => {
    const live = await assignmentsOf(tx, id);
    const lead = leadIn(live, id);
    const waiting = live.filter((a) => a.role === "assisting" && !a.opinionAt);
    if (waiting.length) {
      throw stateError(TRANSITIONS.answer, proposal.status, "id", `before every assisting unit has given its opinion (waiting for ${waiting.map((a) => a.unitName).join(", ")})`);
    }
    const answeredAt = input.answeredAt as string;
    const errors: FieldError[] = [];
    if (answeredAt > today) errors.push({ field: "input.answeredAt", message: `must not be after today (${today})` });
    if (answeredAt < lead.assignedAt) errors.push({ field: "input.answeredAt", message: `must not be before the assignment (${lead.assignedAt})` });
    fail(errors);
    const documentNumber = text(input.documentNumber);
    const set = {
      answeredAt,
      documentNumber,
      communication: input.communication as AssignmentRow["communication"],
      resultClass: input.resultClass as AssignmentRow["resultClass"],
      answer: text(input.answer),
    };
    const audit = [await updateAssignment(tx, lead, set, "answer")];
    const again = proposal.status === "rehandling" ? "重新" : "";
    return {
      to: "answered",
      note: `${lead.unitName}${again}答复（${documentNumber}，${set.resultClass}类，${COMMUNICATION[set.communication!]}）`,
      audit,
    };
  });
}

// ---------- evaluation and closing ----------

// The lead deputy and every co-signer evaluate each round's answer separately. A dissatisfied
// evaluation sends the proposal to re-handling at once (a new round, a new due date); when all have
// evaluated and none is dissatisfied, it is evaluated.
export function evaluateProposal(ctx: Context, id: number, input: Input, version?: number | null) {
  const deputyId = parseId(input.deputyId, "input.deputyId");
  return transition(ctx, id, TRANSITIONS.evaluate, version, async ({ tx, proposal, today }) => {
    const evaluators = await tx
      .select({ id: deputies.id, name: deputies.name })
      .from(deputies)
      .where(
        sql`${deputies.id} = ${proposal.leadDeputyId} or ${deputies.id} in (select ${proposalCosigners.deputyId} from ${proposalCosigners} where ${proposalCosigners.proposalId} = ${id})`,
      );
    const deputy = evaluators.find((d) => d.id === deputyId);
    if (!deputy) throw badInput([{ field: "input.deputyId", message: "is neither the lead deputy nor a co-signer of this proposal" }]);
    const round = proposal.round;
    const done = await tx
      .select({ deputyId: proposalEvaluations.deputyId })
      .from(proposalEvaluations)
      .where(and(eq(proposalEvaluations.proposalId, id), eq(proposalEvaluations.round, round)));
    if (done.some((e) => e.deputyId === deputyId)) throw badInput([{ field: "input.deputyId", message: `has evaluated round ${round} already` }]);
    const satisfaction = input.satisfaction as "satisfied" | "basically_satisfied" | "dissatisfied";
    const [evaluation] = await tx
      .insert(proposalEvaluations)
      .values({ proposalId: id, deputyId, round, satisfaction, comment: text(input.comment) || null })
      .returning();
    const audit: AuditEntry[] = [{ operation: "create", recordType: "ProposalEvaluation", recordId: evaluation!.id, after: evaluation }];
    const note = `${deputy.name}评价${round > 1 ? `（第${round}轮）` : ""}：${SATISFACTION[satisfaction]}`;
    if (satisfaction === "dissatisfied") {
      const rules = await readSettings(tx);
      if (round >= 9) throw badInput([{ field: "input.satisfaction", message: "a proposal is re-handled at most 8 times" }]);
      const lead = await leadOf(tx, id);
      const dueAt = addMonths(today, rules.rehandlingDueMonths);
      const cleared = { dueAt, answeredAt: null, documentNumber: null, communication: null, resultClass: null, answer: null };
      audit.push(await updateAssignment(tx, lead, cleared, "rehandle"));
      return { to: "rehandling", round: round + 1, note: `${note}；转${lead.unitName}重新办理，${dueAt}前再次答复`, audit };
    }
    const evaluated = new Set([...done.map((e) => e.deputyId), deputyId]);
    const all = evaluators.every((d) => evaluated.has(d.id));
    return { to: all ? "evaluated" : "answered", note: all ? `${note}；代表均已评价` : note, audit };
  });
}

// From evaluated; or from answered once the evaluation window after the answer is over, without
// the evaluations still missing.
export function closeProposal(ctx: Context, id: number, version?: number | null) {
  return transition(ctx, id, TRANSITIONS.close, version, async ({ tx, proposal, today }) => {
    if (proposal.status === "evaluated") return { to: "closed", note: "办结" };
    const lead = await leadOf(tx, id);
    const rules = await readSettings(tx);
    const ends = addDays(lead.answeredAt!, rules.evaluationWindowDays);
    if (today <= ends) {
      throw stateError(TRANSITIONS.close, proposal.status, "id", `until its evaluation window ends on ${ends}, unless every deputy has evaluated it`);
    }
    return { to: "closed", note: `评价期限（${ends}）已过，办结` };
  });
}
