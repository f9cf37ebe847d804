// What the data provider's tests share (imported only by *.test.ts): the API's real schema
// (packages/api/schema.graphql), a check that a document validates and its variables coerce, the
// filters, sorts, reference targets and records the console's pages send. (The console's words as a
// translate function: fixtures.zh.ts, apart, since the messages take a while to load.)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, introspectionFromSchema, print, validate, type DocumentNode, type OperationDefinitionNode } from "graphql";
import { getVariableValues } from "graphql/execution/values.js";
import { expect } from "vitest";
import type { Params } from "./buildVariables";
import { SchemaView } from "./schemaView";

export const sdl = readFileSync(fileURLToPath(new URL("../../../api/schema.graphql", import.meta.url)), "utf8");
export const schema = buildSchema(sdl);
export const intro = introspectionFromSchema(schema).__schema;
export const view = new SchemaView(intro);

// The document validates against the schema and the variables coerce to its variable definitions.
export function check(doc: DocumentNode, variables: Record<string, unknown>) {
  const errors = validate(schema, doc);
  expect(errors.map((e) => e.message), print(doc)).toEqual([]);
  const op = doc.definitions[0] as OperationDefinitionNode;
  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], variables);
  expect(coerced.errors?.map((e) => e.message) ?? [], JSON.stringify(variables)).toEqual([]);
}

// Filters as the list pages send them.
export const listFilters: Record<string, Record<string, unknown>> = {
  districts: { q: "七星", level: "COUNTY", parentId: "1" },
  deputies: { q: "张", gender: "FEMALE", ethnicity: "彝族", mandate: { level: "CITY", districtId: "3" }, politicalAffiliation: "CPC", occupationSector: "FARMER" },
  trainings: { q: "培训", form: "CLASS", online: false, startDate_year: 2024 },
  stations: { q: "站", kind: "STATION", districtId: "2", isModel: true, isIndustry: false, active: true },
  handlingUnits: { q: "局", kind: "GOVERNMENT_DEPARTMENT" },
  proposals: { q: "道路", category: "AGRICULTURE_RURAL", status: ["ANSWERED", "CLOSED"], congressTerm: 3, sessionNumber: "4", specialFund: true, submittedAt_year: "2024" },
  activities: { q: "调研", kind: "INSPECTION", area: "SUPERVISION", districtId: "5", date_year: 2024 },
  receptions: { q: "停车", date_year: 2024, way: "IN_PERSON", stationId: "2", districtId: "1", deputy: { deputyId: "3" } },
  opinions: { q: "停车", raisedOn_year: 2024, status: "FORWARDED", category: "SOCIAL_DEVELOPMENT", unitId: "1" },
  trainingAttendances: { status: "ATTENDED", "training.form": "CLASS", "training.startDate_year": 2024 },
  activityParticipations: { "activity.area": "LEGISLATION", "activity.date_gte": "2024-03-01", "activity.date_lte": "2024-03-31", deputyId: "9" },
  proposalEvaluations: { satisfaction: "SATISFIED", "proposal.submittedAt_year": 2024 },
  users: { q: "demo", role: "VIEWER", active: true },
  apiTokens: { q: "大屏" },
  savedQueries: { q: "站点" },
  // deputies' work (issue 14)
  committees: { q: "委员会", kind: "SPECIAL_COMMITTEE" },
  measures: { q: "立法", year: 2024, area: "LEGISLATION", committeeId: "1" },
  deputyGroups: { q: "小组", kind: "DISTRICT", districtId: "1", "member.deputyId": "3" },
  contacts: { q: "座谈", date_year: 2024, by: "COMMITTEE", way: "VISIT", committeeId: "1", "deputy.deputyId": "3" },
  meetings: { q: "常委会", startDate_year: 2024, "attendee.deputyId": "3" },
  auditLogs: { userId: "2", recordType_eq: "Deputy", recordId: "5", operation_eq: "update", at_gte: "2024-05-01", at_lte: "2024-05-31", actor: "demo" },
};
const sortField: Record<string, string> = {
  receptions: "date",
  opinions: "raisedOn",
  activities: "date",
  trainings: "startDate",
  proposals: "number",
  trainingAttendances: "hours",
  activityParticipations: "id",
  proposalEvaluations: "evaluatedAt",
  users: "username",
  apiTokens: "createdAt",
  auditLogs: "at",
  measures: "year",
  contacts: "date",
  meetings: "startDate",
};

// Targets of the reference lists on the show pages.
export const references: [string, string][] = [
  ["deputies", "mandate.districtId"],
  ["districts", "parentId"],
  ["stations", "districtId"],
  ["stations", "parentId"],
  ["stations", "deputy.deputyId"],
  ["trainings", "attendance.deputyId"],
  ["proposals", "leadDeputyId"],
  ["proposals", "cosigner.deputyId"],
  ["proposals", "assignment.unitId"],
  ["activities", "participation.deputyId"],
  ["activities", "stationId"],
  ["auditLogs", "recordId"],
  ["measures", "committeeId"],
  ["contacts", "committeeId"],
  ["activities", "measureId"],
  ["activities", "groupId"],
];

