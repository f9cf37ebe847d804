// Proposals (代表建议) of the 3rd city congress with their whole handling history: co-signers,
// assignments to handling units, answers, the lead deputy's evaluation, and the status events.
//
// The 2024 figures: the 4th session (congress_term 3, session_number 4) has exactly 215 proposals, all
// answered; exactly 34 of them were paid from the special fund and benefited 74,000 people in all.
// Other batches (3rd and 5th sessions, between sessions in 2024 and 2025) make session and year matter.
import {
  proposalAssignments,
  proposalCosigners,
  proposalEvaluations,
  proposalEvents,
  proposals,
} from "../schema.js";
import { ANSWERS, EVALUATION_COMMENTS, PROPOSAL_TEMPLATES, SPECIAL_FUND_TEMPLATES, type ProposalTemplate } from "./data/proposals.js";
import { addDays, addMonths, daysBetween, maxDay, minDay, officeTime, randomDay } from "./dates.js";
import { servingOn, type Person, type Roster } from "./deputies.js";
import type { County } from "./districts.js";
import { insertReturningIds, insertRows, type Tx } from "./db.js";
import { streamFor, type Rng, type Weighted } from "./random.js";
import { ANSWER_DEADLINE_MONTHS, CITY_SESSIONS, CITY_TERM, SEED_TODAY, type CitySession } from "./timeline.js";
import type { Unit } from "./units.js";

type ProposalRow = typeof proposals.$inferInsert;
type Status = NonNullable<ProposalRow["status"]>;
type ResultClass = "A" | "B" | "C" | "D";
type Satisfaction = "satisfied" | "basically_satisfied" | "dissatisfied";
type AssignmentRow = Omit<typeof proposalAssignments.$inferInsert, "proposalId">;
type EvaluationRow = Omit<typeof proposalEvaluations.$inferInsert, "proposalId">;
type EventRow = Omit<typeof proposalEvents.$inferInsert, "proposalId">;

type Batch = {
  label: string;
  session: CitySession | null;
  submitted: readonly [string, string];
  // exact number of proposals per final status, from the most advanced to the least
  statuses: readonly (readonly [Status, number])[];
  // special-fund proposals among the closed ones; `people` fixes the total benefited
  specialFund?: { count: number; people?: number };
  numberFrom: number;
  lateShare: number;
};

const BATCHES: readonly Batch[] = [
  {
    label: "session-3",
    session: 3,
    submitted: [CITY_SESSIONS[3].opens, CITY_SESSIONS[3].closes],
    statuses: [["closed", 198]],
    specialFund: { count: 26 },
    numberFrom: 1,
    lateShare: 0.06,
  },
  {
    label: "session-4",
    session: 4,
    submitted: [CITY_SESSIONS[4].opens, CITY_SESSIONS[4].closes],
    statuses: [["closed", 192], ["evaluated", 18], ["answered", 5]],
    specialFund: { count: 34, people: 74_000 },
    numberFrom: 1,
    lateShare: 0.05,
  },
  {
    label: "between-2024",
    session: null,
    submitted: ["2024-03-04", "2024-11-15"],
    statuses: [["closed", 16], ["evaluated", 4], ["answered", 2], ["handling", 2]],
    numberFrom: 1,
    lateShare: 0.1,
  },
  {
    label: "session-5",
    session: 5,
    submitted: [CITY_SESSIONS[5].opens, CITY_SESSIONS[5].closes],
    statuses: [["evaluated", 4], ["answered", 13], ["handling", 22], ["assigned", 8], ["submitted", 2], ["withdrawn", 3]],
    numberFrom: 1,
    lateShare: 0,
  },
  {
    label: "between-2025",
    session: null,
    submitted: ["2025-02-10", "2025-04-20"],
    statuses: [["handling", 5], ["assigned", 4], ["submitted", 3]],
    numberFrom: 25,
    lateShare: 0,
  },
];

