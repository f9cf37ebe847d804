// The data provider against the API's real schema (packages/api/schema.graphql): every document it
// builds must validate, and every set of variables must coerce, so a rename on the server fails here.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  buildSchema,
  graphql,
  introspectionFromSchema,
  print,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { getVariableValues } from "graphql/execution/values.js";
import { CREATE, DELETE, DELETE_MANY, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from "ra-core";
import { introspectSchema } from "ra-data-graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { enums } from "../common/enums";
import { messages } from "../i18n";
import { buildQueryFactory } from "./buildQuery";
import { toFilter, toUpdateInput } from "./buildVariables";
import { RecordNotFound } from "./getResponseParser";
import { QueryBuildError, SchemaView } from "./schemaView";
import { formField, toRaError } from "./errors";
import { createDataProvider, introspectionOptions } from "./index";
import { operationsOf, resources } from "./resources";

const sdl = readFileSync(fileURLToPath(new URL("../../../api/schema.graphql", import.meta.url)), "utf8");
let schema: GraphQLSchema;
let build: ReturnType<typeof buildQueryFactory>;
let view: SchemaView;

beforeAll(async () => {
  schema = buildSchema(sdl);
  const intro = introspectionFromSchema(schema).__schema;
  const result = await introspectSchema(null as never, { ...(introspectionOptions as object), schema: intro } as never);
  expect(result.resources.map((r) => r.type.name).sort()).toEqual(Object.values(resources).map((r) => r.type).sort());
  build = buildQueryFactory(result);
  view = new SchemaView(intro);
});

function check(doc: DocumentNode, variables: Record<string, unknown>) {
  const errors = validate(schema, doc);
  expect(errors.map((e) => e.message), print(doc)).toEqual([]);
  const op = doc.definitions[0] as OperationDefinitionNode;
  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], variables);
  expect(coerced.errors?.map((e) => e.message) ?? [], JSON.stringify(variables)).toEqual([]);
}

