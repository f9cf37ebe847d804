// The data provider over HTTP against a fake server: the real schema executed with canned resolvers.
import { graphql } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "./fixtures";
import { t } from "./fixtures.zh";
import { createDataProvider } from "./index";

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