const RESULT_CLASSES: Weighted<ResultClass> = [["A", 50], ["B", 33], ["C", 13], ["D", 4]];
const SATISFACTION: Record<ResultClass, Weighted<Satisfaction>> = {
  A: [["satisfied", 92], ["basically_satisfied", 8]],
  B: [["satisfied", 74], ["basically_satisfied", 23], ["dissatisfied", 3]],
  C: [["satisfied", 48], ["basically_satisfied", 42], ["dissatisfied", 10]],
  D: [["satisfied", 30], ["basically_satisfied", 48], ["dissatisfied", 22]],
};
const SATISFACTION_LABEL: Record<Satisfaction, string> = { satisfied: "满意", basically_satisfied: "基本满意", dissatisfied: "不满意" };
// Days a final status needs after the answer (evaluation, re-handling, closing) before SEED_TODAY.
const RESERVE_AFTER_ANSWER: Partial<Record<Status, number>> = { answered: 0, evaluated: 30, closed: 75 };
const COSIGNED_SHARE = 0.55;
const ASSISTED_SHARE = 0.25;

type Draft = {
  row: ProposalRow;
  cosigners: Person[];
  assignments: AssignmentRow[];
  evaluations: EvaluationRow[];
  events: EventRow[];
};

type Context = { rng: Rng; roster: Roster; counties: County[]; units: Map<string, Unit> };

function unit(ctx: Context, name: string): Unit {
  const found = ctx.units.get(name);
  if (!found) throw new Error(`no handling unit ${name}`);
  return found;
}

function fill(ctx: Context, template: ProposalTemplate, lead: Person): string {
  // Streets (街道) have no villages; a village proposal of a street deputy concerns a rural township nearby.
  const rural = lead.township.kind === "street" ? ctx.rng.pick(lead.township.county.townships.filter((t) => t.kind !== "street")) : lead.township;
  return template.title
    .replaceAll("{county}", lead.township.county.name)
    .replaceAll("{township}", rural.name)
    .replaceAll("{village}", ctx.rng.pick(rural.villages));
}

// Deputies of one session rarely raise the very same proposal: retry a few times for a new title.
function pickTitle(ctx: Context, templates: readonly ProposalTemplate[], lead: Person, used: Set<string>): { template: ProposalTemplate; title: string } {
  let template = ctx.rng.pick(templates);
  let title = fill(ctx, template, lead);
  for (let tries = 0; used.has(title) && tries < 30; tries++) {
    template = ctx.rng.pick(templates);
    title = fill(ctx, template, lead);
  }
  used.add(title);
  return { template, title };
}

function content(title: string): string {
  const topic = title.replace(/^关于/, "").replace(/的建议$/, "");
  return `近年来,相关工作取得一定进展,但仍存在投入不足、推进较慢等问题,群众反映较为强烈。为此建议:一是${topic},明确责任单位和完成时限;二是加大资金投入和政策支持力度;三是建立跟踪问效机制,确保群众急难愁盼问题得到解决。`;
}

function leadAndCosigners(ctx: Context, date: string): { lead: Person; cosigners: Person[] } {
  const { rng } = ctx;
  const serving = ctx.roster.city.filter((p) => servingOn(p, "city", date));
  const lead = rng.pick(serving);
  if (!rng.chance(COSIGNED_SHARE)) return { lead, cosigners: [] };
  // Co-signers mostly come from the lead's own delegation.
  const delegation = serving.filter((p) => p !== lead && p.township.county === lead.township.county);
  return { lead, cosigners: rng.sample(delegation, rng.int(1, 5)) };
}

function assignedOn(ctx: Context, batch: Batch, submittedAt: string): string {
  return batch.session ? CITY_SESSIONS[batch.session].assigned : addDays(submittedAt, ctx.rng.int(10, 25));
}

