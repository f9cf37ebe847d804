// The data provider: ra-data-graphql (introspection + Apollo) with our buildQuery for the API's grammar.
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { parse, type IntrospectionSchema, type OperationDefinitionNode } from "graphql";
import type { DataProvider } from "ra-core";
import buildGraphQLProvider, { type IntrospectionOptions } from "ra-data-graphql";
import { buildQueryFactory } from "./buildQuery";
import { MAX_PAGE } from "./buildVariables";
import { graphQLErrorsOf, toRaError, type Translate } from "./errors";
import { operationsOf, resources } from "./resources";

const byType = new Map(Object.keys(resources).map((name) => [resources[name]!.type, operationsOf(name)]));

export const introspectionOptions: Partial<IntrospectionOptions> = {
  include: Object.values(resources).map((r) => r.type),
  operationNames: {
    GET_LIST: (t) => byType.get(t.name)?.list ?? "",
    GET_MANY: (t) => byType.get(t.name)?.list ?? "",
    GET_MANY_REFERENCE: (t) => byType.get(t.name)?.list ?? "",
    GET_ONE: (t) => byType.get(t.name)?.one ?? "",
    CREATE: (t) => byType.get(t.name)?.create ?? "",
    UPDATE: (t) => byType.get(t.name)?.update ?? "",
    DELETE: (t) => byType.get(t.name)?.delete ?? "",
    DELETE_MANY: (t) => byType.get(t.name)?.deleteMany ?? "",
  },
};

// Apollo treats an HTTP 400 (how the API answers input it cannot even coerce) as a network failure and
// drops the GraphQL errors in it; handing it on as 200 keeps their codes and fields.
export const keepGraphQLErrors =
  (base: typeof fetch): typeof fetch =>
  async (input, init) => {
    const res = await base(input, init);
    if (res.status === 400 && (res.headers.get("content-type") ?? "").includes("json")) {
      return new Response(await res.text(), { status: 200, headers: res.headers });
    }
    return res;
  };

// `schema`: the API's schema, introspected from packages/api/schema.graphql when the console is built
// (the server refuses the introspection query's depth, and reads the schema only for signed-in users);
// without it the schema is introspected over the network.
export type ProviderOptions = { uri?: string; fetch?: typeof fetch; translate: Translate; schema?: IntrospectionSchema };

// Besides react-admin's calls: any operation of the API (the dashboard's aggregates, the yearly review)
// and the API tokens, which are made and revoked rather than created and deleted.
export type NewApiToken = { token: string; apiToken: { id: string; name: string; prefix: string; savedQueriesOnly: boolean } };
export type AppDataProvider = DataProvider & {
  graphql: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  createApiToken: (name: string, savedQueriesOnly?: boolean) => Promise<NewApiToken>;
  revokeApiToken: (id: string) => Promise<{ id: string; revokedAt: string | null }>;
};

export function createDataProvider({ uri = "/graphql", fetch: baseFetch = fetch, translate, schema }: ProviderOptions): AppDataProvider {
  const client = new ApolloClient({
    link: new HttpLink({ uri, fetch: keepGraphQLErrors((...a) => baseFetch(...a)) }),
    cache: new InMemoryCache(),
    defaultOptions: { query: { fetchPolicy: "no-cache" }, mutate: { fetchPolicy: "no-cache" } },
  });
  const base = buildGraphQLProvider({
    client,
    introspection: schema ? { ...introspectionOptions, schema } : introspectionOptions,
    buildQuery: buildQueryFactory,
    query: () => ({ fetchPolicy: "no-cache" }),
    mutation: () => ({ fetchPolicy: "no-cache" }),
  });

  const guarded = <T>(p: () => Promise<T>): Promise<T> =>
    p().catch((e) => {
      throw toRaError(e, translate);
    });

  return {
    // An export asks for more rows than one page of the API: fetch them page by page.
    getList: (resource, params) => {
      const perPage = params.pagination?.perPage ?? 25;
      if (perPage <= MAX_PAGE) return guarded(() => base.getList(resource, params));
      return guarded(async () => {
        const page = params.pagination?.page ?? 1;
        const start = (page - 1) * perPage;
        const data: unknown[] = [];
        let total = 0;
        // As many rows per request as the API's cost limit allows for this list's fields: when a
        // chunk is refused as QUERY_TOO_COMPLEX, the next try asks for fewer, in proportion.
        let size = MAX_PAGE;
        for (let offset = start; offset < start + perPage; ) {
          let chunk;
          try {
            chunk = await base.getList(resource, { ...params, pagination: { page: offset / size + 1, perPage: size } });
          } catch (e) {
            const ext = graphQLErrorsOf(e)[0]?.extensions as { code?: string; complexity?: number; maxComplexity?: number } | undefined;
            if (ext?.code !== "QUERY_TOO_COMPLEX" || !ext.complexity || !ext.maxComplexity || size === 1) throw e;
            // a size that still divides the offset, so that pages line up
            let next = Math.max(1, Math.floor((size * ext.maxComplexity * 0.9) / ext.complexity));
            while (offset % next !== 0) next--;
            size = next;
            continue;
          }
          data.push(...chunk.data);
          total = chunk.total ?? 0;
          offset += size;
          if (chunk.data.length < size || offset >= total) break;
        }
        return { data: data.slice(0, perPage), total } as never;
      });
    },
    getOne: (r, p) => guarded(() => base.getOne(r, p)),
    getMany: (r, p) => guarded(() => base.getMany(r, p)),
    getManyReference: (r, p) => guarded(() => base.getManyReference(r, p)),
    create: (r, p) => guarded(() => base.create(r, p)),
    update: (r, p) => guarded(() => base.update(r, p)),
    updateMany: () => Promise.reject(new Error("updateMany is not supported")),
    delete: (r, p) => guarded(() => base.delete(r, p)),
    deleteMany: (r, p) => guarded(() => base.deleteMany(r, p)),
    graphql,
    createApiToken: (name, savedQueriesOnly = false) =>
      graphql<{ createApiToken: NewApiToken }>(
        "mutation CreateApiToken($name: String!, $savedQueriesOnly: Boolean!) { createApiToken(name: $name, savedQueriesOnly: $savedQueriesOnly) { token apiToken { id name prefix savedQueriesOnly } } }",
        { name, savedQueriesOnly },
      ).then((r) => r.createApiToken),
    revokeApiToken: (id) =>
      graphql<{ revokeApiToken: { id: string; revokedAt: string | null } }>("mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }", {
        id,
      }).then((r) => r.revokeApiToken),
  };

  function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const document = parse(query);
    const isMutation = (document.definitions[0] as OperationDefinitionNode).operation === "mutation";
    return guarded(async () => {
      const result = isMutation
        ? await client.mutate({ mutation: document, variables, fetchPolicy: "no-cache" })
        : await client.query({ query: document, variables, fetchPolicy: "no-cache" });
      return result.data as T;
    });
  }
}
