// The dashboard's and the review's operations against the API's real schema, and the links they open:
// every query must validate with its variables, and every list link must turn back into the very
// filter the number was counted with (so the list's total is the number).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, introspectionFromSchema, parse, validate, type OperationDefinitionNode } from "graphql";
import { getVariableValues } from "graphql/execution/values.js";
import { describe, expect, it } from "vitest";
import { filterTypeOf, listUrl, toListFilter } from "../common/listLink";
import { toFilter } from "../dataProvider/buildVariables";
import { SchemaView } from "../dataProvider/schemaView";
import * as f from "./filters";
import { ACTIVITIES_QUERY, COUNTIES_QUERY, deputiesQuery, MEASURE_PROGRESS_QUERY, MEASURES_QUERY, PROPOSALS_QUERY, REVIEW_QUERY, STATIONS_QUERY, TRAINING_QUERY, YEARS_QUERY } from "./queries";

const sdl = readFileSync(fileURLToPath(new URL("../../../api/schema.graphql", import.meta.url)), "utf8");
const schema = buildSchema(sdl);
const view = new SchemaView(introspectionFromSchema(schema).__schema);
const Y = 2024;

function check(query: string, variables: Record<string, unknown>) {
  const doc = parse(query);
  expect(validate(schema, doc).map((e) => e.message), query).toEqual([]);
  const op = doc.definitions[0] as OperationDefinitionNode;
  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], variables);
  expect(coerced.errors?.map((e) => e.message) ?? [], JSON.stringify(variables)).toEqual([]);
}

describe("dashboard and review operations", () => {
  it("validate against schema.graphql with their variables", () => {
    check(COUNTIES_QUERY, {});
    check(YEARS_QUERY, {});
    check(REVIEW_QUERY, { year: Y });
    check(deputiesQuery(["all", "c0", "c1"]), { all: f.mandateFilter(Y), c0: f.mandateFilter(Y, { county: "1" }), c1: f.mandateFilter(Y, { county: "2", level: "CITY" }) });
    check(STATIONS_QUERY, { all: f.stationFilter(Y), model: f.stationFilter(Y, { model: true }), industry: f.stationFilter(Y, { industry: true }) });
    check(PROPOSALS_QUERY, {
      year: f.proposalFilter(Y),
      owed: f.owedProposals(Y),
      answered: f.answeredProposals(Y),
      overdue: f.overdueProposals(Y),
      lead: f.leadAssignments(Y),
      evaluations: f.evaluations(Y),
    });
    check(TRAINING_QUERY, { trainings: f.trainingFilter(Y), attended: f.attendanceFilter(Y), attendedServing: f.attendanceFilter(Y, "CLASS", true), serving: f.mandateFilter(Y) });
    check(ACTIVITIES_QUERY, { year: f.participationFilter(Y), activities: { date: f.yearRange(Y) } });
    check(MEASURES_QUERY, f.measureFilters(Y));
    check(MEASURE_PROGRESS_QUERY, { activities: { measureId: { eq: "1" } }, participations: { activity: { measureId: { eq: "1" } } } });
  });

  it("knows the last day of each month", () => {
    expect(f.monthRange("2024-02")).toEqual({ gte: "2024-02-01", lte: "2024-02-29" });
    expect(f.monthRange("2023-02")).toEqual({ gte: "2023-02-01", lte: "2023-02-28" });
    expect(f.monthRange("2024-12")).toEqual({ gte: "2024-12-01", lte: "2024-12-31" });
  });
});

// Every filter a number of the dashboard or a figure of the review opens.
const links: [string, Record<string, unknown>][] = [
  ["deputies", f.servingDeputies(Y)],
  ["deputies", f.servingDeputies(Y, { level: "TOWNSHIP", county: "3" })],
  ["stations", f.stationFilter(Y, { kind: "ROOM", district: "2", model: true })],
  ["stations", f.stationFilter(Y, { kind: "STATION", district: null, industry: true })],
  ["proposals", f.owedProposals(Y)],
  ["proposals", f.overdueProposals(Y)],
  ["proposals", f.leadUnitProposals(Y, "7")],
  ["proposals", f.proposalFilter(Y, { category: { eq: "AGRICULTURE_RURAL" } })],
  ["proposalEvaluations", f.evaluations(Y, "SATISFIED")],
  ["trainings", f.trainingFilter(Y, "CLASS")],
  ["trainingAttendances", f.attendanceFilter(Y, "ONLINE")],
  ["activityParticipations", f.participationFilter(Y, { month: "2024-03", area: "LEGISLATION" })],
  // the shapes of yearlyReview's figures
  ["activityParticipations", { activity: { area: { eq: "SUPERVISION" }, date: f.yearRange(Y) }, deputy: f.servingDeputies(Y, { level: "CITY" }) }],
  ["proposals", { sessionNumber: { isNull: false }, submittedAt: f.yearRange(Y), status: { in: ["ANSWERED", "EVALUATED", "CLOSED"] } }],
  ["stations", { kind: { eq: "STATION" }, active: { eq: true }, openedOn: { lte: "2024-12-31" }, isModel: { eq: true }, modelYear: { lte: Y } }],
  ["activities", { title: { eq: "执法检查" }, date: { gte: "2024-03-01", lte: "2024-06-30" } }],
  // the year's measures
  ["activities", f.measureFilters(Y).activities],
  ["activityParticipations", f.measureFilters(Y).participations],
  ["activities", { measureId: { eq: "3" } }],
  ["activityParticipations", { activity: { measureId: { eq: "3" } } }],
];

describe("list links", () => {
  it.each(links)("open %s with exactly the filter counted", (resource, filter) => {
    const type = filterTypeOf(resource);
    const flat = toListFilter(type, filter);
    // What the URL carries, read back as react-admin does (JSON), then as the data provider sends it.
    const url = new URL(listUrl(resource, filter), "http://console");
    expect(url.pathname).toBe(`/${resource}`);
    expect(JSON.parse(url.searchParams.get("filter")!)).toEqual(flat);
    expect(toFilter(view, type, JSON.parse(url.searchParams.get("filter")!))).toEqual(filter);
  });

  it("writes filters as the list's own inputs do", () => {
    expect(toListFilter("StationFilter", f.stationFilter(Y, { kind: "STATION", district: "2" }))).toEqual({
      active: true,
      openedOn_lte: "2024-12-31",
      kind: "STATION",
      districtId: "2",
    });
    expect(toListFilter("ProposalFilter", f.owedProposals(Y))).toMatchObject({ submittedAt_year: Y, status: f.owedStatuses });
    expect(toListFilter("DeputyFilter", f.servingDeputies(Y, { level: "CITY" }))).toMatchObject({ "mandate.level": "CITY", "mandate.startDate_lte": "2024-12-31" });
    // Text equality keeps its operator: a bare text value means "contains" in a list filter.
    expect(toListFilter("ActivityFilter", { title: { eq: "x" } })).toEqual({ title_eq: "x" });
  });
});