// Builds the handling history up to the proposal's final status.
function live(ctx: Context, batch: Batch, d: Draft, lead: Person, template: ProposalTemplate, special: boolean): void {
  const { rng } = ctx;
  const status = d.row.status!;
  const submittedAt = d.row.submittedAt;
  const event = (from: Status | null, to: Status, date: string, note: string) => d.events.push({ fromStatus: from, toStatus: to, at: officeTime(rng, date), note });
  event(null, "submitted", submittedAt, "代表提交建议");
  if (status === "submitted") return;
  if (status === "withdrawn") {
    event("submitted", "withdrawn", addDays(submittedAt, rng.int(2, 20)), "代表申请撤回建议");
    return;
  }

  const county = lead.township.county;
  const leadUnit = template.local ? unit(ctx, county.government) : unit(ctx, template.unit);
  const assisting = template.local ? [unit(ctx, template.unit)] : rng.chance(ASSISTED_SHARE) ? [unit(ctx, county.government)] : [];
  const assignedAt = assignedOn(ctx, batch, submittedAt);
  const dueAt = addMonths(assignedAt, ANSWER_DEADLINE_MONTHS);
  const leadAssignment: AssignmentRow = { unitId: leadUnit.id, role: "lead", assignedAt, dueAt };
  d.assignments.push(leadAssignment, ...assisting.map((u): AssignmentRow => ({ unitId: u.id, role: "assisting", assignedAt, dueAt })));
  const assistNote = assisting.length ? `,${assisting.map((u) => u.name).join("、")}协办` : "";
  event("submitted", "assigned", assignedAt, `交${leadUnit.name}主办${assistNote}`);
  if (status === "assigned") return;

  const handlingAt = addDays(assignedAt, rng.int(2, 10));
  event("assigned", "handling", handlingAt, "承办单位开始办理");
  if (status === "handling") return;

  const latest = addDays(SEED_TODAY, -(RESERVE_AFTER_ANSWER[status] ?? 0));
  const planned = rng.chance(batch.lateShare) ? addDays(dueAt, rng.int(3, 40)) : randomDay(rng, addDays(handlingAt, 10), dueAt);
  const answeredAt = maxDay(addDays(handlingAt, 1), minDay(planned, latest));
  const resultClass: ResultClass = special ? "A" : rng.weighted(RESULT_CLASSES);
  leadAssignment.answeredAt = answeredAt;
  leadAssignment.resultClass = resultClass;
  leadAssignment.answer = special
    ? `使用市级人大代表建议办理专项资金${Math.round(d.row.fundAmount! / 10_000)}万元实施,项目已完工,惠及群众${d.row.peopleBenefited}人。`
    : rng.pick(ANSWERS[resultClass]);
  for (const a of d.assignments.slice(1)) {
    a.answeredAt = maxDay(assignedAt, addDays(answeredAt, -rng.int(3, 15)));
    a.answer = "协办意见已函复主办单位。";
  }
  event("handling", "answered", answeredAt, `${leadUnit.name}书面答复`);
  if (status === "answered") return;

  // A dissatisfied deputy gets the proposal handled again, if there is time for it before SEED_TODAY.
  let satisfaction: Satisfaction = special ? "satisfied" : rng.weighted(SATISFACTION[resultClass]);
  const canRedo = status === "closed" && daysBetween(answeredAt, SEED_TODAY) > 120;
  if (satisfaction === "dissatisfied" && !canRedo) satisfaction = "basically_satisfied";
  let evaluatedOn = addDays(answeredAt, rng.int(5, 25));
  const evaluate = (round: number, s: Satisfaction, on: string) => {
    d.evaluations.push({ deputyId: lead.id, round, satisfaction: s, comment: rng.pick(EVALUATION_COMMENTS[s]), evaluatedAt: officeTime(rng, on) });
    event("answered", "evaluated", on, `代表评价:${SATISFACTION_LABEL[s]}${round > 1 ? "(重新办理后)" : ""}`);
  };
  evaluate(1, satisfaction, evaluatedOn);
  if (satisfaction === "dissatisfied") {
    const again = addDays(evaluatedOn, rng.int(2, 6));
    event("evaluated", "handling", again, "代表不满意,退回重新办理");
    const secondAnswer = addDays(again, rng.int(20, 45));
    leadAssignment.answeredAt = secondAnswer;
    leadAssignment.resultClass = "B";
    leadAssignment.answer = `(重新办理)${ANSWERS.B[0]}`;
    event("handling", "answered", secondAnswer, `${leadUnit.name}重新答复`);
    evaluatedOn = addDays(secondAnswer, rng.int(5, 15));
    evaluate(2, rng.chance(0.7) ? "basically_satisfied" : "satisfied", evaluatedOn);
  }
  if (status === "evaluated") return;
  event("evaluated", "closed", addDays(evaluatedOn, rng.int(3, 20)), "建议办结");
}

