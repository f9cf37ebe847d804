// The API's answer as react-admin takes it: { data, total } for a list, { data } for a record, each
// record in the shape its forms edit (resources.ts `derive`), and a missing record as RecordNotFound.
import type { ApolloQueryResult } from "@apollo/client";
import { CREATE, DELETE, DELETE_MANY, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from "ra-core";
import { operationsOf, resources } from "./resources";
import { QueryBuildError, type Data } from "./schemaView";

export class RecordNotFound extends Error {
  constructor(
    readonly resource: string,
    readonly id: unknown,
  ) {
    super(`${resource} ${String(id)} does not exist`);
  }
}

type Answer = Pick<ApolloQueryResult<Data>, "data">;

// The parser of the answer to a react-admin call on a resource; `field` is the root field it calls
// (buildQuery.ts), `id` the record a GET_ONE asked for.
export const getResponseParser = (raFetchMethod: string, resource: string, field: string, id?: unknown): ((answer: Answer) => unknown) => {
  const cfg = resources[resource]!;
  const derive = (r: Data | null) => (r && cfg.derive ? cfg.derive(r) : r);
  switch (raFetchMethod) {
    case GET_LIST:
    case GET_MANY_REFERENCE:
      return ({ data }) => {
        const conn = data[field] as { totalCount: number; nodes: Data[] };
        return { data: conn.nodes.map(derive), total: conn.totalCount };
      };
    case GET_MANY:
      return ({ data }) => ({ data: (data[field] as { nodes: Data[] }).nodes.map(derive) });
    case GET_ONE:
      return ({ data }) => {
        // A read-only list without a query for one row answers with the list, by id.
        const record = operationsOf(resource).one ? (data[field] as Data | null) : (data[field] as { nodes: Data[] }).nodes[0];
        if (!record) throw new RecordNotFound(resource, id);
        return { data: derive(record) };
      };
    case CREATE:
    case UPDATE:
    case DELETE:
      return ({ data }) => ({ data: derive(data[field] as Data) });
    case DELETE_MANY:
      return ({ data }) => ({ data: data[field] as string[] });
    default:
      throw new QueryBuildError(`${raFetchMethod} is not supported for ${resource}`);
  }
};
