// Aggregates answered by PostgreSQL (direct.ts) answer as the resolvers do: every aggregate of the
// schema, grouped by each of its fields in turn and by two at once, with every measure, on the Bijie
// demo data. (Lists and records: compile.test.ts.)
import { getNamedType, isEnumType, isObjectType, type GraphQLEnumType, type GraphQLObjectType } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";
import { schema } from "../schema.js";
import { setDirect } from "./direct.js";

const t = useTestDb("daibiao_demo_tpl");
afterEach(() => setDirect(true));

async function both(query: string, variables?: Record<string, unknown>) {
  setDirect(false);
  const ordinary = await t().gql(query, variables);
  setDirect(true);
  t().statements.length = 0;
  const direct = await t().gql(query, variables);
  return { ordinary, direct, statements: t().statements.length };
}

describe("aggregates written by PostgreSQL", () => {
  it("answer every aggregate, by every group, as the resolvers do, in one statement", async () => {
    const s = await schema();
    const roots = Object.values(s.getQueryType()!.getFields()).filter((f) => f.name.endsWith("Aggregate"));
    expect(roots.length).toBeGreaterThan(8);
    let compared = 0;
    for (const f of roots) {
      const agg = getNamedType(f.type) as GraphQLObjectType;
      const group = getNamedType(agg.getFields().groups!.type) as GraphQLObjectType;
      const key = getNamedType(group.getFields().key!.type) as GraphQLObjectType;
      const keyFields = Object.values(key.getFields()).filter((k) => !isObjectType(getNamedType(k.type))).map((k) => k.name);
      const distinct = group.getFields().countDistinct!.args[0]!.type;
      const distinctValues = (getNamedType(distinct) as GraphQLEnumType).getValues().map((v) => v.name);
      const numbers = ["sum", "avg", "min", "max"]
        .filter((fn) => group.getFields()[fn])
        .map((fn) => `${fn} { ${Object.keys((getNamedType(group.getFields()[fn]!.type) as GraphQLObjectType).getFields()).join(" ")} }`);
      const measures = `count ${distinctValues.map((d, i) => `d${i}: countDistinct(field: ${d})`).join(" ")} ${numbers.join(" ")}`;
      const groupBy = getNamedType(f.args.find((a) => a.name === "groupBy")!.type);
      const options = isEnumType(groupBy) ? groupBy.getValues().map((v) => v.name) : [];
      const cases = [[], ...options.map((o) => [o]), options.slice(0, 2)];
      for (const by of cases) {
        const withTotal = `{ ${f.name}(groupBy: [${by.join(", ")}]) { total { ${measures} } groups { key { ${keyFields.join(" ")} } ${measures} } } }`;
        const groupsOnly = `{ ${f.name}(groupBy: [${by.join(", ")}]) { groups { __typename key { ${keyFields.join(" ")} } count } } }`;
        for (const query of [withTotal, groupsOnly]) {
          const r = await both(query);
          expect(r.ordinary.errors, `${f.name} ${by}: ${JSON.stringify(r.ordinary.errors)}`).toBeUndefined();
          expect(r.direct, `${f.name} by ${by}`).toEqual(r.ordinary);
          expect(r.statements, `${f.name} by ${by}`).toBe(1);
          compared++;
        }
      }
    }
    console.log(`compared ${compared} aggregate queries both ways`);
    // every aggregate of the schema, one after the other: grows with the schema (30 s on PostgreSQL 15 under load)
  }, 240_000);

  it("leaves a key's related record to the resolvers, and bad arguments to their errors", async () => {
    const related = await both(`{ activitiesAggregate(groupBy: [DISTRICT_ID]) { groups { key { districtId district { name } } count } } }`);
    expect(related.direct).toEqual(related.ordinary);
    expect(related.direct.data!.activitiesAggregate.groups.length).toBeGreaterThan(1);
    const bad = await both(`{ activitiesAggregate(filter: { id: { eq: "x" } }) { total { count } } }`);
    expect(bad.direct).toEqual(bad.ordinary);
    expect(bad.direct.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("a statement past its time", () => {
  it("answers 504 TIMEOUT after one statement, not a second try the ordinary way", async () => {
    const { connect, piiKey } = await import("@daibiao/db");
    const { createApolloServer, createContext } = await import("../server.js");
    const { TEST_SECRET } = await import("../../../../test/secret.js");
    const sent: string[] = [];
    const slow = connect(t().url, { statementTimeoutMs: 300, onQuery: (q) => sent.push(q) });
    const locker = connect(t().url, { max: 1 });
    const apollo = await createApolloServer();
    await apollo.start();
    try {
      const ctx = createContext({ ...slow, pii: piiKey(TEST_SECRET) }, { kind: "user", id: 1, name: "test-admin", role: "ADMIN" });
      const started = performance.now();
      const res = await locker.sql.begin(async (tx) => {
        await tx`lock table deputies in access exclusive mode`;
        return apollo.executeOperation({ query: "{ deputies(first: 5) { nodes { id name } } }" }, { contextValue: ctx });
      });
      const ms = performance.now() - started;
      expect(res.http.status).toBe(504);
      expect(res.body.kind === "single" && res.body.singleResult.errors?.map((e) => e.extensions?.code)).toEqual(["TIMEOUT"]);
      expect(sent.filter((q) => q.includes('"deputies"'))).toHaveLength(1);
      expect(ms).toBeLessThan(2000);
    } finally {
      await apollo.stop();
      await slow.sql.end();
      await locker.sql.end();
    }
  });
});
