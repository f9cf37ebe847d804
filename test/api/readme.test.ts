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

// Every environment variable the system, its scripts and its tests read is in README's tables (the
// benchmark's own are in packages/bench/README.md).
it("lists every environment variable the code reads", async () => {
  const { readdirSync, statSync } = await import("node:fs");
  const root = new URL("../../", import.meta.url);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(new URL(dir, root))) {
      const rel = `${dir}${name}`;
      if (name === "node_modules" || name === "dist") continue;
      if (statSync(new URL(rel, root)).isDirectory()) walk(`${rel}/`);
      else if (/\.(ts|tsx|mjs|sh)$/.test(name) || rel === ".ci/run") files.push(rel);
    }
  };
  for (const dir of ["packages/api/src/", "packages/db/src/", "packages/console/scripts/", "packages/console/src/", "scripts/", "test/", ".ci/"]) walk(dir);
  const names = new Set<string>();
  for (const f of files) {
    const text = readFileSync(new URL(f, root), "utf8");
    for (const m of text.matchAll(/process\.env\.([A-Z_][A-Z0-9_]*)|process\.env\[["']([A-Z_][A-Z0-9_]*)["']\]|\b(DAIBIAO_[A-Z0-9_]+)\b/g)) names.add((m[1] ?? m[2] ?? m[3])!);
  }
  names.delete("DAIBIAO_"); // a prefix in a pattern, not a variable
  expect(names.size).toBeGreaterThan(10);
  const missing = [...names].filter((n) => !new RegExp(`\`${n}[\`=]`).test(readme)).sort();
  expect(missing, "environment variables missing from README.md").toEqual([]);
});
