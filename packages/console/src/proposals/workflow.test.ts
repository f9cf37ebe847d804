// The handling steps' documents against the API's real schema (packages/api/schema.graphql): each must
// validate and its variables, as the dialogs build them, must coerce; and the dialogs' checks.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, parse, validate as validateDocument, type GraphQLEnumType, type OperationDefinitionNode } from "graphql";
import { getVariableValues } from "graphql/execution/values.js";
import { describe, expect, it } from "vitest";
import { messages } from "../i18n";
import { unitAssignmentsVariables, unitStatsVariables } from "../handling-units/HandlingUnitProposals";
import {
  ACTION_ORDER,
  addMonths,
  assignmentsFor,
  COMMUNICATIONS,
  DEADLINES_QUERY,
  EVENT_KINDS,
  evaluationInputs,
  MUTATIONS,
  pendingEvaluators,
  RESULT_CLASSES,
  SATISFACTIONS,
  SETTINGS_QUERY,
  UNIT_ASSIGNMENTS_QUERY,
  UNIT_STATS_QUERY,
  validate,
  variablesOf,
  type Kind,
  type ProposalLike,
} from "./workflow";

const schema = buildSchema(readFileSync(fileURLToPath(new URL("../../../api/schema.graphql", import.meta.url)), "utf8"));

function check(query: string, variables: Record<string, unknown>) {
  const doc = parse(query);
  expect(validateDocument(schema, doc).map((e) => e.message), query).toEqual([]);
  const op = doc.definitions[0] as OperationDefinitionNode;
  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], variables);
  expect(coerced.errors?.map((e) => e.message) ?? [], JSON.stringify(variables)).toEqual([]);
}

const proposal: ProposalLike & { version: number } = {
  id: "42",
  version: 3,
  status: "HANDLING",
  round: 1,
  submittedAt: "2024-01-10",
  congressTerm: 3,
  leadDeputyId: "7",
  cosigners: [{ deputyId: "8" }, { deputyId: "9" }],
  assignments: [
    { id: "100", role: "LEAD", unitId: "1", assignedAt: "2024-02-01", dueAt: "2024-05-01", extended: false },
    { id: "101", role: "ASSISTING", unitId: "2", assignedAt: "2024-02-01", dueAt: "2024-05-01", extended: false },
    { id: "102", role: "ASSISTING", unitId: "3", assignedAt: "2024-02-01", returnedAt: "2024-02-03" },
  ],
  evaluations: [{ deputyId: "8", round: 1 }],
};

// What each dialog sends when filled in correctly.
const filled: Record<Kind, Record<string, unknown>> = {
  ACCEPT: {},
  REJECT: { reason: "属于来信" },
  MERGE: { intoId: "43" },
  WITHDRAW: { reason: "代表申请撤回" },
  ASSIGN: { leadUnitId: "1", assistingUnitIds: ["2", "3"], assignedAt: "2024-02-01", dueAt: "2024-04-30" },
  RETURN: { assignmentId: "101", reason: "不属于本单位职责" },
  EXTEND: { assignmentId: "100", reason: "需要协调", approvedBy: "秘书长", dueAt: "2024-07-01" },
  START_HANDLING: {},
  OPINION: { assignmentId: "101", opinion: "同意" },
  ANSWER: { answer: "已解决", answeredAt: "2024-03-01", communication: "PHONE", documentNumber: "毕交复〔2024〕1号", resultClass: "A" },
  EVALUATE: { deputyId: "7", satisfaction: "SATISFIED", comment: "好" },
  CLOSE: {},
};

describe("the handling steps against schema.graphql", () => {
  it("has a document for every transition, each valid with the variables its dialog builds", () => {
    const kinds = (schema.getType("ProposalEventKind") as GraphQLEnumType).getValues().map((v) => v.name);
    expect([...ACTION_ORDER].sort()).toEqual(kinds.filter((k) => k !== "SUBMIT").sort());
    for (const kind of ACTION_ORDER) check(MUTATIONS[kind].document, variablesOf(kind, proposal, filled[kind]));
  });

  it("names the proposal or the assignment as the mutation expects", () => {
    expect(variablesOf("OPINION", proposal, filled.OPINION)).toEqual({ assignmentId: "101", version: 3, input: { opinion: "同意" } });
    expect(variablesOf("ACCEPT", proposal, {})).toEqual({ id: "42", version: 3 });
    expect(variablesOf("ASSIGN", proposal, { leadUnitId: 1 })).toEqual({ id: "42", version: 3, input: { leadUnitId: "1", assistingUnitIds: [] } });
  });

  it("validates the queries of the settings, the handling-unit page and the dashboard", () => {
    check(SETTINGS_QUERY, {});
    check(UNIT_ASSIGNMENTS_QUERY, unitAssignmentsVariables("5", 1, 10));
    check(UNIT_STATS_QUERY, unitStatsVariables("5"));
    check(DEADLINES_QUERY, { first: 8, days: 14 });
  });

  it("knows every value of the workflow's enums, in both languages", () => {
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name).sort();
    expect([...COMMUNICATIONS].sort()).toEqual(values("Communication"));
    expect([...RESULT_CLASSES].sort()).toEqual(values("ResultClass"));
    expect([...SATISFACTIONS].sort()).toEqual(values("Satisfaction"));
    expect([...EVENT_KINDS].sort()).toEqual(values("ProposalEventKind"));
    for (const lang of ["zh", "en"] as const) {
      const w = messages[lang].workflow;
      for (const k of EVENT_KINDS) expect(w.events[k], `${lang} ${k}`).toBeTruthy();
      for (const k of ACTION_ORDER) expect([w.actions[k], w.help[k]].every(Boolean), `${lang} ${k}`).toBe(true);
      for (const c of COMMUNICATIONS) expect(w.communication[c]).toBeTruthy();
      for (const c of RESULT_CLASSES) expect(w.result_class[c]).toBeTruthy();
    }
  });
});

