// Proposals (代表建议) of the 3rd city congress with their whole handling history, written as the
// transition mutations of the API would write it: acceptance (or not, a merge, a withdrawal), the
// assignment to a lead unit and assisting units, returns and extensions, assisting units' opinions,
// the lead unit's answer, every deputy's evaluation per round, re-handling, closing; one
// proposal_events row per transition.
//
// The 2024 figures: the 4th session (congress_term 3, session_number 4) has exactly 215 proposals, all
// answered (answered, evaluated or closed); exactly 34 of them were paid from the special fund and
// benefited 74,000 people in all. Other batches (3rd and 5th sessions, between sessions in 2024 and
// 2025) make session and year matter; like the rest of the demo data they are a snapshot taken on
// SEED_TODAY and owe nothing any more (no open deadline).
//
// The one part that depends on the day the seed runs: CURRENT, a small batch between sessions dated
// relative to the database's current_date, so that the dashboard has proposals in every open state —
// waiting for the office, assigned, being handled or re-handled — some overdue and some due soon.
// Its shape (who, what, which states, how many days from today) is as deterministic as the rest.
import { sql } from "drizzle-orm";
import {
  proposalAssignments,
  proposalCosigners,
  proposalEvaluations,
  proposalEvents,
  proposals,
  settings,
} from "../schema.js";
import {
  ANSWERS,
  EVALUATION_COMMENTS,
  EXTENSION_APPROVERS,
  EXTENSION_REASONS,
  OPINIONS,
  PROPOSAL_TEMPLATES,
  REJECT_REASONS,
  SPECIAL_FUND_TEMPLATES,
  WITHDRAW_REASONS,
  type ProposalTemplate,
} from "./data/proposals.js";
import { addDays, addMonths, daysBetween, maxDay, minDay, officeTime, randomDay } from "./dates.js";
import { servingOn, type Person, type Roster } from "./deputies.js";
import type { County } from "./districts.js";
import { insertReturningIds, insertRows, type Tx } from "./db.js";
import { streamFor, type Rng, type Weighted } from "./random.js";
import { CITY_SESSIONS, CITY_TERM, SEED_TODAY, type CitySession } from "./timeline.js";
import type { Unit } from "./units.js";

type ProposalRow = typeof proposals.$inferInsert;
type Status = NonNullable<ProposalRow["status"]>;
type ResultClass = "A" | "B" | "C" | "D";
type Satisfaction = "satisfied" | "basically_satisfied" | "dissatisfied";
type Communication = "face_to_face" | "phone" | "in_writing";
type AssignmentRow = Omit<typeof proposalAssignments.$inferInsert, "proposalId">;
type EvaluationRow = Omit<typeof proposalEvaluations.$inferInsert, "proposalId">;
type EventRow = Omit<typeof proposalEvents.$inferInsert, "proposalId">;
type EventKind = EventRow["kind"];

// The deadlines are the settings' defaults (schema.ts), as on a fresh installation.
const RULES = {
  answerDueMonths: settings.answerDueMonths.default as number,
  extensionMaxMonths: settings.extensionMaxMonths.default as number,
  returnWindowDays: settings.returnWindowDays.default as number,
  rehandlingDueMonths: settings.rehandlingDueMonths.default as number,
  evaluationWindowDays: settings.evaluationWindowDays.default as number,
};
// who recorded the handling in the console
const ACTOR = "demo-editor";

type Batch = {
  label: string;
  session: CitySession | null;
  submitted: readonly [string, string];
  // exact number of proposals per final status, from the most advanced to the least
  statuses: readonly (readonly [Status, number])[];
  // special-fund proposals among the closed ones; `people` fixes the total benefited
  specialFund?: { count: number; people?: number };
  numberFrom: number;
  // answered after the first due date: half of them with an extension asked for in time
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
    statuses: [["closed", 17], ["evaluated", 4], ["answered", 2], ["not_accepted", 1]],
    numberFrom: 1,
    lateShare: 0.1,
  },
  {
    label: "session-5",
    session: 5,
    submitted: [CITY_SESSIONS[5].opens, CITY_SESSIONS[5].closes],
    statuses: [["evaluated", 10], ["answered", 27], ["not_accepted", 3], ["merged", 3], ["withdrawn", 3]],
    numberFrom: 1,
    lateShare: 0,
  },
  {
    label: "between-2025",
    session: null,
    submitted: ["2025-02-10", "2025-04-20"],
    statuses: [["evaluated", 2], ["answered", 6], ["merged", 1], ["not_accepted", 1], ["withdrawn", 1]],
    numberFrom: 25,
    lateShare: 0,
  },
];
const CURRENT_NUMBER_FROM = 101;

