// react-admin's data calls as operations of the API's grammar, in three jobs as ra-data-graphql-simple
// has them: the variables (buildVariables.ts), the document (buildGqlQuery.ts) and the parsing of the
// answer (getResponseParser.ts). Here: which root field a call uses, and the three put together.
import { CREATE, DELETE, DELETE_MANY, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from "ra-core";
import type { BuildQueryResult, IntrospectionResult } from "ra-data-graphql";
import { buildGqlQuery } from "./buildGqlQuery";
import { buildVariables, type Params } from "./buildVariables";
import { getResponseParser } from "./getResponseParser";
import { operationsOf, resources } from "./resources";
import { QueryBuildError, SchemaView } from "./schemaView";

// The root field a call uses: the list for GET_LIST, GET_MANY and GET_MANY_REFERENCE, and for GET_ONE
// where a read-only list has no query for one row.
export function fieldOf(raFetchMethod: string, resource: string): string {
  if (!resources[resource]) throw new QueryBuildError(`unknown resource ${resource}`);
  const ops = operationsOf(resource);
  const has = (name: "create" | "update" | "delete" | "deleteMany"): string => {
    const o = ops[name];
    if (!o) throw new QueryBuildError(`${resource} cannot ${raFetchMethod}: the API has no such operation`);
    return o;
  };
  switch (raFetchMethod) {
    case GET_LIST:
    case GET_MANY_REFERENCE:
    case GET_MANY:
      return ops.list;
    case GET_ONE:
      return ops.one ?? ops.list;
    case CREATE:
      return has("create");
    case UPDATE:
      return has("update");
    case DELETE:
      return has("delete");
    case DELETE_MANY:
      return has("deleteMany");
    default:
      throw new QueryBuildError(`${raFetchMethod} is not supported for ${resource}`);
  }
}

export function buildQueryFactory(introspection: Pick<IntrospectionResult, "schema">) {
  const view = new SchemaView(introspection.schema);
  const variablesOf = buildVariables(view);
  const documentOf = buildGqlQuery(view);
  return (raFetchMethod: string, resource: string, params: Params): BuildQueryResult => {
    const field = fieldOf(raFetchMethod, resource);
    return {
      query: documentOf(raFetchMethod, resource, field),
      variables: variablesOf(raFetchMethod, resource, field, params),
      parseResponse: getResponseParser(raFetchMethod, resource, field, params.id),
    };
  };
}