function buildBatch(ctx: Context, batch: Batch): Draft[] {
  const { rng } = ctx;
  const count = batch.statuses.reduce((n, [, k]) => n + k, 0);
  // Earlier proposals are further along: statuses go to the proposals in order of submission.
  const dates = Array.from({ length: count }, () => randomDay(rng, batch.submitted[0], batch.submitted[1])).sort();
  const statuses = batch.statuses.flatMap(([status, k]) => Array.from({ length: k }, () => status));
  const order = batch.session ? rng.shuffle(statuses) : statuses;
  const closed = order.flatMap((s, i) => (s === "closed" ? [i] : []));
  const fund = batch.specialFund;
  const special = new Set(fund ? rng.sample(closed, fund.count) : []);
  const people = fund?.people !== undefined ? rng.split(fund.people / 10, fund.count, 30, 600).map((n) => n * 10) : [];
  let nextPeople = 0;
  const titles = new Set<string>();

  return dates.map((submittedAt, i) => {
    const isSpecial = special.has(i);
    const { lead, cosigners } = leadAndCosigners(ctx, submittedAt);
    const { template, title } = pickTitle(ctx, isSpecial ? SPECIAL_FUND_TEMPLATES : PROPOSAL_TEMPLATES, lead, titles);
    const row: ProposalRow = {
      congressTerm: CITY_TERM,
      sessionNumber: batch.session,
      number: batch.numberFrom + i,
      title,
      content: content(title),
      category: template.category,
      leadDeputyId: lead.id,
      status: order[i]!,
      submittedAt,
      specialFund: isSpecial,
      fundAmount: isSpecial ? rng.int(8, 120) * 10_000 : null,
      peopleBenefited: isSpecial ? (fund?.people !== undefined ? people[nextPeople++]! : rng.int(30, 500) * 10) : null,
    };
    const d: Draft = { row, cosigners, assignments: [], evaluations: [], events: [] };
    live(ctx, batch, d, lead, template, isSpecial);
    return d;
  });
}

export async function seedProposals(tx: Tx, roster: Roster, counties: County[], units: Unit[]): Promise<void> {
  const drafts: Draft[] = [];
  for (const batch of BATCHES) {
    const ctx: Context = { rng: streamFor(`proposals-${batch.label}`), roster, counties, units: new Map(units.map((u) => [u.name, u])) };
    drafts.push(...buildBatch(ctx, batch));
  }
  const ids = await insertReturningIds(tx, proposals, drafts.map((d) => d.row));
  const owned = <T>(pick: (d: Draft) => T[]) => drafts.flatMap((d, i) => pick(d).map((row) => ({ proposalId: ids[i]!, ...row })));
  await insertRows(tx, proposalCosigners, owned((d) => d.cosigners.map((p) => ({ deputyId: p.id }))));
  await insertRows(tx, proposalAssignments, owned((d) => d.assignments));
  await insertRows(tx, proposalEvaluations, owned((d) => d.evaluations));
  await insertRows(tx, proposalEvents, owned((d) => d.events));
}