const RESULT_CLASSES: Weighted<ResultClass> = [["A", 50], ["B", 33], ["C", 13], ["D", 4]];
const SATISFACTION: Record<ResultClass, Weighted<Satisfaction>> = {
  A: [["satisfied", 92], ["basically_satisfied", 8]],
  B: [["satisfied", 74], ["basically_satisfied", 23], ["dissatisfied", 3]],
  C: [["satisfied", 48], ["basically_satisfied", 42], ["dissatisfied", 10]],
  D: [["satisfied", 30], ["basically_satisfied", 48], ["dissatisfied", 22]],
};
const COMMUNICATION: Weighted<Communication> = [["face_to_face", 45], ["phone", 25], ["in_writing", 30]];
const SATISFACTION_LABEL: Record<Satisfaction, string> = { satisfied: "满意", basically_satisfied: "基本满意", dissatisfied: "不满意" };
const COMMUNICATION_LABEL: Record<Communication, string> = { face_to_face: "当面沟通", phone: "电话沟通", in_writing: "书面沟通" };
// Days a final status needs after the answer (evaluation, re-handling, closing) before SEED_TODAY.
const RESERVE_AFTER_ANSWER: Partial<Record<Status, number>> = { answered: 0, evaluated: 30, closed: 75 };
const COSIGNED_SHARE = 0.55;
const ASSISTED_SHARE = 0.25;
// proposals whose first lead unit returned them as wrongly assigned
const RETURNED_SHARE = 0.03;
// closed once the evaluation window ran out, without every co-signer's evaluation
const CLOSED_UNEVALUATED_SHARE = 0.08;

type Draft = {
  row: ProposalRow;
  lead: Person;
  cosigners: Person[];
  template: ProposalTemplate;
  special: boolean;
  assignments: AssignmentRow[];
  evaluations: EvaluationRow[];
  events: EventRow[];
  mergeInto?: Draft;
};

type Context = {
  rng: Rng;
  roster: Roster;
  counties: County[];
  units: Map<string, Unit>;
  departments: Unit[];
  // answer document numbers per unit and year
  documents: Map<string, number>;
};

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

// Co-signers mostly come from the lead's own delegation; `count` forces how many.
function leadAndCosigners(ctx: Context, date: string, count?: number): { lead: Person; cosigners: Person[] } {
  const { rng } = ctx;
  const serving = ctx.roster.city.filter((p) => servingOn(p, "city", date));
  const lead = rng.pick(serving);
  const k = count ?? (rng.chance(COSIGNED_SHARE) ? rng.int(1, 5) : 0);
  if (k === 0) return { lead, cosigners: [] };
  const delegation = serving.filter((p) => p !== lead && p.township.county === lead.township.county);
  return { lead, cosigners: rng.sample(delegation, k) };
}

const label = (p: ProposalRow) => `${p.sessionNumber ? `${p.congressTerm}届${p.sessionNumber}次会议` : `${p.congressTerm}届闭会期间`}第${p.number}号建议`;

function documentNumber(ctx: Context, u: Unit, date: string): string {
  const short = u.name.replace(/^市/, "").replace(/(人民政府|局|委)$/, "").slice(0, 2);
  const year = date.slice(0, 4);
  const key = `${short}${year}`;
  const n = (ctx.documents.get(key) ?? 0) + 1;
  ctx.documents.set(key, n);
  return `${short}建复〔${year}〕${n}号`;
}

// One proposal's history, told transition by transition: each method changes the rows as the API's
// mutation of the same name does, and records its event.
class Story {
  status: Status = "submitted";
  round = 1;
  private last = new Date(0);
  private live: AssignmentRow[] = [];
  private unitOf = new Map<AssignmentRow, Unit>();
  private evaluated = new Set<Person>();

