// The three ways of reading answer alike: the batching loaders (a statement per relation), one
// statement per root field under graphql-js (the compiler's "rows" mode, read.ts), and the answer written by PostgreSQL
// (its "answer" mode, direct.ts) — for every list and record of the schema, two relation levels deep, with fragments,
// aliases, @skip/@include, relation arguments, cursors, masked personal data and errors, on the Bijie
// demo data.
import {
  getNamedType,
  isEnumType,
  isLeafType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { useTestDb, type As } from "../../../../test/harness.js";
import { schema } from "../schema.js";
import { setDirect } from "./direct.js";
import { isStored } from "./compile.js";
import { setPrefetch } from "./read.js";
import { allSpecs } from "./resource.js";

const t = useTestDb("daibiao_demo_tpl");
afterEach(() => {
  setPrefetch(true);
  setDirect(true);
});

// The three ways, and the number of statements each took. `prefetch` is the production setting:
// PostgreSQL's answer where the query allows it, one statement per root field otherwise.
async function both(query: string, variables?: Record<string, unknown>, as?: As) {
  const way = async (prefetch: boolean, direct: boolean) => {
    setPrefetch(prefetch);
    setDirect(direct);
    t().statements.length = 0;
    const r = await t().gql(query, variables, { as });
    return { r, n: t().statements.length };
  };
  const loaders = await way(false, false);
  const graphql = await way(true, false);
  const prod = await way(true, true);
  expect(graphql.r, "one statement per root field under graphql-js").toEqual(loaders.r);
  expect(graphql.n).toBeLessThanOrEqual(loaders.n);
  return { loaders: loaders.r, prefetch: prod.r, statements: prod.n, loaderStatements: loaders.n, graphqlStatements: graphql.n };
}

const storedField = (type: string, field: string) => allSpecs().some((s) => s.name === type && isStored(s, field));
const leafArgsFree = (f: GraphQLField<unknown, unknown>) => isLeafType(getNamedType(f.type)) && f.args.length === 0;

// Every leaf field of a type, and (down to `depth`) every field that returns records; `stored`: only
// what is stored (no masked or computed fields), which PostgreSQL answers whole.
function selection(s: GraphQLSchema, type: GraphQLObjectType, depth: number, stored = false): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    const named = getNamedType(f.type);
    if (leafArgsFree(f)) {
      if (!stored || storedField(type.name, f.name)) parts.push(f.name);
    } else if (isObjectType(named) && depth > 0 && !named.name.endsWith("Connection") && f.args.every((a) => !String(a.type).endsWith("!"))) {
      parts.push(`${f.name} { ${selection(s, named, depth - 1, stored)} }`);
    }
  }
  return parts.join(" ");
}

function rootLists(s: GraphQLSchema) {
  const q = s.getQueryType()!.getFields();
  return Object.values(q).filter((f) => {
    const named = getNamedType(f.type);
    return isObjectType(named) && named.name.endsWith("Connection") && "nodes" in named.getFields() && f.args.some((a) => a.name === "first");
  });
}

