// The example queries in the README answer, without errors, on the demo data.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { useTestDb } from "../harness.js";

const t = useTestDb("daibiao_demo_tpl");
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const queries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

it("has example queries, and each answers with data", async () => {
  expect(queries.length).toBeGreaterThanOrEqual(5);
  for (const q of queries) {
    const r = await t().gql(q);
    expect(r.errors, q).toBeUndefined();
    expect(JSON.stringify(r.data)).toMatch(/[1-9]/);
  }
});