  constructor(
    readonly ctx: Context,
    private d: Draft,
  ) {}

  get lead(): AssignmentRow {
    return this.live.find((a) => a.role === "lead")!;
  }
  get assisting(): AssignmentRow[] {
    return this.live.filter((a) => a.role === "assisting");
  }
  get evaluators(): Person[] {
    return [this.d.lead, ...this.d.cosigners];
  }
  get lastEvent(): string {
    return this.d.events[this.d.events.length - 1]!.at!.toISOString().slice(0, 10);
  }

  private event(kind: EventKind, to: Status, date: string, note: string): Date {
    // one after the other, even on the same day
    let at = officeTime(this.ctx.rng, date);
    if (at <= this.last) at = new Date(this.last.getTime() + this.ctx.rng.int(5, 40) * 60_000);
    this.last = at;
    this.d.events.push({ kind, fromStatus: kind === "submit" ? null : this.status, toStatus: to, round: this.round, actor: ACTOR, at, note });
    this.status = to;
    this.d.row.status = to;
    return at;
  }

  submit(on: string) {
    this.d.row.submittedAt = on;
    this.event("submit", "submitted", on, "代表提交建议");
  }
  accept(on: string) {
    this.event("accept", "accepted", on, "经审查，作为代表建议办理");
  }
  reject(on: string, reason: string) {
    this.event("reject", "not_accepted", on, `不作为代表建议：${reason}`);
  }
  withdraw(on: string, reason: string) {
    this.event("withdraw", "withdrawn", on, `代表撤回：${reason}`);
  }
  merge(on: string, into: Draft) {
    this.d.mergeInto = into;
    this.event("merge", "merged", on, `并入${label(into.row)}《${into.row.title}》办理`);
  }

  assign(on: string, lead: Unit, assisting: Unit[] = []) {
    const dueAt = addMonths(on, RULES.answerDueMonths);
    const row = (u: Unit, role: "lead" | "assisting"): AssignmentRow => ({ unitId: u.id, role, assignedAt: on, dueAt, extended: false });
    this.live = [row(lead, "lead"), ...assisting.map((u) => row(u, "assisting"))];
    this.live.forEach((a, i) => this.unitOf.set(a, [lead, ...assisting][i]!));
    this.d.assignments.push(...this.live);
    const helpers = assisting.length ? `，${assisting.map((u) => u.name).join("、")}协办` : "";
    this.event("assign", "assigned", on, `交${lead.name}主办${helpers}，${dueAt}前答复`);
  }

  // The lead unit's return ends the whole assignment; the office assigns it again.
  returnLead(on: string, reason: string) {
    const lead = this.lead;
    for (const a of this.live) Object.assign(a, { returnedAt: on, returnReason: a === lead ? reason : "主办单位退回，整体重新交办" });
    this.live = [];
    this.event("return", "accepted", on, `${this.unitOf.get(lead)!.name}（主办）申请退回：${reason}；待重新交办`);
  }
  returnAssisting(a: AssignmentRow, on: string, reason: string) {
    Object.assign(a, { returnedAt: on, returnReason: reason });
    this.live = this.live.filter((x) => x !== a);
    this.event("return", this.status, on, `${this.unitOf.get(a)!.name}（协办）申请退回：${reason}`);
  }

  start(on: string) {
    this.event("start_handling", "handling", on, `${this.unitOf.get(this.lead)!.name}开始办理`);
  }

  extend(on: string, dueAt: string) {
    const a = this.lead;
    const reason = this.ctx.rng.pick(EXTENSION_REASONS);
    const approvedBy = this.ctx.rng.pick(EXTENSION_APPROVERS);
    Object.assign(a, { extended: true, originalDueAt: a.dueAt, dueAt, extensionReason: reason, extensionApprovedBy: approvedBy });
    this.event("extend", this.status, on, `${this.unitOf.get(a)!.name}延期至${dueAt}（原${a.originalDueAt}）：${reason.replace(/。$/, "")}；${approvedBy}批准`);
  }