describe("one statement per root field", () => {
  it("answers every list of the schema as the loaders do, two relation levels deep, and one record of each", async () => {
    const s = await schema();
    const lists = rootLists(s);
    expect(lists.length).toBeGreaterThan(10);
    let compared = 0;
    const counts: string[] = [];
    for (const stored of [false, true]) {
      for (const f of lists) {
        const node = getNamedType((getNamedType(f.type) as GraphQLObjectType).getFields().nodes!.type) as GraphQLObjectType;
        // three rows: a proposal's every relation two levels deep (opinions too) costs more than 50,000 for four
        const query = `{ ${f.name}(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { ${selection(s, node, 2, stored)} } } }`;
        const r = await both(query);
        expect(r.loaders.errors, `${f.name}: ${JSON.stringify(r.loaders.errors)}`).toBeUndefined();
        expect(r.prefetch, f.name).toEqual(r.loaders);
        // the page with its relations in one statement, the total in another; fields that compute from
        // other records (deadlines) add their own, batched. Stored fields only: one statement in all.
        expect(r.statements, f.name).toBeLessThanOrEqual(r.loaderStatements);
        if (stored) expect(r.statements, f.name).toBe(1);
        counts.push(`${f.name}${stored ? " (stored)" : ""} ${r.statements}/${r.graphqlStatements}/${r.loaderStatements}`);
        compared++;

        // the same record on its own, when the resource has a root field for one
        const singular = Object.values(s.getQueryType()!.getFields()).find(
          (g) => getNamedType(g.type) === node && g.args.length === 1 && g.args[0]!.name === "id",
        );
        const id = r.loaders.data![f.name].nodes[0]?.id;
        if (singular && id) {
          const one = await both(`query ($id: ID!) { ${singular.name}(id: $id) { ${selection(s, node, 2, stored)} } }`, { id });
          expect(one.loaders.errors).toBeUndefined();
          expect(one.prefetch, singular.name).toEqual(one.loaders);
          expect(one.statements, singular.name).toBeLessThanOrEqual(one.loaderStatements);
          if (stored) expect(one.statements, singular.name).toBe(1);
        }
      }
    }
    console.log(`compared ${compared} root lists and their records both ways; statements (production/one per root field/loaders): ${counts.join(", ")}`);
  }, 240_000);

  it("keeps fragments, aliases, @skip/@include, relation arguments and conflicting aliases apart", async () => {
    const query = /* GraphQL */ `
      query ($skip: Boolean!, $first: Int) {
        deputies(first: 6, orderBy: [NAME_DESC], filter: { mandate: { level: { eq: CITY } } }) {
          a: nodes {
            ...D
            latest: mandates(first: 1, orderBy: [START_DATE_DESC]) { level startDate }
            m: mandates(first: $first) { id }
            s: stations @skip(if: $skip) { role }
          }
          b: nodes {
            m: mandates { id level district { name parent { name } } }
            x: name
            ... on Deputy { cityOnly: mandates(filter: { level: { eq: CITY } }) { congressTerm } }
            t: trainings @include(if: $skip) { status }
          }
        }
      }
      fragment D on Deputy { id name gender createdAt proposals(first: 2, orderBy: [SUBMITTED_AT_DESC]) { title leadDeputy { name } } }
    `;
    for (const skip of [true, false]) {
      const r = await both(query, { skip, first: 2 });
      expect(r.loaders.errors).toBeUndefined();
      expect(r.loaders.data!.deputies.a.length).toBe(6);
      expect(r.prefetch).toEqual(r.loaders);
    }
  });

  it("masks personal data for roles that may not see it, reads records that point at their own table, and pages by cursor", async () => {
    const deputies = `{ deputies(first: 5, filter: { mandate: { level: { eq: CITY } } }) { nodes { name phone idCard } } }`;
    for (const as of ["admin", "viewer", "token"] as As[]) {
      const r = await both(deputies, {}, as);
      expect(r.prefetch).toEqual(r.loaders);
    }
    const masked = (await both(deputies, {}, "viewer")).prefetch.data!.deputies.nodes.filter((d: any) => d.phone);
    expect(masked.length).toBeGreaterThan(0);
    for (const d of masked) expect(d.phone).toMatch(/\*{4}/);

    const tree = await both(`{ districts(first: 30) { nodes { name parent { name parent { name } } children { name children { name } } } } }`);
    expect(tree.prefetch).toEqual(tree.loaders);
    expect(tree.statements).toBe(1);
    expect(tree.graphqlStatements).toBe(1);

    const first = await both(`{ deputies(first: 7, orderBy: [ETHNICITY_ASC, NAME_ASC]) { nodes { id name } pageInfo { endCursor hasNextPage } } }`);
    const after = first.prefetch.data!.deputies.pageInfo.endCursor;
    const next = await both(`query ($after: String) { deputies(first: 7, after: $after, orderBy: [ETHNICITY_ASC, NAME_ASC]) { nodes { id name mandates { level } } pageInfo { hasPreviousPage endCursor } } }`, { after });
    expect(next.prefetch).toEqual(next.loaders);
    expect(next.prefetch.data!.deputies.nodes[0].id).not.toBe(first.prefetch.data!.deputies.nodes[0].id);
  });

  it("reports a relation's bad arguments at the relation's path, as the loaders do", async () => {
    const r = await both(`{ deputies(first: 2) { nodes { id mandates(first: -1) { id } } } }`);
    expect(r.prefetch.errors?.[0]?.path).toEqual(["deputies", "nodes", 0, "mandates"]);
    expect(r.prefetch.errors?.[0]?.extensions?.code).toBe(r.loaders.errors?.[0]?.extensions?.code);
    expect(r.prefetch).toEqual(r.loaders);
  });

  it("reads a page of 100 deputies with mandates, stations and proposals in one statement, where the loaders take one per relation", async () => {
    const r = await both(`{ deputies(first: 100) { nodes { id name mandates { level district { name parent { name } } } stations { role station { name parent { name } } } proposals(first: 3) { title assignments { unit { name } } } } } }`);
    expect(r.prefetch).toEqual(r.loaders);
    expect(r.prefetch.data!.deputies.nodes).toHaveLength(100);
    expect(r.statements).toBe(1);
    expect(r.loaderStatements).toBeGreaterThan(5);
    console.log(`nested page of 100 deputies: ${r.statements} statement (loaders: ${r.loaderStatements})`);
  });
});
