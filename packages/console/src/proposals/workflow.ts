// A proposal's handling in the console: the transition mutations of the API (one per step, each
// taking the version read so a change in between is refused), and the checks the dialogs make
// before sending, mirroring the API's (proposal-workflow.write.ts) so most mistakes never leave
// the browser. The API checks again and its field errors land on the same inputs.

export type Kind =
  | "ACCEPT"
  | "REJECT"
  | "MERGE"
  | "WITHDRAW"
  | "ASSIGN"
  | "RETURN"
  | "EXTEND"
  | "START_HANDLING"
  | "OPINION"
  | "ANSWER"
  | "EVALUATE"
  | "CLOSE";

// The order the buttons appear in: the usual next step first, the exceptional ones after.
export const ACTION_ORDER: Kind[] = ["ACCEPT", "ASSIGN", "START_HANDLING", "OPINION", "ANSWER", "EVALUATE", "CLOSE", "EXTEND", "RETURN", "MERGE", "REJECT", "WITHDRAW"];

export const COMMUNICATIONS = ["FACE_TO_FACE", "PHONE", "IN_WRITING"] as const;
export const EVENT_KINDS = ["SUBMIT", "ACCEPT", "REJECT", "MERGE", "WITHDRAW", "ASSIGN", "RETURN", "EXTEND", "START_HANDLING", "OPINION", "ANSWER", "EVALUATE", "CLOSE"] as const;
export const RESULT_CLASSES = ["A", "B", "C", "D"] as const;
export const SATISFACTIONS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"] as const;

export const communicationChoices = COMMUNICATIONS.map((id) => ({ id, name: `workflow.communication.${id}` }));
export const satisfactionChoices = SATISFACTIONS.map((id) => ({ id, name: `enums.Satisfaction.${id}` }));
export const resultClassChoices = RESULT_CLASSES.map((id) => ({ id, name: `workflow.result_class.${id}` }));

// What a transition returns: the proposal's state, enough to check the step took.
const RESULT = "id version status round dueAt daysLeft overdue allowedTransitions";

const withId = (name: string, inputType?: string) =>
  inputType
    ? `mutation ${name[0]!.toUpperCase()}${name.slice(1)}($id: ID!, $input: ${inputType}!, $version: Int) { ${name}(id: $id, input: $input, version: $version) { ${RESULT} } }`
    : `mutation ${name[0]!.toUpperCase()}${name.slice(1)}($id: ID!, $version: Int) { ${name}(id: $id, version: $version) { ${RESULT} } }`;
const withAssignment = (name: string, inputType: string) =>
  `mutation ${name[0]!.toUpperCase()}${name.slice(1)}($assignmentId: ID!, $input: ${inputType}!, $version: Int) { ${name}(assignmentId: $assignmentId, input: $input, version: $version) { ${RESULT} } }`;

// One document per transition; `on` says whether it names the proposal or one of its assignments.
export const MUTATIONS: Record<Kind, { document: string; on: "proposal" | "assignment"; input: boolean }> = {
  ACCEPT: { document: withId("acceptProposal"), on: "proposal", input: false },
  REJECT: { document: withId("rejectProposal", "RejectProposalInput"), on: "proposal", input: true },
  MERGE: { document: withId("mergeProposal", "MergeProposalInput"), on: "proposal", input: true },
  WITHDRAW: { document: withId("withdrawProposal", "WithdrawProposalInput"), on: "proposal", input: true },
  ASSIGN: { document: withId("assignProposal", "AssignProposalInput"), on: "proposal", input: true },
  RETURN: { document: withAssignment("returnAssignment", "ReturnAssignmentInput"), on: "assignment", input: true },
  EXTEND: { document: withAssignment("extendAssignment", "ExtendAssignmentInput"), on: "assignment", input: true },
  START_HANDLING: { document: withId("startHandling"), on: "proposal", input: false },
  OPINION: { document: withAssignment("giveOpinion", "GiveOpinionInput"), on: "assignment", input: true },
  ANSWER: { document: withId("answerProposal", "AnswerProposalInput"), on: "proposal", input: true },
  EVALUATE: { document: withId("evaluateProposal", "EvaluateProposalInput"), on: "proposal", input: true },
  CLOSE: { document: withId("closeProposal"), on: "proposal", input: false },
};