  opinion(a: AssignmentRow, on: string) {
    Object.assign(a, { opinion: this.ctx.rng.pick(OPINIONS), opinionAt: on });
    this.event("opinion", this.status, on, `${this.unitOf.get(a)!.name}向主办单位提出协办意见`);
  }

  answer(on: string, resultClass: ResultClass, text: string, communication: Communication) {
    const a = this.lead;
    const u = this.unitOf.get(a)!;
    const again = this.status === "rehandling" ? "重新" : "";
    Object.assign(a, { answeredAt: on, documentNumber: documentNumber(this.ctx, u, on), communication, resultClass, answer: text });
    this.event("answer", "answered", on, `${u.name}${again}答复（${a.documentNumber}，${resultClass}类，${COMMUNICATION_LABEL[communication]}）`);
  }

  // Dissatisfied: re-handling at once, with a new due date; all evaluated: evaluated.
  evaluate(p: Person, on: string, satisfaction: Satisfaction) {
    const { rng } = this.ctx;
    this.evaluated.add(p);
    const note = `${p.row.name}评价${this.round > 1 ? `（第${this.round}轮）` : ""}：${SATISFACTION_LABEL[satisfaction]}`;
    if (satisfaction === "dissatisfied") {
      const dueAt = addMonths(on, RULES.rehandlingDueMonths);
      const at = this.event("evaluate", "rehandling", on, `${note}；转${this.unitOf.get(this.lead)!.name}重新办理，${dueAt}前再次答复`);
      this.d.evaluations.push({ deputyId: p.id, round: this.round, satisfaction, comment: rng.pick(EVALUATION_COMMENTS[satisfaction]), evaluatedAt: at });
      Object.assign(this.lead, { dueAt, answeredAt: null, documentNumber: null, communication: null, resultClass: null, answer: null });
      this.round++;
      this.d.row.round = this.round;
      this.evaluated.clear();
      return;
    }
    const all = this.evaluators.every((e) => this.evaluated.has(e));
    const at = this.event("evaluate", all ? "evaluated" : "answered", on, all ? `${note}；代表均已评价` : note);
    this.d.evaluations.push({ deputyId: p.id, round: this.round, satisfaction, comment: rng.pick(EVALUATION_COMMENTS[satisfaction]), evaluatedAt: at });
  }

  close(on: string) {
    this.event("close", "closed", on, this.status === "evaluated" ? "办结" : `评价期限已过，办结`);
  }
}

// ---------- the snapshot batches ----------

// The units that should handle it: for a local proposal the county government leads and the department
// assists; otherwise the department leads, sometimes (or when `assisted`) with the county government.
function rightUnits(ctx: Context, d: Draft, assisted?: boolean): { lead: Unit; assisting: Unit[] } {
  const county = d.lead.township.county;
  if (d.template.local) return { lead: unit(ctx, county.government), assisting: [unit(ctx, d.template.unit)] };
  const helped = assisted ?? ctx.rng.chance(ASSISTED_SHARE);
  return { lead: unit(ctx, d.template.unit), assisting: helped ? [unit(ctx, county.government)] : [] };
}

function wrongUnit(ctx: Context, right: Unit, assisting: Unit[]): Unit {
  return ctx.rng.pick(ctx.departments.filter((u) => u !== right && !assisting.includes(u)));
}

function answerText(ctx: Context, d: Draft, resultClass: ResultClass): string {
  return d.special
    ? `使用市级人大代表建议办理专项资金${Math.round(d.row.fundAmount! / 10_000)}万元实施,项目已完工,惠及群众${d.row.peopleBenefited}人。`
    : ctx.rng.pick(ANSWERS[resultClass]);
}