describe("the dialogs' checks", () => {
  const today = "2024-03-15";
  it("accepts what is filled in correctly", () => {
    for (const kind of ACTION_ORDER) {
      const values = kind === "EVALUATE" ? { s_7: "SATISFIED" } : filled[kind];
      expect(validate(kind, values, proposal, undefined, today), kind).toEqual({});
    }
  });

  it("asks for the required fields", () => {
    expect(validate("ANSWER", {}, proposal, undefined, today)).toEqual({
      answer: "ra.validation.required",
      answeredAt: "ra.validation.required",
      communication: "ra.validation.required",
      documentNumber: "ra.validation.required",
      resultClass: "ra.validation.required",
    });
    expect(Object.keys(validate("EXTEND", {}, proposal, undefined, today)).sort()).toEqual(["approvedBy", "assignmentId", "reason"]);
    expect(validate("REJECT", { reason: "  " }, proposal, undefined, today)).toEqual({ reason: "ra.validation.required" });
  });

  it("keeps the lead unit out of the assisting units and the dates in range", () => {
    expect(validate("ASSIGN", { leadUnitId: "1", assistingUnitIds: ["1"] }, proposal, undefined, today).assistingUnitIds).toBe("workflow.validation.lead_is_assisting");
    expect(validate("ASSIGN", { leadUnitId: "1", assistingUnitIds: ["2", "2"] }, proposal, undefined, today).assistingUnitIds).toBe("workflow.validation.unit_twice");
    expect(validate("ASSIGN", { leadUnitId: "1", assignedAt: "2024-03-16" }, proposal, undefined, today).assignedAt).toMatchObject({ message: "workflow.validation.not_after_today" });
    expect(validate("ASSIGN", { leadUnitId: "1", assignedAt: "2024-01-01" }, proposal, undefined, today).assignedAt).toMatchObject({ message: "workflow.validation.not_before" });
    expect(validate("ASSIGN", { leadUnitId: "1", assignedAt: "2024-02-01", dueAt: "2024-05-02" }, proposal, undefined, today).dueAt).toMatchObject({
      message: "workflow.validation.due_range",
      args: { months: 3, date: "2024-05-01" },
    });
    expect(validate("EXTEND", { ...filled.EXTEND, dueAt: "2024-04-30" }, proposal, undefined, today).dueAt).toMatchObject({ message: "workflow.validation.after_due" });
    expect(validate("EXTEND", { ...filled.EXTEND, dueAt: "2024-08-02" }, proposal, undefined, today).dueAt).toMatchObject({ message: "workflow.validation.extension_max" });
    expect(validate("ANSWER", { ...filled.ANSWER, answeredAt: "2024-01-31" }, proposal, undefined, today).answeredAt).toMatchObject({ message: "workflow.validation.not_before" });
    expect(validate("ANSWER", { ...filled.ANSWER, communication: "EMAIL" }, proposal, undefined, today).communication).toBe("ra.validation.required");
    expect(validate("MERGE", { intoId: "42" }, proposal, undefined, today).intoId).toBe("workflow.validation.merge_self");
    expect(addMonths("2024-11-30", 3)).toBe("2025-02-28");
  });

  it("asks each deputy who has not evaluated this round, one dissatisfied at a time", () => {
    expect(pendingEvaluators(proposal)).toEqual(["7", "9"]);
    expect(validate("EVALUATE", {}, proposal, undefined, today)).toEqual({ s_7: "workflow.validation.evaluate_one" });
    expect(validate("EVALUATE", { s_7: "DISSATISFIED", s_9: "DISSATISFIED", c_7: "x", c_9: "y" }, proposal, undefined, today)).toEqual({
      s_7: "workflow.validation.one_dissatisfied",
      s_9: "workflow.validation.one_dissatisfied",
    });
    expect(validate("EVALUATE", { s_9: "DISSATISFIED" }, proposal, undefined, today)).toEqual({ c_9: "workflow.validation.dissatisfied_comment" });
    expect(evaluationInputs({ s_7: "DISSATISFIED", c_7: " 不满意 ", s_9: "SATISFIED", s_8: "SATISFIED" }, proposal)).toEqual([
      { deputyId: "9", satisfaction: "SATISFIED" },
      { deputyId: "7", satisfaction: "DISSATISFIED", comment: "不满意" },
    ]);
  });

  it("offers only the assignments a step can name", () => {
    expect(assignmentsFor("OPINION", proposal).map((a) => a.id)).toEqual(["101"]);
    expect(assignmentsFor("RETURN", proposal).map((a) => a.id)).toEqual(["100", "101"]);
    expect(assignmentsFor("EXTEND", { ...proposal, assignments: [{ ...proposal.assignments![0]!, extended: true }] })).toEqual([]);
  });
});

describe("today", () => {
  it("is the day in China, as the API counts it", async () => {
    const { todayIso } = await import("./workflow");
    expect(todayIso(new Date("2026-11-26T17:49:00Z"))).toBe("2026-11-27");
    expect(todayIso(new Date("2026-11-26T10:00:00Z"))).toBe("2026-11-26");
  });
});