export const SETTINGS_QUERY = "query WorkflowSettings { settings { answerDueMonths extensionMaxMonths returnWindowDays rehandlingDueMonths evaluationWindowDays } }";

export type Settings = { answerDueMonths: number; extensionMaxMonths: number; returnWindowDays: number; rehandlingDueMonths: number; evaluationWindowDays: number };
export const DEFAULT_SETTINGS: Settings = { answerDueMonths: 3, extensionMaxMonths: 6, returnWindowDays: 7, rehandlingDueMonths: 1, evaluationWindowDays: 30 };

// The variables of a transition from what its dialog holds.
export function variablesOf(kind: Kind, proposal: { id: string | number; version?: number }, values: Record<string, any>): Record<string, unknown> {
  const m = MUTATIONS[kind];
  const { assignmentId, ...input } = values;
  const base: Record<string, unknown> = m.on === "assignment" ? { assignmentId } : { id: String(proposal.id) };
  if (typeof proposal.version === "number") base.version = proposal.version;
  if (m.input) base.input = clean(kind, input);
  return base;
}

const trim = (v: unknown) => (typeof v === "string" ? v.trim() : v);

function clean(kind: Kind, v: Record<string, any>): Record<string, unknown> {
  switch (kind) {
    case "REJECT":
    case "WITHDRAW":
    case "RETURN":
      return { reason: trim(v.reason) };
    case "MERGE":
      return { intoId: String(v.intoId) };
    case "ASSIGN":
      return {
        leadUnitId: String(v.leadUnitId),
        assistingUnitIds: ((v.assistingUnitIds ?? []) as unknown[]).map(String),
        ...(v.assignedAt ? { assignedAt: v.assignedAt } : {}),
        ...(v.dueAt ? { dueAt: v.dueAt } : {}),
      };
    case "EXTEND":
      return { reason: trim(v.reason), approvedBy: trim(v.approvedBy), ...(v.dueAt ? { dueAt: v.dueAt } : {}) };
    case "OPINION":
      return { opinion: trim(v.opinion) };
    case "ANSWER":
      return {
        answer: trim(v.answer),
        answeredAt: v.answeredAt,
        communication: v.communication,
        documentNumber: trim(v.documentNumber),
        resultClass: v.resultClass,
      };
    case "EVALUATE":
      return { deputyId: String(v.deputyId), satisfaction: v.satisfaction, ...(v.comment ? { comment: v.comment } : {}) };
    default:
      return v;
  }
}

// ---------- dates, "YYYY-MM-DD" (calendar days, as the API counts them) ----------

// "Today" as the API counts it: the calendar day in China (the database runs in Asia/Shanghai), so
// a clerk's browser in another zone, or a test machine on UTC, agrees with the server's checks.
export const OFFICE_TIME_ZONE = "Asia/Shanghai";
export const todayIso = (now = new Date()) => new Intl.DateTimeFormat("en-CA", { timeZone: OFFICE_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);

export function addMonths(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  const dom = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(dom, last));
  return d.toISOString().slice(0, 10);
}

const isDay = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && !v.trim()) || (Array.isArray(v) && !v.length);

// ---------- the checks before sending ----------

// A message as a translation key with its arguments (react-admin's validation message form).
export type Message = string | { message: string; args: Record<string, unknown> };
export type Errors = Record<string, Message>;

type Assignment = { id: string; role: string; unitId: string; assignedAt?: string; dueAt?: string | null; returnedAt?: string | null; extended?: boolean; opinionAt?: string | null; answeredAt?: string | null };
export type ProposalLike = {
  id: string | number;
  status?: string;
  round?: number;
  submittedAt?: string;
  congressTerm?: number;
  leadDeputyId?: string;
  cosigners?: { deputyId: string }[];
  assignments?: Assignment[];
  evaluations?: { deputyId: string; round: number }[];
};

const REQUIRED = "ra.validation.required";