// The handling up to the final status of a snapshot batch; every deadline met or missed before SEED_TODAY.
function handle(ctx: Context, batch: Batch, d: Draft, final: Status, mergeTarget: () => Draft): void {
  const { rng } = ctx;
  const s = new Story(ctx, d);
  const submittedAt = d.row.submittedAt;
  s.submit(submittedAt);
  const acceptAt = batch.session ? addDays(CITY_SESSIONS[batch.session].closes, rng.int(3, 20)) : addDays(submittedAt, rng.int(2, 6));
  if (final === "withdrawn") {
    const on = addDays(submittedAt, rng.int(2, 20));
    if (on > acceptAt) s.accept(acceptAt);
    s.withdraw(on, rng.pick(WITHDRAW_REASONS));
    return;
  }
  if (final === "not_accepted") return s.reject(acceptAt, rng.pick(REJECT_REASONS));
  if (final === "merged") return s.merge(acceptAt, mergeTarget());
  s.accept(acceptAt);

  const right = rightUnits(ctx, d);
  let assignedAt = batch.session ? CITY_SESSIONS[batch.session].assigned : addDays(submittedAt, rng.int(10, 25));
  if (!d.special && rng.chance(RETURNED_SHARE)) {
    s.assign(assignedAt, wrongUnit(ctx, right.lead, right.assisting), right.assisting);
    const returnedAt = addDays(assignedAt, rng.int(2, RULES.returnWindowDays - 1));
    s.returnLead(returnedAt, `所提事项不属于本单位职责范围，建议交${right.lead.name}办理`);
    assignedAt = addDays(returnedAt, rng.int(2, 6));
  }
  s.assign(assignedAt, right.lead, right.assisting);
  const handlingAt = addDays(assignedAt, rng.int(2, 10));
  s.start(handlingAt);

  // When the answer comes, and whether an extension was asked for in time before it.
  const due = s.lead.dueAt!;
  const latest = addDays(SEED_TODAY, -(RESERVE_AFTER_ANSWER[final] ?? 0));
  let planned = randomDay(rng, addDays(handlingAt, 10), due);
  let extension: { on: string; dueAt: string } | undefined;
  if (!d.special && rng.chance(batch.lateShare)) {
    if (rng.chance(0.5)) {
      const dueAt = addMonths(assignedAt, rng.int(RULES.answerDueMonths + 1, RULES.extensionMaxMonths));
      extension = { on: randomDay(rng, addDays(due, -20), addDays(due, -3)), dueAt };
      planned = randomDay(rng, addDays(due, 3), dueAt);
    } else {
      planned = addDays(due, rng.int(3, 40));
    }
  }
  const answeredAt = maxDay(addDays(handlingAt, 2), minDay(planned, latest));
  // the extension and the assisting units' opinions, in the order they came
  const steps = s.assisting.map((a) => ({ on: maxDay(addDays(handlingAt, 1), addDays(answeredAt, -rng.int(2, 15))), run: (on: string) => s.opinion(a, on) }));
  if (extension && extension.on < answeredAt && extension.on > handlingAt) steps.push({ on: extension.on, run: (on) => s.extend(on, extension.dueAt) });
  for (const step of steps.sort((x, y) => x.on.localeCompare(y.on))) step.run(step.on);
  const resultClass: ResultClass = d.special ? "A" : rng.weighted(RESULT_CLASSES);
  s.answer(answeredAt, resultClass, answerText(ctx, d, resultClass), d.special ? "face_to_face" : rng.weighted(COMMUNICATION));

  const order = rng.shuffle(s.evaluators);
  const firstDates = order.map(() => addDays(answeredAt, rng.int(5, 25))).sort();
  const quiet = (x: Satisfaction): Satisfaction => (x === "dissatisfied" ? "basically_satisfied" : x);
  if (final === "answered") {
    // some deputies have evaluated it, not all
    const k = rng.int(0, order.length - 1);
    for (let i = 0; i < k && firstDates[i]! <= SEED_TODAY; i++) s.evaluate(order[i]!, firstDates[i]!, quiet(rng.weighted(SATISFACTION[resultClass])));
    return;
  }
  // A dissatisfied deputy gets the proposal handled again, if there is time for it before SEED_TODAY.
  const canRedo = final === "closed" && !d.special && daysBetween(answeredAt, SEED_TODAY) > 120;
  const unevaluated = final === "closed" && order.length > 1 && rng.chance(CLOSED_UNEVALUATED_SHARE) ? rng.int(1, order.length - 1) : 0;
  let rehandledOn: string | undefined;
  for (let i = 0; i < order.length - unevaluated; i++) {
    let satisfaction: Satisfaction = d.special ? "satisfied" : rng.weighted(SATISFACTION[resultClass]);
    if (!canRedo || unevaluated) satisfaction = quiet(satisfaction);
    s.evaluate(order[i]!, firstDates[i]!, satisfaction);
    if (satisfaction === "dissatisfied") {
      rehandledOn = firstDates[i]!;
      break;
    }
  }
  if (unevaluated) return s.close(addDays(answeredAt, RULES.evaluationWindowDays + rng.int(1, 15)));
  if (rehandledOn) {
    const second = addDays(rehandledOn, rng.int(18, 28));
    s.answer(second, "B", `(重新办理)${ANSWERS.B[0]}`, "face_to_face");
    const dates = order.map(() => addDays(second, rng.int(5, 15))).sort();
    order.forEach((p, i) => s.evaluate(p, dates[i]!, rng.chance(0.7) ? "basically_satisfied" : "satisfied"));
  }
  if (final === "evaluated") return;
  s.close(addDays(s.lastEvent, rng.int(3, 20)));
}