export const sample: Record<string, Record<string, unknown>> = {
  districts: { name: "测试区", code: "520999", level: "COUNTY", parentId: null },
  deputies: {
    name: "王测试",
    gender: "MALE",
    ethnicity: "彝族",
    birthDate: "1980-05-01",
    phone: "",
    mandates: [
      { level: "CITY", congressTerm: 3, districtId: "1", startDate: "2022-01-01", endDate: null, district: { id: "1", name: "七星关区" } },
      { id: "9", level: "COUNTY", congressTerm: 18, startDate: "2021-10-01", __typename: "DeputyMandate" },
    ],
    trainings: [{ id: "1" }],
  },
  trainings: {
    title: "培训班",
    form: "CLASS",
    startDate: "2024-05-10",
    endDate: "2024-05-14",
    hours: "32",
    online: false,
    attendances: [{ deputyId: "1", status: "ATTENDED", hours: 32, deputy: { id: "1", name: "x" } }, { deputyId: "2" }],
  },
  stations: { name: "站", kind: "STATION", districtId: "1", isModel: true, modelYear: 2023, deputies: [{ deputyId: "1", role: "HEAD", fromDate: "2024-01-01" }] },
  handlingUnits: { name: "市交通运输局", kind: "GOVERNMENT_DEPARTMENT", contactPhone: "0857-8221234" },
  proposals: {
    congressTerm: 3,
    sessionNumber: 4,
    number: 101,
    title: "关于改善乡村道路的建议",
    category: "AGRICULTURE_RURAL",
    leadDeputyId: "1",
    cosignerIds: ["2", "3"],
    submittedAt: "2024-01-20",
    specialFund: false,
    assignments: [{ unitId: "1", role: "LEAD", assignedAt: "2024-02-01", dueAt: "2024-05-01", unit: { name: "x" } }],
  },
  activities: { title: "执法检查", kind: "LAW_ENFORCEMENT_CHECK", area: "SUPERVISION", date: "2024-06-01", participations: [{ deputyId: "1", role: "LEADER" }] },
  committees: { name: "法制委员会", kind: "SPECIAL_COMMITTEE" },
  measures: { year: 2024, number: 1, area: "LEGISLATION", title: "代表参与立法", committeeId: "1", committee: { id: "1", name: "x" } },
  deputyGroups: { name: "七星关区代表小组", kind: "DISTRICT", districtId: "1", members: [{ deputyId: "1", role: "LEADER", deputy: { id: "1", name: "x" } }, { deputyId: "2" }] },
  contacts: { date: "2024-04-10", by: "COMMITTEE", committeeId: "1", way: "VISIT", deputies: [{ deputyId: "1", deputy: { id: "1", name: "x" } }] },
  meetings: { title: "常委会会议", startDate: "2024-08-27", endDate: "2024-08-29", forumDate: "2024-08-28", attendees: [{ deputyId: "1", atForum: true }] },
  receptions: {
    date: "2024-05-10",
    way: "IN_PERSON",
    stationId: "2",
    constituentsCount: 8,
    deputies: [{ deputyId: "1", deputy: { name: "x" } }],
    opinions: [{ id: "7", content: "停车难", category: "SOCIAL_DEVELOPMENT", status: "OPEN", constituentPhone: "13800001111" }, { content: "路灯", category: "SOCIAL_DEVELOPMENT" }],
  },
  opinions: { receptionId: "1", raisedOn: "2024-05-10", content: "停车难", category: "SOCIAL_DEVELOPMENT" },
  users: { username: "clerk.wang", displayName: "王文书", role: "EDITOR", active: true, password: "a-long-password" },
  savedQueries: { name: "stations-2024", title: "站点 🏛️", query: "{ stations { totalCount } }", variables: { first: 10 }, maxAge: 60 },
};

// react-admin's params for a list page (its third page, sorted down), a reference list on a show page,
// and an edit saved without a change.
export const listParams = (resource: string): Params => ({
  filter: listFilters[resource],
  sort: { field: sortField[resource] ?? "name", order: "DESC" },
  pagination: { page: 3, perPage: 25 },
});
export const referenceParams = (target: string): Params => ({ target, id: 8, filter: {}, sort: { field: "id", order: "ASC" }, pagination: { page: 1, perPage: 10 } });
export const unchangedParams = (resource: string): Params => ({ id: "4", data: { ...sample[resource], version: 3 }, previousData: { ...sample[resource], version: 3 } });