export function validate(kind: Kind, v: Record<string, any>, p: ProposalLike, settings: Settings = DEFAULT_SETTINGS, today = todayIso()): Errors {
  const e: Errors = {};
  const need = (...fields: string[]) => fields.forEach((f) => blank(v[f]) && (e[f] = REQUIRED));
  switch (kind) {
    case "REJECT":
    case "WITHDRAW":
    case "RETURN":
      need("reason");
      if (kind === "RETURN") need("assignmentId");
      break;
    case "MERGE":
      need("intoId");
      if (v.intoId != null && String(v.intoId) === String(p.id)) e.intoId = "workflow.validation.merge_self";
      break;
    case "ASSIGN": {
      need("leadUnitId");
      const assisting = ((v.assistingUnitIds ?? []) as unknown[]).map(String);
      if (v.leadUnitId && assisting.includes(String(v.leadUnitId))) e.assistingUnitIds = "workflow.validation.lead_is_assisting";
      else if (new Set(assisting).size !== assisting.length) e.assistingUnitIds = "workflow.validation.unit_twice";
      const assignedAt = v.assignedAt || today;
      if (v.assignedAt && !isDay(v.assignedAt)) e.assignedAt = "workflow.validation.date";
      else if (assignedAt > today) e.assignedAt = { message: "workflow.validation.not_after_today", args: { date: today } };
      else if (p.submittedAt && assignedAt < p.submittedAt) e.assignedAt = { message: "workflow.validation.not_before", args: { date: p.submittedAt } };
      if (v.dueAt) {
        const latest = isDay(assignedAt) ? addMonths(assignedAt, settings.answerDueMonths) : undefined;
        if (!isDay(v.dueAt)) e.dueAt = "workflow.validation.date";
        else if (v.dueAt <= assignedAt || (latest && v.dueAt > latest)) e.dueAt = { message: "workflow.validation.due_range", args: { months: settings.answerDueMonths, date: latest ?? "" } };
      }
      break;
    }
    case "EXTEND": {
      need("assignmentId", "reason", "approvedBy");
      const a = p.assignments?.find((x) => String(x.id) === String(v.assignmentId));
      if (a && v.dueAt) {
        const latest = a.assignedAt ? addMonths(a.assignedAt, settings.extensionMaxMonths) : undefined;
        if (!isDay(v.dueAt)) e.dueAt = "workflow.validation.date";
        else if (a.dueAt && v.dueAt <= a.dueAt) e.dueAt = { message: "workflow.validation.after_due", args: { date: a.dueAt } };
        else if (latest && v.dueAt > latest) e.dueAt = { message: "workflow.validation.extension_max", args: { months: settings.extensionMaxMonths, date: latest } };
      }
      break;
    }
    case "OPINION":
      need("assignmentId", "opinion");
      break;
    case "ANSWER": {
      need("answer", "answeredAt", "communication", "documentNumber", "resultClass");
      const lead = p.assignments?.find((a) => a.role === "LEAD" && !a.returnedAt);
      if (v.answeredAt && !isDay(v.answeredAt)) e.answeredAt = "workflow.validation.date";
      else if (v.answeredAt > today) e.answeredAt = { message: "workflow.validation.not_after_today", args: { date: today } };
      else if (lead?.assignedAt && v.answeredAt && v.answeredAt < lead.assignedAt) e.answeredAt = { message: "workflow.validation.not_before", args: { date: lead.assignedAt } };
      if (v.communication && !(COMMUNICATIONS as readonly string[]).includes(v.communication)) e.communication = REQUIRED;
      if (v.resultClass && !(RESULT_CLASSES as readonly string[]).includes(v.resultClass)) e.resultClass = REQUIRED;
      break;
    }
    case "EVALUATE": {
      // A satisfaction (s_<deputyId>) and comment (c_<deputyId>) per deputy who still owes this
      // round's evaluation; at least one given, and at most one dissatisfied (it sends the proposal
      // to re-handling at once, ending the round).
      const pending = pendingEvaluators(p);
      const given = pending.filter((d) => v[`s_${d}`]);
      if (!given.length && pending.length) e[`s_${pending[0]}`] = "workflow.validation.evaluate_one";
      const unhappy = given.filter((d) => v[`s_${d}`] === "DISSATISFIED");
      if (unhappy.length > 1) unhappy.forEach((d) => (e[`s_${d}`] = "workflow.validation.one_dissatisfied"));
      for (const d of given) {
        if (!(SATISFACTIONS as readonly string[]).includes(v[`s_${d}`])) e[`s_${d}`] = REQUIRED;
        if (v[`s_${d}`] === "DISSATISFIED" && blank(v[`c_${d}`])) e[`c_${d}`] = "workflow.validation.dissatisfied_comment";
      }
      break;
    }
  }
  return e;
}

