// The API's answers as react-admin takes them: a list with its total, a record in the shape its form
// edits, a missing record as RecordNotFound.
import { CREATE, DELETE, DELETE_MANY, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from "ra-core";
import { describe, expect, it } from "vitest";
import { fieldOf } from "./buildQuery";
import { getResponseParser, RecordNotFound } from "./getResponseParser";
import { operationsOf, resources } from "./resources";
import { QueryBuildError } from "./schemaView";

type Parsed = { data: Record<string, unknown> & Record<number, Record<string, unknown>>; total?: number };
// The answer whose root field (the call's) has the value given.
const parse = (raFetchMethod: string, resource: string, value: unknown, id?: unknown) => {
  const field = fieldOf(raFetchMethod, resource);
  return getResponseParser(raFetchMethod, resource, field, id)({ data: { [field]: value } }) as Parsed;
};

describe("getResponseParser", () => {
  for (const resource of Object.keys(resources)) {
    it(`${resource}: GET_LIST and GET_MANY_REFERENCE with the total, GET_ONE and a missing one`, () => {
      for (const m of [GET_LIST, GET_MANY_REFERENCE]) {
        const page = parse(m, resource, { totalCount: 7, nodes: [{ id: "1" }] });
        expect(page.total).toBe(7);
        expect(page.data[0]!.id).toBe("1");
      }
      if (operationsOf(resource).one) {
        expect(() => parse(GET_ONE, resource, null, 12)).toThrow(RecordNotFound);
      } else {
        // A read-only list without a query for one row: read through the list, by id.
        expect(() => parse(GET_ONE, resource, { nodes: [] }, 12)).toThrow(RecordNotFound);
        expect(parse(GET_ONE, resource, { nodes: [{ id: "12" }] }, 12).data).toEqual({ id: "12" });
      }
    });
  }

  it("derives the co-signer ids a proposal form edits", () => {
    const { data } = parse(GET_ONE, "proposals", { id: "1", cosigners: [{ deputyId: "3" }, { deputyId: "4" }] }, "1");
    expect(data.cosignerIds).toEqual(["3", "4"]);
  });

  it("derives every record it returns, and returns the ids deleted many at once", () => {
    const proposal = { id: "1", cosigners: [{ deputyId: "3" }] };
    expect(parse(GET_MANY, "proposals", { nodes: [proposal] }).data).toEqual([{ ...proposal, cosignerIds: ["3"] }]);
    expect(parse(GET_LIST, "proposals", { totalCount: 1, nodes: [proposal] }).data).toEqual([{ ...proposal, cosignerIds: ["3"] }]);
    for (const m of [CREATE, UPDATE, DELETE]) expect(parse(m, "proposals", proposal).data, m).toEqual({ ...proposal, cosignerIds: ["3"] });
    expect(parse(UPDATE, "deputies", { id: "2", name: "x" }).data).toEqual({ id: "2", name: "x" });
    expect(parse(DELETE_MANY, "deputies", ["4", "5"]).data).toEqual(["4", "5"]);
  });

  it("says which record is missing, and refuses a call it does not parse", () => {
    expect(() => parse(GET_ONE, "deputies", null, 12)).toThrow(
      expect.objectContaining({ constructor: RecordNotFound, resource: "deputies", id: 12, message: "deputies 12 does not exist" }),
    );
    expect(() => getResponseParser("UPDATE_MANY", "deputies", "deputies")).toThrow(QueryBuildError);
  });
});
