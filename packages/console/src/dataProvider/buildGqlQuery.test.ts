// The documents of react-admin's calls: each valid against the API's schema, on the root field the
// call uses, with the variables and the selection its job needs.
import { buildSchema, introspectionFromSchema, print, validate, type DocumentNode, type FieldNode, type OperationDefinitionNode } from "graphql";
import { CREATE, DELETE, DELETE_MANY, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from "ra-core";
import { describe, expect, it } from "vitest";
import { fieldOf } from "./buildQuery";
import { buildGqlQuery } from "./buildGqlQuery";
import { schema, sdl, view } from "./fixtures";
import { operationsOf, resources } from "./resources";
import { QueryBuildError, SchemaView } from "./schemaView";

const documentOf = buildGqlQuery(view);
const doc = (raFetchMethod: string, resource: string) => documentOf(raFetchMethod, resource, fieldOf(raFetchMethod, resource));
const operationOf = (d: DocumentNode) => d.definitions[0] as OperationDefinitionNode;
const rootFieldOf = (d: DocumentNode) => operationOf(d).selectionSet.selections[0] as FieldNode;
const variablesOf = (d: DocumentNode) => (operationOf(d).variableDefinitions ?? []).map((v) => v.variable.name.value);

const calls: [string, "query" | "mutation", (resource: string) => string[]][] = [
  [GET_LIST, "query", () => ["filter", "orderBy", "first", "offset"]],
  [GET_MANY_REFERENCE, "query", () => ["filter", "orderBy", "first", "offset"]],
  [GET_MANY, "query", () => ["filter", "first"]],
  [GET_ONE, "query", (r) => (operationsOf(r).one ? ["id"] : ["filter", "first"])],
  [CREATE, "mutation", () => ["input"]],
  [UPDATE, "mutation", () => ["id", "input"]],
  [DELETE, "mutation", () => ["id"]],
  [DELETE_MANY, "mutation", () => ["ids"]],
];
// Whether the API has the operation a call uses (fieldOf refuses the others).
const has = (raFetchMethod: string, resource: string) => {
  try {
    return !!fieldOf(raFetchMethod, resource);
  } catch {
    return false;
  }
};

describe("buildGqlQuery against schema.graphql", () => {
  for (const resource of Object.keys(resources)) {
    it(`${resource}: a valid document on the call's root field, with its variables`, () => {
      for (const [raFetchMethod, kind, variables] of calls) {
        if (!has(raFetchMethod, resource)) continue;
        const d = doc(raFetchMethod, resource);
        expect(validate(schema, d).map((e) => e.message), `${raFetchMethod} ${print(d)}`).toEqual([]);
        expect(operationOf(d).operation, raFetchMethod).toBe(kind);
        expect(rootFieldOf(d).name.value, raFetchMethod).toBe(fieldOf(raFetchMethod, resource));
        expect(variablesOf(d), raFetchMethod).toEqual(variables(resource));
      }
    });
  }

  it("selects a list's total and its nodes with the related objects the resource names for lists", () => {
    const list = print(doc(GET_LIST, "deputies"));
    expect(list).toMatch(/deputies\(filter: \$filter, orderBy: \$orderBy, first: \$first, offset: \$offset\) \{\s+totalCount\s+nodes \{/);
    expect(list).toMatch(/mandates \{[^}]*district \{/);
    expect(list).not.toContain("trainings {");
    const one = print(doc(GET_ONE, "deputies"));
    expect(one).toMatch(/deputy\(id: \$id\)/);
    expect(one).toMatch(/trainings \{[^}]*training \{/);
    // A read-only list without a query for one row: its nodes, by id.
    expect(print(doc(GET_ONE, "auditLogs"))).toMatch(/auditLogs\(filter: \$filter, first: \$first\) \{\s+nodes \{/);
  });

  it("selects only a deleted row's own fields, and nothing of rows deleted many at once", () => {
    const deleted = rootFieldOf(doc(DELETE, "deputies"));
    expect(deleted.selectionSet!.selections.length).toBeGreaterThan(0);
    expect(deleted.selectionSet!.selections.every((s) => !(s as FieldNode).selectionSet)).toBe(true);
    expect(rootFieldOf(doc(DELETE_MANY, "deputies")).selectionSet).toBeUndefined();
  });

  it("fails on a field the server no longer has, and on a call it does not build", () => {
    const renamed = sdl.replace("  leadDeputy: Deputy!\n", "  firstDeputy: Deputy!\n");
    expect(renamed).not.toBe(sdl);
    const stale = buildGqlQuery(new SchemaView(introspectionFromSchema(buildSchema(renamed)).__schema));
    expect(() => stale(GET_LIST, "proposals", "proposals")).toThrow(/Proposal\.leadDeputy is not in the schema/);
    expect(() => documentOf("UPDATE_MANY", "deputies", "deputies")).toThrow(QueryBuildError);
  });
});
