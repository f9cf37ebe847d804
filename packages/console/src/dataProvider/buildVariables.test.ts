// react-admin's params as the API's variables: filters, sort, page, inputs. That the variables coerce
// to the documents' variable types is buildQuery.test.ts's; here, their values.
import { CREATE, DELETE, DELETE_MANY, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from "ra-core";
import { describe, expect, it } from "vitest";
import { fieldOf } from "./buildQuery";
import { buildVariables, MAX_PAGE, toFilter, toUpdateInput, type Params } from "./buildVariables";
import { listFilters, listParams, referenceParams, references, sample, unchangedParams, view } from "./fixtures";
import { operationsOf, resources } from "./resources";
import { QueryBuildError } from "./schemaView";

const variablesOf = buildVariables(view);
const vars = (raFetchMethod: string, resource: string, params: Params) => variablesOf(raFetchMethod, resource, fieldOf(raFetchMethod, resource), params);

describe("buildVariables against schema.graphql", () => {
  for (const resource of Object.keys(resources)) {
    describe(resource, () => {
      it("GET_LIST: filter, orderBy, first/offset", () => {
        const v = vars(GET_LIST, resource, listParams(resource));
        expect(v.first).toBe(25);
        expect(v.offset).toBe(50);
        expect((v.orderBy as string[])[0]).toMatch(/_DESC$/);
        expect(Object.keys(v.filter as object).length).toBeGreaterThan(0);
      });
      it("GET_ONE, GET_MANY", () => {
        if (operationsOf(resource).one) expect(vars(GET_ONE, resource, { id: 12 })).toEqual({ id: "12" });
        // A read-only list without a query for one row: read through the list, by id.
        else expect(vars(GET_ONE, resource, { id: 12 })).toEqual({ filter: { id: { eq: "12" } }, first: 1 });
        expect(vars(GET_MANY, resource, { ids: [1, "2"] })).toEqual({ filter: { id: { in: ["1", "2"] } }, first: 2 });
      });
      it("UPDATE, DELETE, DELETE_MANY where the API has them", () => {
        const ops = operationsOf(resource);
        if (ops.update) {
          const update = vars(UPDATE, resource, unchangedParams(resource));
          expect(update.input).toEqual({ version: 3 });
        }
        if (ops.delete) expect(vars(DELETE, resource, { id: 4 })).toEqual({ id: "4" });
        if (ops.deleteMany) expect(vars(DELETE_MANY, resource, { ids: ["4", 5] })).toEqual({ ids: ["4", "5"] });
      });
    });
  }

  it.each(references)("GET_MANY_REFERENCE %s by %s", (resource, target) => {
    const v = vars(GET_MANY_REFERENCE, resource, referenceParams(target));
    const [head, tail] = target.split(".");
    const expected = tail ? { [head!]: { [tail]: { eq: "8" } } } : { [head!]: { eq: "8" } };
    expect(v.filter).toEqual(expected);
  });

  it("pages 25 rows from the first without a pagination, and asks GET_MANY for 1 to MAX_PAGE rows", () => {
    expect(vars(GET_LIST, "deputies", {})).toEqual({ filter: {}, orderBy: undefined, first: 25, offset: 0 });
    expect(vars(GET_MANY, "deputies", { ids: [] })).toEqual({ filter: { id: { in: [] } }, first: 1 });
    const ids = Array.from({ length: MAX_PAGE + 5 }, (_, i) => i);
    expect(vars(GET_MANY, "deputies", { ids }).first).toBe(MAX_PAGE);
    expect(() => variablesOf("UPDATE_MANY", "deputies", "deputies", {})).toThrow(QueryBuildError);
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
    expect(vars(GET_LIST, "deputies", { sort: { field: "birthDate", order: "ASC" }, pagination: { page: 1, perPage: 10 } }).orderBy).toEqual(["BIRTH_DATE_ASC"]);
    expect(vars(GET_LIST, "deputies", { sort: { field: "workUnit", order: "ASC" }, pagination: { page: 1, perPage: 10 } }).orderBy).toBeUndefined();
  });

  it("creates without empty fields and drops what the input does not take", () => {
    const input = vars(CREATE, "deputies", { data: sample.deputies }).input as Record<string, unknown>;
    expect(input).not.toHaveProperty("phone");
    expect(input).not.toHaveProperty("trainings");
    expect(input.mandates).toEqual([
      { level: "CITY", congressTerm: 3, districtId: "1", startDate: "2022-01-01", endDate: null },
      { id: "9", level: "COUNTY", congressTerm: 18, startDate: "2021-10-01" },
    ]);
    const s = vars(CREATE, "stations", { data: { ...sample.stations, deputies: [{ deputyId: "1", role: null, fromDate: "2024-02-01", deputy: { name: "x" } }] } });
    expect((s.input as Record<string, unknown>).deputies).toEqual([{ deputyId: "1", fromDate: "2024-02-01" }]);
    const t = vars(CREATE, "trainings", { data: sample.trainings });
    expect((t.input as Record<string, unknown>).hours).toBe(32);
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
});
