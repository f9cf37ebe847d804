// The three jobs put together, against the API's real schema (packages/api/schema.graphql): every
// document must validate, every set of variables must coerce to it, and every answer is read from the
// root field the document asks for, so a rename on the server fails here. The jobs' own tests:
// buildVariables.test.ts, buildGqlQuery.test.ts, getResponseParser.test.ts.
import type { OperationDefinitionNode } from "graphql";
import { CREATE, DELETE, DELETE_MANY, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from "ra-core";
import { introspectSchema } from "ra-data-graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildQueryFactory, fieldOf } from "./buildQuery";
import { check, intro, listParams, referenceParams, references, sample, unchangedParams } from "./fixtures";
import { introspectionOptions } from "./index";
import { operationsOf, resources } from "./resources";
import { QueryBuildError } from "./schemaView";

let build: ReturnType<typeof buildQueryFactory>;

beforeAll(async () => {
  const result = await introspectSchema(null as never, { ...(introspectionOptions as object), schema: intro } as never);
  expect(result.resources.map((r) => r.type.name).sort()).toEqual(Object.values(resources).map((r) => r.type).sort());
  build = buildQueryFactory(result);
});

// An answer of one record (id "1") on the root field the document asks for, as the API gives it.
function answer(raFetchMethod: string, resource: string, query: OperationDefinitionNode) {
  const field = (query.selectionSet.selections[0] as { name: { value: string } }).name.value;
  const record = { id: "1" };
  const value =
    raFetchMethod === DELETE_MANY
      ? ["1"]
      : [GET_LIST, GET_MANY_REFERENCE, GET_MANY].includes(raFetchMethod) || (raFetchMethod === GET_ONE && !operationsOf(resource).one)
        ? { totalCount: 1, nodes: [record] }
        : record;
  return { data: { [field]: value } } as never;
}

describe("buildQuery against schema.graphql", () => {
  for (const resource of Object.keys(resources)) {
    describe(resource, () => {
      it("GET_LIST: filter, orderBy, first/offset", () => {
        const q = build(GET_LIST, resource, listParams(resource));
        check(q.query, q.variables!);
        const page = q.parseResponse({ data: { [resource]: { totalCount: 7, nodes: [{ id: "1" }] } } } as never);
        expect(page.total).toBe(7);
        expect(page.data[0].id).toBe("1");
      });
      it("GET_ONE, GET_MANY", () => {
        const one = build(GET_ONE, resource, { id: 12 });
        check(one.query, one.variables!);
        const many = build(GET_MANY, resource, { ids: [1, "2"] });
        check(many.query, many.variables!);
      });
      it("CREATE, UPDATE, DELETE, DELETE_MANY where the API has them", () => {
        const ops = operationsOf(resource);
        if (ops.create) {
          const create = build(CREATE, resource, { data: { ...sample[resource], id: undefined } });
          check(create.query, create.variables!);
        } else expect(() => build(CREATE, resource, { data: {} })).toThrow(QueryBuildError);
        if (ops.update) {
          const update = build(UPDATE, resource, unchangedParams(resource));
          check(update.query, update.variables!);
        } else expect(() => build(UPDATE, resource, { id: "4", data: {} })).toThrow(QueryBuildError);
        if (ops.delete) {
          const del = build(DELETE, resource, { id: "4" });
          check(del.query, del.variables!);
        } else expect(() => build(DELETE, resource, { id: "4" })).toThrow(QueryBuildError);
        if (ops.deleteMany) {
          const delMany = build(DELETE_MANY, resource, { ids: ["4", 5] });
          check(delMany.query, delMany.variables!);
        } else expect(() => build(DELETE_MANY, resource, { ids: ["4"] })).toThrow(QueryBuildError);
      });
      it("reads every answer from the root field its document asks for", () => {
        for (const m of [GET_LIST, GET_MANY_REFERENCE, GET_MANY, GET_ONE, CREATE, UPDATE, DELETE, DELETE_MANY]) {
          let q;
          try {
            q = build(m, resource, { id: "1", ids: ["1"], target: "id", data: {}, filter: {} });
          } catch (e) {
            if (e instanceof QueryBuildError) continue; // an operation the API does not have
            throw e;
          }
          const { data } = q.parseResponse(answer(m, resource, q.query.definitions[0] as OperationDefinitionNode));
          expect(m === DELETE_MANY ? data : Array.isArray(data) ? data[0].id : data.id, m).toEqual(m === DELETE_MANY ? ["1"] : "1");
        }
      });
    });
  }

  it.each(references)("GET_MANY_REFERENCE %s by %s", (resource, target) => {
    const q = build(GET_MANY_REFERENCE, resource, referenceParams(target));
    check(q.query, q.variables!);
  });

  it("calls the list for reads, the record's query where there is one, and refuses what the API has not", () => {
    expect([GET_LIST, GET_MANY_REFERENCE, GET_MANY, GET_ONE, CREATE, UPDATE, DELETE, DELETE_MANY].map((m) => fieldOf(m, "deputies"))).toEqual([
      "deputies",
      "deputies",
      "deputies",
      "deputy",
      "createDeputy",
      "updateDeputy",
      "deleteDeputy",
      "deleteDeputies",
    ]);
    expect(fieldOf(GET_ONE, "auditLogs")).toBe("auditLogs");
    expect(() => fieldOf(DELETE, "users")).toThrow("users cannot DELETE: the API has no such operation");
    expect(() => fieldOf("UPDATE_MANY", "deputies")).toThrow("UPDATE_MANY is not supported for deputies");
    expect(() => build(GET_LIST, "nosuch", {})).toThrow(new QueryBuildError("unknown resource nosuch"));
  });
});