// The lead deputy and the co-signers who have not evaluated the current round.
export function pendingEvaluators(p: ProposalLike): string[] {
  const round = p.round ?? 1;
  const done = new Set((p.evaluations ?? []).filter((e) => e.round === round).map((e) => String(e.deputyId)));
  const all = [p.leadDeputyId, ...(p.cosigners ?? []).map((c) => c.deputyId)].filter((x): x is string => x != null).map(String);
  return [...new Set(all)].filter((d) => !done.has(d));
}

// The assignments a step can name: live ones (not returned) that still owe what the step is about.
export function assignmentsFor(kind: Kind, p: ProposalLike): Assignment[] {
  const live = (p.assignments ?? []).filter((a) => !a.returnedAt);
  switch (kind) {
    case "OPINION":
      return live.filter((a) => a.role === "ASSISTING");
    case "EXTEND":
      return live.filter((a) => !a.extended && !a.answeredAt && !(a.role === "ASSISTING" && a.opinionAt));
    case "RETURN":
      return live.filter((a) => !a.opinionAt && !a.answeredAt);
    default:
      return live;
  }
}

// The evaluations a dialog holds, one input each, satisfied ones first: a dissatisfied one ends the round.
export function evaluationInputs(v: Record<string, any>, p: ProposalLike): { deputyId: string; satisfaction: string; comment?: string }[] {
  const rows = pendingEvaluators(p)
    .filter((d) => v[`s_${d}`])
    .map((d) => ({ deputyId: d, satisfaction: v[`s_${d}`] as string, ...(trim(v[`c_${d}`]) ? { comment: trim(v[`c_${d}`]) as string } : {}) }));
  return [...rows.filter((r) => r.satisfaction !== "DISSATISFIED"), ...rows.filter((r) => r.satisfaction === "DISSATISFIED")];
}

// ---------- the queries of the handling-unit page and the dashboard ----------

export const UNIT_ASSIGNMENTS_QUERY = `query UnitAssignments($filter: ProposalAssignmentFilter, $first: Int, $offset: Int, $orderBy: [ProposalAssignmentOrderBy!]) {
  proposalAssignments(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) {
    totalCount
    nodes { id role assignedAt dueAt daysLeft overdue returnedAt extended answeredAt opinionAt resultClass proposalId proposal { id number title status congressTerm sessionNumber leadDeputy { id name } } }
  }
}`;

export const UNIT_STATS_QUERY = `query UnitStats($filter: ProposalFilter) {
  proposalHandlingStats(filter: $filter, by: [HANDLING_UNIT]) {
    groups { key { unitId } proposals answered answeredOnTime overdue answerRate onTimeRate satisfactionRate evaluations satisfied basicallySatisfied dissatisfied classA classB classC classD }
  }
}`;

// The lead units' answers owed: past their due date, and due within `days` (sorted by due date).
const DEADLINE_NODE = "id dueAt daysLeft overdue unit { id name } proposal { id number title status round }";
export const DEADLINES_QUERY = `query Deadlines($first: Int, $days: Int) {
  overdue: proposalAssignments(filter: { role: { eq: LEAD }, returnedAt: { isNull: true }, overdue: true }, first: $first, orderBy: [DUE_AT_ASC]) {
    totalCount
    nodes { ${DEADLINE_NODE} }
  }
  dueSoon: proposalAssignments(filter: { role: { eq: LEAD }, returnedAt: { isNull: true }, dueWithinDays: $days }, first: $first, orderBy: [DUE_AT_ASC]) {
    totalCount
    nodes { ${DEADLINE_NODE} }
  }
}`;

export const DUE_SOON_DAYS = 14;