function newDraft(ctx: Context, batch: { session: CitySession | null }, number: number, submittedAt: string, titles: Set<string>, special = false, cosigners?: number): Draft {
  const { rng } = ctx;
  const { lead, cosigners: co } = leadAndCosigners(ctx, submittedAt, cosigners);
  const { template, title } = pickTitle(ctx, special ? SPECIAL_FUND_TEMPLATES : PROPOSAL_TEMPLATES, lead, titles);
  const row: ProposalRow = {
    congressTerm: CITY_TERM,
    sessionNumber: batch.session,
    number,
    title,
    content: content(title),
    category: template.category,
    leadDeputyId: lead.id,
    submittedAt,
    specialFund: special,
    fundAmount: special ? rng.int(8, 120) * 10_000 : null,
    peopleBenefited: null,
    round: 1,
  };
  return { row, lead, cosigners: co, template, special, assignments: [], evaluations: [], events: [] };
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

  const drafts = dates.map((submittedAt, i) => {
    const d = newDraft(ctx, batch, batch.numberFrom + i, submittedAt, titles, special.has(i));
    if (d.special) d.row.peopleBenefited = fund?.people !== undefined ? people[nextPeople++]! : rng.int(30, 500) * 10;
    return d;
  });
  // merged into a proposal of the same batch that went on to be handled
  const handled = drafts.filter((_, i) => ["answered", "evaluated", "closed"].includes(order[i]!));
  drafts.forEach((d, i) => {
    handle(ctx, batch, d, order[i]!, () => rng.pick(handled));
    if (d.row.status !== order[i]) throw new Error(`${batch.label} proposal ${d.row.number} ends ${d.row.status}, not ${order[i]}`);
  });
  return drafts;
}

// ---------- CURRENT: open proposals, dated from today ----------

type Scene = { final: Status; cosigners?: number; play: (s: Story, d: Draft, on: (days: number) => string) => void };

// Assigned so that the first due date falls about `dueIn` days from today.
const assignedFor = (on: (days: number) => string, dueIn: number, months = RULES.answerDueMonths) => addMonths(on(dueIn), -months);
const WRONGLY_ASSIGNED = (right: Unit) => `所提事项不属于本单位职责范围，建议交${right.name}办理`;

// Submitted, accepted, assigned on `assignedAt` and started; the assisting units' opinions three weeks later.
function handled(s: Story, d: Draft, assignedAt: string, opts: { assisted?: boolean; opinions?: boolean } = {}) {
  const right = rightUnits(s.ctx, d, opts.assisted);
  s.submit(addDays(assignedAt, -20));
  s.accept(addDays(assignedAt, -12));
  s.assign(assignedAt, right.lead, right.assisting);
  s.start(addDays(assignedAt, 3));
  if (opts.opinions !== false) for (const a of s.assisting) s.opinion(a, addDays(assignedAt, 20));
}

function answered(s: Story, d: Draft, answeredAt: string) {
  handled(s, d, addDays(answeredAt, -60));
  const resultClass = s.ctx.rng.weighted(RESULT_CLASSES);
  s.answer(answeredAt, resultClass, answerText(s.ctx, d, resultClass), s.ctx.rng.weighted(COMMUNICATION));
}