// Filters as the list pages send them.
const listFilters: Record<string, Record<string, unknown>> = {
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
const references: [string, string][] = [
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

const sample: Record<string, Record<string, unknown>> = {
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

describe("buildQuery against schema.graphql", () => {
  for (const resource of Object.keys(resources)) {
    describe(resource, () => {
      it("GET_LIST: filter, orderBy, first/offset", () => {
        const q = build(GET_LIST, resource, {
          filter: listFilters[resource],
          sort: { field: sortField[resource] ?? "name", order: "DESC" },
          pagination: { page: 3, perPage: 25 },
        });
        check(q.query, q.variables!);
        expect(q.variables!.first).toBe(25);
        expect(q.variables!.offset).toBe(50);
        expect((q.variables!.orderBy as string[])[0]).toMatch(/_DESC$/);
        expect(Object.keys(q.variables!.filter as object).length).toBeGreaterThan(0);
        const page = q.parseResponse({ data: { [resource]: { totalCount: 7, nodes: [{ id: "1" }] } } } as never);
        expect(page.total).toBe(7);
        expect(page.data[0].id).toBe("1");
      });
      it("GET_ONE, GET_MANY", () => {
        const one = build(GET_ONE, resource, { id: 12 });
        check(one.query, one.variables!);
        const field = (one.query.definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as { name: { value: string } };
        if (operationsOf(resource).one) {
          expect(one.variables).toEqual({ id: "12" });
          expect(() => one.parseResponse({ data: { [field.name.value]: null } } as never)).toThrow(RecordNotFound);
        } else {
          // A read-only list without a query for one row: read through the list, by id.
          expect(one.variables).toEqual({ filter: { id: { eq: "12" } }, first: 1 });
          expect(() => one.parseResponse({ data: { [field.name.value]: { nodes: [] } } } as never)).toThrow(RecordNotFound);
          expect(one.parseResponse({ data: { [field.name.value]: { nodes: [{ id: "12" }] } } } as never).data).toEqual({ id: "12" });
        }
        const many = build(GET_MANY, resource, { ids: [1, "2"] });
        check(many.query, many.variables!);
        expect(many.variables).toEqual({ filter: { id: { in: ["1", "2"] } }, first: 2 });
      });
      it("CREATE, UPDATE, DELETE, DELETE_MANY where the API has them", () => {
        const ops = operationsOf(resource);
        if (ops.create) {
          const create = build(CREATE, resource, { data: { ...sample[resource], id: undefined } });
          check(create.query, create.variables!);
        } else expect(() => build(CREATE, resource, { data: {} })).toThrow(QueryBuildError);
        if (ops.update) {
          const update = build(UPDATE, resource, { id: "4", data: { ...sample[resource], version: 3 }, previousData: { ...sample[resource], version: 3 } });
          check(update.query, update.variables!);
          expect(update.variables!.input).toEqual({ version: 3 });
        } else expect(() => build(UPDATE, resource, { id: "4", data: {} })).toThrow(QueryBuildError);
        if (ops.delete) {
          const del = build(DELETE, resource, { id: "4" });
          check(del.query, del.variables!);
        } else expect(() => build(DELETE, resource, { id: "4" })).toThrow(QueryBuildError);
        if (ops.deleteMany) {
          const delMany = build(DELETE_MANY, resource, { ids: ["4", 5] });
          check(delMany.query, delMany.variables!);
          expect(delMany.variables).toEqual({ ids: ["4", "5"] });
        } else expect(() => build(DELETE_MANY, resource, { ids: ["4"] })).toThrow(QueryBuildError);
      });
    });
  }

  it.each(references)("GET_MANY_REFERENCE %s by %s", (resource, target) => {
    const q = build(GET_MANY_REFERENCE, resource, { target, id: 8, filter: {}, sort: { field: "id", order: "ASC" }, pagination: { page: 1, perPage: 10 } });
    check(q.query, q.variables!);
    const [head, tail] = target.split(".");
    const expected = tail ? { [head!]: { [tail]: { eq: "8" } } } : { [head!]: { eq: "8" } };
    expect(q.variables!.filter).toEqual(expected);
  });

  it("maps a clerk's deputy filters onto the grammar", () => {
    expect(toFilter(view, "DeputyFilter", listFilters.deputies!)).toEqual({
      q: "张",
      gender: { eq: "FEMALE" },
      ethnicity: { contains: "彝族" },
      mandate: { level: { eq: "CITY" }, districtId: { eq: "3" } },
      politicalAffiliation: { eq: "CPC" },
      occupationSector: { eq: "FARMER" },
    });
    expect(toFilter(view, "ProposalFilter", listFilters.proposals!)).toMatchObject({
      status: { in: ["ANSWERED", "CLOSED"] },
      sessionNumber: { eq: 4 },
      submittedAt: { gte: "2024-01-01", lte: "2024-12-31" },
    });
    expect(toFilter(view, "DeputyFilter", { name: "", gender: undefined, "mandate.level": "CITY", "mandate.congressTerm": "3" })).toEqual({
      mandate: { level: { eq: "CITY" }, congressTerm: { eq: 3 } },
    });
    expect(() => toFilter(view, "DeputyFilter", { nosuch: 1 })).toThrow(/no field nosuch/);
  });

  it("reads dotted filters to any depth, and dates as whole days for date-times", () => {
    expect(
      toFilter(view, "ActivityParticipationFilter", {
        "deputy.mandate.level": "CITY",
        "deputy.mandate.startDate_lte": "2024-12-31",
        "deputy.mandate.or": [{ endDate: { isNull: true } }],
        "activity.area": "SUPERVISION",
      }),
    ).toEqual({
      deputy: { mandate: { level: { eq: "CITY" }, startDate: { lte: "2024-12-31" }, or: [{ endDate: { isNull: true } }] } },
      activity: { area: { eq: "SUPERVISION" } },
    });
    const at = toFilter(view, "AuditLogFilter", { at_gte: "2024-05-01", at_lte: "2024-05-31", recordType_eq: "Deputy" }) as { at: { gte: string; lte: string } };
    expect(new Date(at.at.gte).getTime()).toBe(new Date(2024, 4, 1).getTime());
    expect(new Date(at.at.lte).getTime()).toBe(new Date(2024, 4, 31, 23, 59, 59, 999).getTime());
    expect(toFilter(view, "AuditLogFilter", { recordType_eq: "Deputy" })).toEqual({ recordType: { eq: "Deputy" } });
  });

  it("sorts by a column only when the API can", () => {
    const q = build(GET_LIST, "deputies", { sort: { field: "birthDate", order: "ASC" }, pagination: { page: 1, perPage: 10 } });
    expect(q.variables!.orderBy).toEqual(["BIRTH_DATE_ASC"]);
    const r = build(GET_LIST, "deputies", { sort: { field: "workUnit", order: "ASC" }, pagination: { page: 1, perPage: 10 } });
    expect(r.variables!.orderBy).toBeUndefined();
  });

  it("creates without empty fields and drops what the input does not take", () => {
    const q = build(CREATE, "deputies", { data: sample.deputies });
    const input = q.variables!.input as Record<string, unknown>;
    expect(input).not.toHaveProperty("phone");
    expect(input).not.toHaveProperty("trainings");
    expect(input.mandates).toEqual([
      { level: "CITY", congressTerm: 3, districtId: "1", startDate: "2022-01-01", endDate: null },
      { id: "9", level: "COUNTY", congressTerm: 18, startDate: "2021-10-01" },
    ]);
    const s = build(CREATE, "stations", { data: { ...sample.stations, deputies: [{ deputyId: "1", role: null, fromDate: "2024-02-01", deputy: { name: "x" } }] } });
    expect((s.variables!.input as Record<string, unknown>).deputies).toEqual([{ deputyId: "1", fromDate: "2024-02-01" }]);
    const t = build(CREATE, "trainings", { data: sample.trainings });
    expect((t.variables!.input as Record<string, unknown>).hours).toBe(32);
  });

  it("updates only what changed, with the version read", () => {
    const before = { id: "4", version: 6, name: "王测试", phone: "13800000000", gender: "MALE", mandates: [{ id: "9", level: "CITY", congressTerm: 3, startDate: "2022-01-01", endDate: null, district: { id: "1" } }] };
    const after = { ...before, phone: "", mandates: [...before.mandates, { level: "COUNTY", congressTerm: 18, startDate: "2021-10-01" }] };
    expect(toUpdateInput(view, "UpdateDeputyInput", after, before)).toEqual({
      phone: null,
      mandates: [
        { id: "9", level: "CITY", congressTerm: 3, startDate: "2022-01-01", endDate: null },
        { level: "COUNTY", congressTerm: 18, startDate: "2021-10-01" },
      ],
      version: 6,
    });
    const p = { id: "1", version: 2, title: "x", cosignerIds: ["2"], cosigners: [{ deputyId: "2" }] };
    expect(toUpdateInput(view, "UpdateProposalInput", { ...p, cosignerIds: ["2", "5"] }, p)).toEqual({ cosignerIds: ["2", "5"], version: 2 });
  });

  it("derives the co-signer ids a proposal form edits", () => {
    const q = build(GET_ONE, "proposals", { id: "1" });
    const { data } = q.parseResponse({ data: { proposal: { id: "1", cosigners: [{ deputyId: "3" }, { deputyId: "4" }] } } } as never);
    expect(data.cosignerIds).toEqual(["3", "4"]);
  });
});

describe("console words match the schema", () => {
  it("has every enum value of the API, in both languages", () => {
    for (const [name, values] of Object.entries(enums)) {
      const t = schema.getType(name) as { getValues?: () => { name: string }[] } | undefined;
      expect(t?.getValues, name).toBeTypeOf("function");
      expect([...values].sort(), name).toEqual(t!.getValues!().map((v) => v.name).sort());
      for (const v of values) {
        for (const lang of ["zh", "en"] as const) {
          expect((messages[lang].enums as Record<string, Record<string, string>>)[name]?.[v], `${lang} ${name}.${v}`).toBeTruthy();
        }
      }
    }
  });
});

const t = (key: string, opts?: Record<string, unknown>) => {
  const v = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages.zh);
  const n = Number(opts?.smart_count ?? 1);
  const phrase = typeof v === "string" ? (v.split(" |||| ")[n === 1 ? 0 : 1] ?? v) : v;
  return typeof phrase === "string" ? phrase.replace(/%\{(\w+)\}/g, (_m, k) => String(opts?.[k] ?? "")) : key;
};

describe("errors", () => {
  it("puts BAD_USER_INPUT on the fields it names, in Chinese", () => {
    const e = toRaError(
      {
        body: {
          graphQLErrors: [
            {
              message: "Invalid input",
              extensions: {
                code: "BAD_USER_INPUT",
                fields: [
                  { field: "input.name", message: "must not be empty" },
                  { field: "input.mandates.0.startDate", message: "is not allowed here (violates a rule of the record)" },
                  { field: "input.cosignerIds.1", message: "refers to a Deputy that does not exist" },
                  { field: "input.phone", message: "must be at most 20 characters" },
                ],
              },
            },
          ],
        },
      },
      t,
    ) as { status: number; body: { errors: Record<string, string> } };
    expect(e.status).toBe(400);
    expect(e.body.errors).toEqual({
      name: "不能为空",
      "mandates.0.startDate": "不符合规则（例如结束日期早于开始日期）",
      cosignerIds: "所选记录不存在",
      phone: "最多 20 个字符",
    });
  });
  it("says what a conflict or a missing record is", () => {
    const stale = toRaError({ body: { graphQLErrors: [{ message: "x", extensions: { code: "CONFLICT", currentVersion: 4 } }] } }, t) as Error;
    expect(stale.message).toContain("已被他人修改");
    const ref = toRaError(
      { body: { graphQLErrors: [{ message: "x", extensions: { code: "CONFLICT", referencedBy: [{ type: "Proposal", field: "leadDeputyId", count: 3 }] } }] } },
      t,
    ) as Error;
    expect(ref.message).toBe("无法删除：仍有 3 条代表建议记录引用它，请先删除或修改这些记录。");
    const lastAdmin = toRaError({ body: { graphQLErrors: [{ message: "x", extensions: { code: "CONFLICT", field: "id", reason: "LAST_ADMIN" } }] } }, t) as Error;
    expect(lastAdmin.message).toContain("至少要保留一名启用的管理员");
    const missing = toRaError({ body: { graphQLErrors: [{ message: "x", extensions: { code: "NOT_FOUND" } }] } }, t) as { status: number };
    expect(missing.status).toBe(404);
    const stale7 = toRaError({ body: { graphQLErrors: [{ message: "x", extensions: { code: "CONFLICT", field: "input.version", currentVersion: 7 } }] } }, t) as {
      status: number;
      body: { code: string; currentVersion: number };
    };
    expect([stale7.status, stale7.body]).toEqual([409, { code: "CONFLICT", currentVersion: 7 }]);
    expect((toRaError({ body: { graphQLErrors: [{ message: "x", extensions: { code: "UNAUTHENTICATED" } }] } }, t) as { status: number }).status).toBe(401);
    expect((toRaError({ body: { graphQLErrors: [{ message: "x", extensions: { code: "FORBIDDEN" } }] } }, t) as { status: number }).status).toBe(403);
    expect(formField("input")).toBeUndefined();
    expect(formField("input.assignments.0.unitId")).toBe("assignments.0.unitId");
  });
});

describe("data provider over HTTP", () => {
  // A fake server: the real schema executed with canned resolvers, answering as Apollo Server does.
  function fakeFetch(root: Record<string, unknown>, status = 200): typeof fetch {
    return async (_url, init) => {
      const body = JSON.parse(String(init!.body)) as { query: string; variables: Record<string, unknown> };
      const r = await graphql({ schema, source: body.query, variableValues: body.variables, rootValue: root });
      return new Response(JSON.stringify(r), { status: r.errors ? status : 200, headers: { "content-type": "application/json" } });
    };
  }

  it("lists with the total and creates", async () => {
    const calls: unknown[] = [];
    const dp = createDataProvider({
      uri: "http://test/graphql",
      translate: t,
      fetch: fakeFetch({
        deputies: (args: unknown) => {
          calls.push(args);
          return { totalCount: 15000, nodes: [{ id: "1", name: "张三", gender: "MALE", ethnicity: "汉族", version: 1, createdAt: "2024-01-01T00:00:00Z", updatedAt: "2024-01-01T00:00:00Z", mandates: [] }] };
        },
        createHandlingUnit: ({ input }: { input: Record<string, unknown> }) => ({ id: "77", ...input, version: 1, createdAt: "2024-01-01T00:00:00Z", updatedAt: "2024-01-01T00:00:00Z" }),
      }),
    });
    const list = await dp.getList("deputies", { filter: { q: "张" }, sort: { field: "name", order: "ASC" }, pagination: { page: 2, perPage: 50 } });
    expect(list.total).toBe(15000);
    expect(list.data[0]!.name).toBe("张三");
    expect(calls[0]).toEqual({ filter: { q: "张" }, orderBy: ["NAME_ASC"], first: 50, offset: 50 });
    const created = await dp.create("handlingUnits", { data: { name: "市水务局", kind: "GOVERNMENT_DEPARTMENT" } });
    expect(created.data).toMatchObject({ id: "77", name: "市水务局" });
  });

  it("exports page by page, asking for fewer rows when the API says a request would cost too much", async () => {
    const calls: { first: number; offset: number }[] = [];
    const rows = 2300;
    const dp = createDataProvider({
      uri: "http://test/graphql",
      translate: t,
      fetch: fakeFetch({
        deputies: (args: { first: number; offset: number }) => {
          calls.push({ first: args.first, offset: args.offset });
          // as the API's limits plugin: 100 per row, at most 50,000
          if (args.first * 100 > 50_000) {
            throw Object.assign(new Error("too complex"), { extensions: { code: "QUERY_TOO_COMPLEX", complexity: args.first * 100, maxComplexity: 50_000 } });
          }
          const n = Math.max(0, Math.min(args.first, rows - args.offset));
          const nodes = Array.from({ length: n }, (_, i) => ({ id: String(args.offset + i + 1), name: "张三", gender: "MALE", ethnicity: "汉族", version: 1, createdAt: "2024-01-01T00:00:00Z", updatedAt: "2024-01-01T00:00:00Z", mandates: [] }));
          return { totalCount: rows, nodes };
        },
      }),
    });
    const all = await dp.getList("deputies", { filter: {}, sort: { field: "id", order: "ASC" }, pagination: { page: 1, perPage: 5000 } });
    expect(all.data).toHaveLength(rows);
    expect(new Set(all.data.map((d) => d.id)).size).toBe(rows);
    expect(calls[0]).toEqual({ first: 1000, offset: 0 });
    expect(calls.slice(1).every((c) => c.first * 100 <= 50_000)).toBe(true);
  });

  it("turns an HTTP 400 with BAD_USER_INPUT into errors on fields", async () => {
    const dp = createDataProvider({
      uri: "http://test/graphql",
      translate: t,
      fetch: fakeFetch(
        {
          createDeputy: () => {
            throw Object.assign(new Error("Invalid input"), {
              extensions: { code: "BAD_USER_INPUT", fields: [{ field: "input.idCard", message: "is not a valid ID-card number" }] },
            });
          },
        },
        400,
      ),
    });
    const err = await dp.create("deputies", { data: { name: "x", gender: "MALE", idCard: "123" } }).catch((e) => e);
    expect(err.body.errors).toEqual({ idCard: "不是有效的身份证号码" });
  });
});
