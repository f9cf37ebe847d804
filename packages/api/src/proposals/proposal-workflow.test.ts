// The handling of a proposal, mutation by mutation, as the office records it: every allowed
// transition, a refusal for every disallowed one, the deadlines (due dates, the return window, the
// one extension, the evaluation window) and re-handling after a dissatisfied evaluation.
import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";
import { addDays, addMonths, daysBetween } from "./proposal.deadlines.js";

const t = useTestDb();

type Vars = Record<string, unknown>;
const PROPOSAL = `id status round version dueAt daysLeft overdue mergedIntoId allowedTransitions
  assignments { id unitId role assignedAt dueAt answeredAt documentNumber communication resultClass opinion opinionAt returnedAt returnReason extended originalDueAt extensionReason extensionApprovedBy daysLeft overdue }`;

// A mutation that must succeed; returns the proposal it gives back.
async function ok(mutation: string, vars: Vars = {}): Promise<Record<string, any>> {
  const name = /\{\s*(\w+)/.exec(mutation)![1]!;
  const r = await t().gql(`mutation ($id: ID!, $i: ${inputOf(name)}) { ${name}(${argsOf(name)}) { ${PROPOSAL} } }`, vars);
  expect(r.errors, name).toBeUndefined();
  return r.data![name];
}
// A mutation that must fail; returns the error's extensions (with its message).
async function refused(mutation: string, vars: Vars = {}): Promise<Record<string, any>> {
  const name = /\{\s*(\w+)/.exec(mutation)![1]!;
  const r = await t().gql(`mutation ($id: ID!, $i: ${inputOf(name)}) { ${name}(${argsOf(name)}) { id } }`, vars);
  expect(r.errors, name).toBeDefined();
  return { ...r.errors![0]!.extensions, message: r.errors![0]!.message };
}
const INPUTS: Record<string, string> = {
  rejectProposal: "RejectProposalInput!",
  withdrawProposal: "WithdrawProposalInput!",
  mergeProposal: "MergeProposalInput!",
  assignProposal: "AssignProposalInput!",
  returnAssignment: "ReturnAssignmentInput!",
  extendAssignment: "ExtendAssignmentInput!",
  giveOpinion: "GiveOpinionInput!",
  answerProposal: "AnswerProposalInput!",
  evaluateProposal: "EvaluateProposalInput!",
};
const inputOf = (name: string) => INPUTS[name] ?? "Int";
const byAssignment = (name: string) => ["returnAssignment", "extendAssignment", "giveOpinion"].includes(name);
const argsOf = (name: string) => `${byAssignment(name) ? "assignmentId" : "id"}: $id, ${INPUTS[name] ? "input: $i" : "version: $i"}`;
const m = (name: string) => `{ ${name} }`;

async function today(): Promise<string> {
  return (await t().sql`select current_date::text as d`)[0]!.d as string;
}

// Deputies 1-5 (1 leads, 2 and 3 co-sign), units 1-4, and a submitted proposal.
async function world(): Promise<string> {
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 5) i`;
  await t().sql`insert into handling_units (id, name, kind) values (1, '市交通运输局', 'government_department'), (2, '七星关区人民政府', 'county_government'),
    (3, '市财政局', 'government_department'), (4, '市教育局', 'government_department')`;
  return create(1);
}

async function create(number: number, extra: Vars = {}): Promise<string> {
  const r = await t().gql(`mutation ($i: CreateProposalInput!) { createProposal(input: $i) { id } }`, {
    i: {
      congressTerm: 3,
      sessionNumber: 4,
      number,
      title: `关于加快农村公路建设的建议${number}`,
      category: "URBAN_CONSTRUCTION_ENVIRONMENT",
      leadDeputyId: "1",
      cosignerIds: ["2", "3"],
      submittedAt: "2024-01-10",
      ...extra,
    },
  });
  expect(r.errors).toBeUndefined();
  return r.data!.createProposal.id;
}

const answerInput = (answeredAt: string, documentNumber = "交建复〔2024〕1号") => ({
  documentNumber,
  answeredAt,
  communication: "FACE_TO_FACE",
  resultClass: "B",
  answer: "已列入年度计划,预计年内完工。",
});

it("carries a proposal from submission to closing, through a re-handling, each step one event in order", async () => {
  const id = await world();
  const day = await today();
  const assignedAt = addDays(day, -20);
  expect((await ok(m("acceptProposal"), { id })).status).toBe("ACCEPTED");

  let p = await ok(m("assignProposal"), { id, i: { leadUnitId: "1", assistingUnitIds: ["2"], assignedAt } });
  const due = addMonths(assignedAt, 3);
  expect(p).toMatchObject({ status: "ASSIGNED", dueAt: due, daysLeft: daysBetween(day, due), overdue: false });
  expect(p.assignments.map((a: any) => [a.unitId, a.role, a.assignedAt, a.dueAt])).toEqual([
    ["1", "LEAD", assignedAt, due],
    ["2", "ASSISTING", assignedAt, due],
  ]);
  const assisting = p.assignments[1].id;
  expect((await ok(m("startHandling"), { id })).status).toBe("HANDLING");

  // the lead unit answers only once every assisting unit has given its opinion
  const early = await refused(m("answerProposal"), { id, i: answerInput(day) });
  expect(early).toMatchObject({ code: "BAD_USER_INPUT", field: "id", state: "HANDLING" });
  expect(early.message).toMatch(/cannot answer a proposal that is handling before every assisting unit has given its opinion \(waiting for 七星关区人民政府\)/);
  p = await ok(m("giveOpinion"), { id: assisting, i: { opinion: "同意主办单位意见,配合推进。" } });
  expect(p.assignments[1]).toMatchObject({ opinion: "同意主办单位意见,配合推进。", opinionAt: day, daysLeft: null, overdue: false });

  p = await ok(m("answerProposal"), { id, i: answerInput(addDays(day, -2)) });
  expect(p).toMatchObject({ status: "ANSWERED", round: 1, dueAt: due, daysLeft: null, overdue: false });
  expect(p.assignments[0]).toMatchObject({ answeredAt: addDays(day, -2), documentNumber: "交建复〔2024〕1号", communication: "FACE_TO_FACE", resultClass: "B" });

  // each deputy evaluates separately; one dissatisfied sends it back with a new due date
  expect((await ok(m("evaluateProposal"), { id, i: { deputyId: "1", satisfaction: "SATISFIED" } })).status).toBe("ANSWERED");
  expect((await ok(m("evaluateProposal"), { id, i: { deputyId: "2", satisfaction: "BASICALLY_SATISFIED", comment: "希望加快进度" } })).status).toBe("ANSWERED");
  p = await ok(m("evaluateProposal"), { id, i: { deputyId: "3", satisfaction: "DISSATISFIED", comment: "未提出具体措施" } });
  const again = addMonths(day, 1);
  expect(p).toMatchObject({ status: "REHANDLING", round: 2, dueAt: again, daysLeft: daysBetween(day, again), overdue: false });
  expect(p.assignments[0]).toMatchObject({ dueAt: again, answeredAt: null, documentNumber: null, resultClass: null, daysLeft: daysBetween(day, again) });

  p = await ok(m("answerProposal"), { id, i: { ...answerInput(day, "交建复〔2024〕9号"), resultClass: "A" } });
  expect(p).toMatchObject({ status: "ANSWERED", round: 2 });
  expect(p.assignments[0]).toMatchObject({ documentNumber: "交建复〔2024〕9号", resultClass: "A" });
  for (const [deputyId, status] of [["2", "ANSWERED"], ["3", "ANSWERED"], ["1", "EVALUATED"]]) {
    expect((await ok(m("evaluateProposal"), { id, i: { deputyId, satisfaction: "SATISFIED" } })).status).toBe(status);
  }
  p = await ok(m("closeProposal"), { id });
  // created as version 1, one more per transition (the refused answer changed nothing)
  expect(p).toMatchObject({ status: "CLOSED", round: 2, version: 14, allowedTransitions: [] });

  const r = await t().gql(`query ($id: ID!) { proposal(id: $id) { events { kind fromStatus toStatus round actor note } evaluations(orderBy: [ROUND_ASC]) { deputyId round satisfaction } } }`, { id });
  const events = r.data!.proposal.events as { kind: string; fromStatus: string; toStatus: string; round: number; actor: string; note: string }[];
  expect(events.map((e) => [e.kind, e.fromStatus, e.toStatus, e.round])).toEqual([
    ["SUBMIT", null, "SUBMITTED", 1],
    ["ACCEPT", "SUBMITTED", "ACCEPTED", 1],
    ["ASSIGN", "ACCEPTED", "ASSIGNED", 1],
    ["START_HANDLING", "ASSIGNED", "HANDLING", 1],
    ["OPINION", "HANDLING", "HANDLING", 1],
    ["ANSWER", "HANDLING", "ANSWERED", 1],
    ["EVALUATE", "ANSWERED", "ANSWERED", 1],
    ["EVALUATE", "ANSWERED", "ANSWERED", 1],
    ["EVALUATE", "ANSWERED", "REHANDLING", 1],
    ["ANSWER", "REHANDLING", "ANSWERED", 2],
    ["EVALUATE", "ANSWERED", "ANSWERED", 2],
    ["EVALUATE", "ANSWERED", "ANSWERED", 2],
    ["EVALUATE", "ANSWERED", "EVALUATED", 2],
    ["CLOSE", "EVALUATED", "CLOSED", 2],
  ]);
  expect(new Set(events.map((e) => e.actor))).toEqual(new Set(["test-admin"]));
  expect(events[2]!.note).toBe(`交市交通运输局主办，七星关区人民政府协办，${due}前答复`);
  expect(events[8]!.note).toBe(`代表3评价：不满意；转市交通运输局重新办理，${again}前再次答复`);
  expect(r.data!.proposal.evaluations.map((e: any) => [e.deputyId, e.round, e.satisfaction]).sort()).toEqual([
    ["1", 1, "SATISFIED"],
    ["1", 2, "SATISFIED"],
    ["2", 1, "BASICALLY_SATISFIED"],
    ["2", 2, "SATISFIED"],
    ["3", 1, "DISSATISFIED"],
    ["3", 2, "SATISFIED"],
  ]);
  // every transition audited in its own transaction, with the rows it wrote
  const audit = await t().sql`select operation, record_type, count(*)::int as n from audit_logs where record_type <> 'Proposal' or operation <> 'create' group by 1, 2 order by 2, 1`;
  expect(audit.map((a) => [a.record_type, a.operation, a.n])).toEqual([
    ["Proposal", "accept", 1],
    ["Proposal", "answer", 2],
    ["Proposal", "assign", 1],
    ["Proposal", "close", 1],
    ["Proposal", "evaluate", 6],
    ["Proposal", "opinion", 1],
    ["Proposal", "start_handling", 1],
    ["ProposalAssignment", "answer", 2],
    ["ProposalAssignment", "create", 2],
    ["ProposalAssignment", "opinion", 1],
    ["ProposalAssignment", "rehandle", 1],
    ["ProposalCosigner", "create", 2],
    ["ProposalEvaluation", "create", 6],
  ]);
});

// The rules, stated here again independently of proposal.states.ts.
const STATES = ["submitted", "accepted", "not_accepted", "merged", "withdrawn", "assigned", "handling", "answered", "rehandling", "evaluated", "closed"];
const RULES: Record<string, { verb: string; from: string[]; input?: Vars }> = {
  acceptProposal: { verb: "accept", from: ["submitted"] },
  rejectProposal: { verb: "reject", from: ["submitted"], input: { reason: "个人诉求" } },
  mergeProposal: { verb: "merge", from: ["submitted", "accepted"], input: { intoId: "7" } },
  withdrawProposal: { verb: "withdraw", from: ["submitted", "accepted"], input: { reason: "另行提出" } },
  assignProposal: { verb: "assign", from: ["accepted"], input: { leadUnitId: "1" } },
  returnAssignment: { verb: "return an assignment of", from: ["assigned", "handling"], input: { reason: "不属于本单位职责" } },
  extendAssignment: { verb: "extend an assignment of", from: ["assigned", "handling"], input: { reason: "需协调", approvedBy: "市人民政府督查室" } },
  startHandling: { verb: "start handling", from: ["assigned"] },
  giveOpinion: { verb: "give an opinion on", from: ["assigned", "handling", "rehandling"], input: { opinion: "同意" } },
  answerProposal: { verb: "answer", from: ["handling", "rehandling"] },
  evaluateProposal: { verb: "evaluate", from: ["answered"], input: { deputyId: "1", satisfaction: "SATISFIED" } },
  closeProposal: { verb: "close", from: ["evaluated", "answered"] },
};

it("refuses every transition from every state that does not allow it, naming the state; nothing changes", async () => {
  const day = await today();
  await t().sql`insert into deputies (id, name, gender) values (1, '甲', 'male')`;
  await t().sql`insert into handling_units (id, name, kind) values (1, '市交通运输局', 'government_department'), (2, '市财政局', 'government_department')`;
  // proposal i+1 is in STATES[i]; its lead assignment is 101+i, its assisting one 201+i (returned ones before assignment)
  for (const [i, status] of STATES.entries()) {
    const assigned = i >= STATES.indexOf("assigned");
    const answered = ["answered", "evaluated", "closed"].includes(status);
    await t().sql`insert into proposals (id, congress_term, session_number, number, title, category, lead_deputy_id, status, submitted_at, merged_into_id)
      values (${i + 1}, 3, 4, ${i + 1}, ${"建议" + i}, 'social_development', 1, ${status}, '2024-01-10', ${status === "merged" ? 1 : null})`;
    await t().sql`insert into proposal_assignments (id, proposal_id, unit_id, role, assigned_at, due_at, returned_at, return_reason, answered_at, document_number)
      values (${101 + i}, ${i + 1}, 1, 'lead', ${day}, ${addMonths(day, 3)}, ${assigned ? null : day}, ${assigned ? null : "退回"}, ${answered ? day : null}, ${answered ? "1号" : null})`;
    await t().sql`insert into proposal_assignments (id, proposal_id, unit_id, role, assigned_at, due_at, returned_at, return_reason, opinion, opinion_at)
      values (${201 + i}, ${i + 1}, 2, 'assisting', ${day}, ${addMonths(day, 3)}, ${assigned ? null : day}, ${assigned ? null : "退回"}, '同意', ${day})`;
  }
  let refusals = 0;
  for (const [name, rule] of Object.entries(RULES)) {
    const input = name === "answerProposal" ? answerInput(day) : rule.input;
    for (const [i, status] of STATES.entries()) {
      if (rule.from.includes(status)) continue;
      const id = String(name === "giveOpinion" ? 201 + i : byAssignment(name) ? 101 + i : i + 1);
      const e = await refused(m(name), { id, i: input ?? null });
      expect(e, `${name} from ${status}`).toMatchObject({ code: "BAD_USER_INPUT", field: byAssignment(name) ? "assignmentId" : "id", state: status.toUpperCase() });
      expect(e.fields[0].message, `${name} from ${status}`).toBe(`cannot ${rule.verb} a proposal that is ${status.replace("_", " ")}`);
      expect(e.allowedStates).toEqual(rule.from.map((s) => s.toUpperCase()));
      refusals++;
    }
  }
  expect(refusals).toBe(112);
  const untouched = await t().sql`select count(*)::int as n from proposals where version <> 1`;
  expect(untouched[0]!.n).toBe(0);
  expect((await t().sql`select count(*)::int as n from proposal_events`)[0]!.n).toBe(0);

  // and each proposal offers the transitions its state allows
  const r = await t().gql(`{ proposals(first: 20, orderBy: [ID_ASC]) { nodes { status allowedTransitions } } }`);
  const kind: Record<string, string> = { acceptProposal: "ACCEPT", rejectProposal: "REJECT", mergeProposal: "MERGE", withdrawProposal: "WITHDRAW", assignProposal: "ASSIGN", returnAssignment: "RETURN", extendAssignment: "EXTEND", startHandling: "START_HANDLING", giveOpinion: "OPINION", answerProposal: "ANSWER", evaluateProposal: "EVALUATE", closeProposal: "CLOSE" };
  for (const node of r.data!.proposals.nodes as { status: string; allowedTransitions: string[] }[]) {
    const expected = Object.entries(RULES).filter(([, rule]) => rule.from.includes(node.status.toLowerCase())).map(([name]) => kind[name]);
    expect(node.allowedTransitions, node.status).toEqual(expected);
  }
});

it("does not accept, or merges, or lets the deputy withdraw a proposal before it is assigned", async () => {
  const a = await world();
  const [b, c, d, e] = [await create(2), await create(3), await create(4), await create(5, { congressTerm: 2 })];
  let p = await ok(m("rejectProposal"), { id: a, i: { reason: "  属于个人诉求,转为来信办理。 " } });
  expect(p).toMatchObject({ status: "NOT_ACCEPTED", allowedTransitions: [] });
  expect((await t().sql`select note from proposal_events where proposal_id = ${a} and kind = 'reject'`)[0]!.note).toBe("不作为代表建议：属于个人诉求,转为来信办理。");

  expect((await ok(m("withdrawProposal"), { id: b, i: { reason: "问题已解决" } })).status).toBe("WITHDRAWN");
  await ok(m("acceptProposal"), { id: c });
  expect((await ok(m("withdrawProposal"), { id: c, i: { reason: "另行提出" } })).status).toBe("WITHDRAWN");

  // merged into a proposal of the same term that is still open
  const f = await create(6);
  expect(await refused(m("mergeProposal"), { id: d, i: { intoId: d } })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.intoId" });
  expect((await refused(m("mergeProposal"), { id: d, i: { intoId: a } })).message).toMatch(/input.intoId: refers to a proposal that is not accepted/);
  expect((await refused(m("mergeProposal"), { id: d, i: { intoId: e } })).message).toMatch(/another congress term/);
  expect((await refused(m("mergeProposal"), { id: d, i: { intoId: "999" } })).message).toMatch(/does not exist/);
  p = await ok(m("mergeProposal"), { id: d, i: { intoId: f } });
  expect(p).toMatchObject({ status: "MERGED", mergedIntoId: f });
  const r = await t().gql(`query ($id: ID!) { proposal(id: $id) { number mergedProposals { number mergedInto { number } } } }`, { id: f });
  expect(r.data!.proposal).toEqual({ number: 6, mergedProposals: [{ number: 4, mergedInto: { number: 6 } }] });
  expect((await t().gql(`{ proposals(filter: { mergedIntoId: { isNull: false } }) { totalCount } }`)).data!.proposals.totalCount).toBe(1);
});

it("assigns to a lead unit and assisting units, due by default three months later and never later than that", async () => {
  const id = await world();
  const day = await today();
  await ok(m("acceptProposal"), { id });
  const bad = await refused(m("assignProposal"), {
    id,
    i: { leadUnitId: "1", assistingUnitIds: ["1", "3", "3", "99"], assignedAt: addDays(day, 1), dueAt: addMonths(day, 4) },
  });
  expect(bad.fields.map((f: { field: string }) => f.field)).toEqual([
    "input.assistingUnitIds.0",
    "input.assistingUnitIds.2",
    "input.assignedAt",
    "input.dueAt",
    "input.assistingUnitIds.3",
  ]);
  expect((await refused(m("assignProposal"), { id, i: { leadUnitId: "1", assignedAt: "2023-12-31" } })).message).toMatch(/before the proposal was submitted \(2024-01-10\)/);
  // a shorter due date is the office's choice
  const p = await ok(m("assignProposal"), { id, i: { leadUnitId: "1", assistingUnitIds: ["3"], dueAt: addDays(day, 30) } });
  expect(p.assignments.map((a: any) => [a.role, a.assignedAt, a.dueAt])).toEqual([
    ["LEAD", day, addDays(day, 30)],
    ["ASSISTING", day, addDays(day, 30)],
  ]);
  expect(p).toMatchObject({ status: "ASSIGNED", dueAt: addDays(day, 30), daysLeft: 30, version: 3 });
});

it("lets a unit return a wrongly assigned proposal within the return window; the lead's return sends it back to the office", async () => {
  const id = await world();
  const day = await today();
  await ok(m("acceptProposal"), { id });
  let p = await ok(m("assignProposal"), { id, i: { leadUnitId: "3", assistingUnitIds: ["2", "4"], assignedAt: addDays(day, -7) } });
  const [lead, county, education] = p.assignments.map((a: any) => a.id);

  // an assisting unit's return ends its own part
  p = await ok(m("returnAssignment"), { id: education, i: { reason: "与本单位职责无关" } });
  expect(p.status).toBe("ASSIGNED");
  expect(p.assignments.find((a: any) => a.id === education)).toMatchObject({ returnedAt: day, returnReason: "与本单位职责无关", daysLeft: null });
  expect((await refused(m("returnAssignment"), { id: education, i: { reason: "再次" } })).message).toMatch(/assignmentId: was returned on/);

  // the lead unit's return ends the whole assignment
  p = await ok(m("returnAssignment"), { id: lead, i: { reason: "应由市交通运输局办理" } });
  expect(p).toMatchObject({ status: "ACCEPTED", dueAt: null, daysLeft: null, overdue: false });
  expect(p.assignments.map((a: any) => [a.id, a.returnedAt, a.returnReason])).toEqual([
    [lead, day, "应由市交通运输局办理"],
    [county, day, "主办单位退回，整体重新交办"],
    [education, day, "与本单位职责无关"],
  ]);
  // the office assigns it again, the county government assisting again
  p = await ok(m("assignProposal"), { id, i: { leadUnitId: "1", assistingUnitIds: ["2"], assignedAt: addDays(day, -8) } });
  const live = p.assignments.filter((a: any) => !a.returnedAt);
  expect(live.map((a: any) => [a.unitId, a.role])).toEqual([["1", "LEAD"], ["2", "ASSISTING"]]);
  expect(p.assignments).toHaveLength(5);

  // 8 days after assignment is too late, unless the office allows longer
  const late = await refused(m("returnAssignment"), { id: live[0].id, i: { reason: "晚了" } });
  expect(late).toMatchObject({ code: "BAD_USER_INPUT", field: "assignmentId" });
  expect(late.fields[0].message).toBe(`can be returned only within 7 days of its assignment (by ${addDays(day, -1)})`);
  expect((await t().gql(`mutation { updateSettings(input: { returnWindowDays: 10 }) { returnWindowDays } }`)).errors).toBeUndefined();
  expect((await ok(m("returnAssignment"), { id: live[1].id, i: { reason: "不属于县政府职责" } })).status).toBe("ASSIGNED");

  const events = await t().sql`select kind, from_status, to_status, note from proposal_events where proposal_id = ${id} order by at, id`;
  expect(events.map((e) => [e.kind, e.from_status, e.to_status])).toEqual([
    ["submit", null, "submitted"],
    ["accept", "submitted", "accepted"],
    ["assign", "accepted", "assigned"],
    ["return", "assigned", "assigned"],
    ["return", "assigned", "accepted"],
    ["assign", "accepted", "assigned"],
    ["return", "assigned", "assigned"],
  ]);
  expect(events[4]!.note).toBe("市财政局（主办）申请退回：应由市交通运输局办理；待重新交办");
});

it("extends an assignment once, before its due date, to at most six months after assignment", async () => {
  const id = await world();
  const day = await today();
  const assignedAt = addDays(day, -30);
  await ok(m("acceptProposal"), { id });
  let p = await ok(m("assignProposal"), { id, i: { leadUnitId: "1", assignedAt } });
  const lead = p.assignments[0].id;
  const first = addMonths(assignedAt, 3);
  const extension = { reason: "涉及多部门协调", approvedBy: "市人民政府督查室" };

  expect((await refused(m("extendAssignment"), { id: lead, i: { ...extension, dueAt: addDays(addMonths(assignedAt, 6), 1) } })).fields[0]).toEqual({
    field: "input.dueAt",
    message: `must be at most 6 months after the assignment (by ${addMonths(assignedAt, 6)})`,
  });
  expect((await refused(m("extendAssignment"), { id: lead, i: { ...extension, dueAt: first } })).fields[0].message).toBe(`must be after the current due date (${first})`);
  p = await ok(m("extendAssignment"), { id: lead, i: extension });
  const extended = addMonths(assignedAt, 6);
  expect(p).toMatchObject({ status: "ASSIGNED", dueAt: extended, daysLeft: daysBetween(day, extended) });
  expect(p.assignments[0]).toMatchObject({ extended: true, originalDueAt: first, dueAt: extended, extensionReason: "涉及多部门协调", extensionApprovedBy: "市人民政府督查室" });
  expect((await refused(m("extendAssignment"), { id: lead, i: extension })).fields[0].message).toMatch(/was extended already .* an assignment is extended once/);
  expect((await t().sql`select note from proposal_events where kind = 'extend'`)[0]!.note).toBe(`市交通运输局延期至${extended}（原${first}）：涉及多部门协调；市人民政府督查室批准`);

  // an overdue assignment can no longer be extended
  const late = await create(2);
  await ok(m("acceptProposal"), { id: late });
  p = await ok(m("assignProposal"), { id: late, i: { leadUnitId: "3", assignedAt: addDays(day, -100) } });
  expect(p.overdue).toBe(true);
  expect((await refused(m("extendAssignment"), { id: p.assignments[0].id, i: extension })).fields[0].message).toBe(
    `is overdue since ${addMonths(addDays(day, -100), 3)}; an extension must be asked for before the due date`,
  );
});

it("shows each proposal's and assignment's due date, days left and whether it is overdue, and filters by them", async () => {
  await world();
  const day = await today();
  // 1: answer due in 5 days, the assisting opinion still missing; 2: overdue by 3; 3: due in 20; 4: answered late; 5: not assigned
  const plan: [number, number | null, boolean][] = [
    [1, 5, false],
    [2, -3, false],
    [3, 20, false],
    [4, -10, true],
  ];
  for (const n of [2, 3, 4, 5]) await create(n);
  for (const [n, dueIn, answered] of plan) {
    const id = String(n);
    await ok(m("acceptProposal"), { id });
    const assignedAt = addMonths(addDays(day, dueIn!), -3);
    await ok(m("assignProposal"), { id, i: { leadUnitId: "1", assistingUnitIds: n === 1 ? ["2"] : [], assignedAt } });
    if (answered) {
      await ok(m("startHandling"), { id });
      await ok(m("answerProposal"), { id, i: answerInput(day) });
    }
  }
  const r = await t().gql(`{ proposals(orderBy: [NUMBER_ASC]) { nodes { number dueAt daysLeft overdue assignments { role daysLeft overdue } } } }`);
  const rows = r.data!.proposals.nodes.map((p: any) => [p.number, p.daysLeft, p.overdue, p.assignments.map((a: any) => [a.role, a.daysLeft, a.overdue])]);
  expect(rows).toEqual([
    [1, 5, false, [["LEAD", 5, false], ["ASSISTING", 5, false]]],
    [2, -3, true, [["LEAD", -3, true]]],
    [3, 20, false, [["LEAD", 20, false]]],
    [4, null, false, [["LEAD", null, false]]],
    [5, null, false, []],
  ]);
  expect(r.data!.proposals.nodes[3].dueAt).toBe(addDays(day, -10));
  // computed for the whole page at once: the page, the live lead units, today, the assignments
  t().statements.length = 0;
  await t().gql(`{ proposals(first: 100) { nodes { dueAt daysLeft overdue assignments { daysLeft overdue } } } }`);
  expect(t().statements.length).toBeLessThanOrEqual(4);

  const numbers = async (filter: string) =>
    (await t().gql(`{ proposals(filter: ${filter}, orderBy: [NUMBER_ASC]) { nodes { number } } }`)).data!.proposals.nodes.map((p: any) => p.number);
  expect(await numbers(`{ overdue: true }`)).toEqual([2]);
  expect(await numbers(`{ overdue: false }`)).toEqual([1, 3, 4, 5]);
  expect(await numbers(`{ dueWithinDays: 7 }`)).toEqual([1]);
  expect(await numbers(`{ dueWithinDays: 30 }`)).toEqual([1, 3]);
  expect(await numbers(`{ or: [{ overdue: true }, { dueWithinDays: 7 }] }`)).toEqual([1, 2]);
  expect(await numbers(`{ assignment: { role: { eq: ASSISTING }, dueWithinDays: 7 } }`)).toEqual([1]);
  const units = await t().gql(`{ proposalAssignments(filter: { overdue: true }) { nodes { proposal { number } unit { name } } } }`);
  expect(units.data!.proposalAssignments.nodes).toEqual([{ proposal: { number: 2 }, unit: { name: "市交通运输局" } }]);
  const counted = await t().gql(`{ proposalsAggregate(filter: { overdue: true }) { total { count } } }`);
  expect(counted.data!.proposalsAggregate.total.count).toBe(1);
  const bad = await t().gql(`{ proposals(filter: { dueWithinDays: -1 }) { totalCount } }`);
  expect(bad.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.dueWithinDays" });
});

it("takes one evaluation per deputy and round from the lead deputy and co-signers only, and closes without all once the window is over", async () => {
  const id = await world();
  const day = await today();
  await ok(m("acceptProposal"), { id });
  await ok(m("assignProposal"), { id, i: { leadUnitId: "1", assignedAt: addDays(day, -90) } });
  await ok(m("startHandling"), { id });
  expect((await refused(m("answerProposal"), { id, i: answerInput(addDays(day, 1)) })).fields[0]).toEqual({ field: "input.answeredAt", message: `must not be after today (${day})` });
  expect((await refused(m("answerProposal"), { id, i: answerInput(addDays(day, -91)) })).fields[0].field).toBe("input.answeredAt");
  await ok(m("answerProposal"), { id, i: answerInput(addDays(day, -30)) });

  expect((await refused(m("evaluateProposal"), { id, i: { deputyId: "5", satisfaction: "SATISFIED" } })).fields[0]).toEqual({
    field: "input.deputyId",
    message: "is neither the lead deputy nor a co-signer of this proposal",
  });
  await ok(m("evaluateProposal"), { id, i: { deputyId: "2", satisfaction: "SATISFIED" } });
  expect((await refused(m("evaluateProposal"), { id, i: { deputyId: "2", satisfaction: "DISSATISFIED" } })).fields[0].message).toBe("has evaluated round 1 already");

  // 30 days after the answer the window is still open: closing needs every evaluation
  const early = await refused(m("closeProposal"), { id });
  expect(early).toMatchObject({ code: "BAD_USER_INPUT", field: "id", state: "ANSWERED" });
  expect(early.fields[0].message).toBe(`cannot close a proposal that is answered until its evaluation window ends on ${day}, unless every deputy has evaluated it`);
  expect((await t().gql(`mutation { updateSettings(input: { evaluationWindowDays: 29 }) { evaluationWindowDays } }`)).errors).toBeUndefined();
  const p = await ok(m("closeProposal"), { id });
  expect(p.status).toBe("CLOSED");
  expect((await t().sql`select note from proposal_events where kind = 'close'`)[0]!.note).toBe("评价期限（" + addDays(day, -1) + "）已过，办结");
});

it("refuses a transition based on an old version, and answers NOT_FOUND for a proposal or assignment that does not exist", async () => {
  const id = await world();
  expect(await refused(m("acceptProposal"), { id, i: 7 })).toMatchObject({ code: "CONFLICT", field: "version", currentVersion: 1 });
  expect((await ok(m("acceptProposal"), { id, i: 1 })).version).toBe(2);
  expect(await refused(m("startHandling"), { id: "999" })).toMatchObject({ code: "NOT_FOUND" });
  expect(await refused(m("giveOpinion"), { id: "999", i: { opinion: "同意" } })).toMatchObject({ code: "NOT_FOUND", type: "ProposalAssignment" });
  expect(await refused(m("rejectProposal"), { id, i: { reason: "   " } })).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
});

it("lets only an assisting unit give an opinion, and only a live one", async () => {
  const id = await world();
  await ok(m("acceptProposal"), { id });
  const p = await ok(m("assignProposal"), { id, i: { leadUnitId: "1", assistingUnitIds: ["2"] } });
  const [lead, assisting] = p.assignments.map((a: any) => a.id);
  expect((await refused(m("giveOpinion"), { id: lead, i: { opinion: "同意" } })).fields[0]).toEqual({
    field: "assignmentId",
    message: "is the lead unit's; opinions come from assisting units",
  });
  await ok(m("giveOpinion"), { id: assisting, i: { opinion: "第一稿" } });
  const again = await ok(m("giveOpinion"), { id: assisting, i: { opinion: "修改后的意见" } });
  expect(again.assignments[1].opinion).toBe("修改后的意见");
  expect((await refused(m("returnAssignment"), { id: assisting, i: { reason: "退回" } })).fields[0].message).toMatch(/has given its opinion already/);
});