function returnedByLead(s: Story, d: Draft, assignedAt: string, returnedAt: string) {
  const right = rightUnits(s.ctx, d);
  s.assign(assignedAt, wrongUnit(s.ctx, right.lead, right.assisting), right.assisting);
  s.returnLead(returnedAt, WRONGLY_ASSIGNED(right.lead));
  return right;
}

const SCENES: Scene[] = [
  // with the office: not yet accepted, accepted, or back after the lead unit returned it
  { final: "submitted", play: (s, _d, on) => s.submit(on(-2)) },
  { final: "submitted", play: (s, _d, on) => s.submit(on(-5)) },
  { final: "submitted", play: (s, _d, on) => s.submit(on(-9)) },
  { final: "accepted", play: (s, _d, on) => (s.submit(on(-16)), s.accept(on(-11))) },
  { final: "accepted", play: (s, _d, on) => (s.submit(on(-21)), s.accept(on(-15))) },
  { final: "accepted", play: (s, d, on) => (s.submit(on(-22)), s.accept(on(-16)), returnedByLead(s, d, on(-8), on(-4))) },
  // assigned: just now (within the return window), a while ago, again after a return, and not started though overdue
  {
    final: "assigned",
    play: (s, d, on) => {
      const right = rightUnits(s.ctx, d, true);
      s.submit(on(-18));
      s.accept(on(-12));
      s.assign(on(-2), right.lead, right.assisting);
    },
  },
  { final: "assigned", play: (s, d, on) => (s.submit(on(-30)), s.accept(on(-24)), s.assign(on(-12), rightUnits(s.ctx, d, false).lead)) },
  {
    final: "assigned",
    play: (s, d, on) => {
      s.submit(on(-32));
      s.accept(on(-26));
      const right = returnedByLead(s, d, on(-18), on(-14));
      s.assign(on(-9), right.lead, right.assisting);
    },
  },
  {
    final: "assigned",
    play: (s, d, on) => {
      const at = assignedFor(on, -6);
      s.submit(addDays(at, -15));
      s.accept(addDays(at, -8));
      s.assign(at, rightUnits(s.ctx, d, false).lead);
    },
  },
  // being handled: due soon (one with an assisting opinion still missing), due later, overdue
  { final: "handling", play: (s, d, on) => handled(s, d, assignedFor(on, 3), { assisted: true, opinions: false }) },
  { final: "handling", play: (s, d, on) => handled(s, d, assignedFor(on, 6), { assisted: false }) },
  { final: "handling", play: (s, d, on) => handled(s, d, assignedFor(on, 12), { assisted: true }) },
  { final: "handling", play: (s, d, on) => handled(s, d, assignedFor(on, 40)) },
  { final: "handling", play: (s, d, on) => handled(s, d, assignedFor(on, -9), { assisted: false }) },
  { final: "handling", play: (s, d, on) => handled(s, d, assignedFor(on, -26), { assisted: true }) },
  // extended once, ten days before the first due date, to the longest allowed: due later, soon, overdue
  ...[33, 4, -8].map(
    (dueIn): Scene => ({
      final: "handling",
      play: (s, d, on) => {
        const at = assignedFor(on, dueIn, RULES.extensionMaxMonths);
        handled(s, d, at);
        s.extend(addDays(s.lead.dueAt!, -10), addMonths(at, RULES.extensionMaxMonths));
      },
    }),
  ),
  // the assisting unit returned its part; the lead unit handles it alone
  {
    final: "handling",
    play: (s, d, on) => {
      const at = assignedFor(on, 50);
      handled(s, d, at, { assisted: true, opinions: false });
      for (const a of s.assisting) s.returnAssisting(a, addDays(at, 4), "所提事项与本单位职责关联不大，请主办单位独立办理");
    },
  },
  // re-handling after a dissatisfied evaluation: due soon, and overdue
  {
    final: "rehandling",
    cosigners: 1,
    play: (s, d, on) => {
      answered(s, d, on(-40));
      s.evaluate(d.cosigners[0]!, on(-33), "satisfied");
      s.evaluate(d.lead, on(-26), "dissatisfied");
    },
  },
  { final: "rehandling", play: (s, d, on) => (answered(s, d, on(-50)), s.evaluate(d.lead, on(-36), "dissatisfied")) },
  // answered: just now, partly evaluated, and past the evaluation window with an evaluation missing
  { final: "answered", cosigners: 2, play: (s, d, on) => answered(s, d, on(-3)) },
  { final: "answered", cosigners: 2, play: (s, d, on) => (answered(s, d, on(-12)), s.evaluate(d.cosigners[1]!, on(-4), "basically_satisfied")) },
  { final: "answered", cosigners: 1, play: (s, d, on) => (answered(s, d, on(-45)), s.evaluate(d.lead, on(-30), "satisfied")) },
  {
    final: "evaluated",
    cosigners: 1,
    play: (s, d, on) => {
      answered(s, d, on(-30));
      s.evaluate(d.lead, on(-20), "satisfied");
      s.evaluate(d.cosigners[0]!, on(-18), "basically_satisfied");
    },
  },
  // closed after two rounds
  {
    final: "closed",
    cosigners: 2,
    play: (s, d, on) => {
      answered(s, d, on(-120));
      s.evaluate(d.cosigners[0]!, on(-112), "basically_satisfied");
      s.evaluate(d.lead, on(-108), "dissatisfied");
      s.answer(on(-85), "B", `(重新办理)${ANSWERS.B[0]}`, "face_to_face");
      s.evaluate(d.lead, on(-80), "basically_satisfied");
      s.evaluate(d.cosigners[0]!, on(-79), "satisfied");
      s.evaluate(d.cosigners[1]!, on(-76), "satisfied");
      s.close(on(-70));
    },
  },
];

function buildCurrent(ctx: Context, today: string): Draft[] {
  const on = (days: number) => addDays(today, days);
  const titles = new Set<string>();
  return SCENES.map((scene, i) => {
    const d = newDraft(ctx, { session: null }, CURRENT_NUMBER_FROM + i, today, titles, false, scene.cosigners ?? 0);
    scene.play(new Story(ctx, d), d, on);
    if (d.row.status !== scene.final) throw new Error(`current proposal ${d.row.number} ends ${d.row.status}, not ${scene.final}`);
    return d;
  });
}

export async function seedProposals(tx: Tx, roster: Roster, counties: County[], units: Unit[]): Promise<void> {
  const documents = new Map<string, number>();
  const context = (label: string): Context => ({
    rng: streamFor(`proposals-${label}`),
    roster,
    counties,
    units: new Map(units.map((u) => [u.name, u])),
    departments: units.filter((u) => u.kind === "government_department"),
    documents,
  });
  const drafts: Draft[] = [];
  for (const batch of BATCHES) drafts.push(...buildBatch(context(batch.label), batch));
  const [{ today }] = (await tx.execute(sql`select current_date::text as today`)) as unknown as [{ today: string }];
  drafts.push(...buildCurrent(context("current"), today));

  // Merged proposals point at the one they were merged into: inserted after all others.
  const ids = new Map<Draft, number>();
  const first = drafts.filter((d) => !d.mergeInto);
  const merged = drafts.filter((d) => d.mergeInto);
  (await insertReturningIds(tx, proposals, first.map((d) => d.row))).forEach((id, i) => ids.set(first[i]!, id));
  const mergedRows = merged.map((d) => ({ ...d.row, mergedIntoId: ids.get(d.mergeInto!)! }));
  (await insertReturningIds(tx, proposals, mergedRows)).forEach((id, i) => ids.set(merged[i]!, id));
  const owned = <T>(pick: (d: Draft) => T[]) => [...first, ...merged].flatMap((d) => pick(d).map((row) => ({ proposalId: ids.get(d)!, ...row })));
  await insertRows(tx, proposalCosigners, owned((d) => d.cosigners.map((p) => ({ deputyId: p.id }))));
  await insertRows(tx, proposalAssignments, owned((d) => d.assignments));
  await insertRows(tx, proposalEvaluations, owned((d) => d.evaluations));
  await insertRows(tx, proposalEvents, owned((d) => d.events));
}
