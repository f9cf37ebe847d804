// Golden SQL: each `golden/NAME.graphql` sits beside the exact SQL the compiler turns it into
// (`NAME.sql`: the "answer" mode's statement, which production sends, then the "rows" mode's) and the
// expected answer (`NAME.json`), on the demo data. A change to the compiler shows up as a diff of
// these files in review. The answer is the same on all three read paths (batched loaders too).
//
// After a deliberate change: `GOLDEN_UPDATE=1 npx vitest run packages/api/src/grammar/golden.test.ts`
// rewrites the .sql and .json files; read their diff before committing it.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../../../test/harness.js";
import { READ_PATHS, type ReadPath } from "../../../../test/read-paths.js";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "golden");
const UPDATE = !!process.env.GOLDEN_UPDATE;
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".graphql"))
  .map((f) => f.slice(0, -".graphql".length))
  .sort();

// Statements as one line each are hard to read in a diff: a line break and indentation go before
// each subquery (every "(select" outside string literals), nothing else. `exact` undoes it.
export function layout(statement: string): string {
  let out = "";
  let depth = 0;
  let quoted: string | null = null;
  for (let i = 0; i < statement.length; i++) {
    const ch = statement[i]!;
    if (quoted) {
      if (ch === quoted) quoted = null;
    } else if (ch === "'" || ch === '"') quoted = ch;
    else if (ch === "(") {
      depth++;
      if (statement.startsWith("select ", i + 1)) {
        out += `(\n${"  ".repeat(depth)}`;
        continue;
      }
    } else if (ch === ")") depth--;
    out += ch;
  }
  return out;
}
const exact = (laid: string) => laid.replace(/\(\n {2,}/g, "(");

let t: TestDb;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ t, drop } = await createTestDb("daibiao_demo_tpl"));
}, 120_000);
afterAll(async () => {
  await drop?.();
});

// The statements one read path sends for the query, and its answer.
async function run(query: string, readPath: ReadPath) {
  t.statements.length = 0;
  const answer = await t.gql(query, {}, { path: readPath });
  return { answer, statements: [...t.statements] };
}

describe("golden SQL", () => {
  it("has a golden file for each kind of read of each resource", () => {
    expect(names.length).toBeGreaterThanOrEqual(18 * 4);
  });

  for (const name of names) {
    it(name, async () => {
      const query = readFileSync(path.join(dir, `${name}.graphql`), "utf8");
      const direct = await run(query, "direct");
      const rows = await run(query, "prefetch");
      const sql =
        `-- ${name}.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)\n` +
        `${direct.statements.map(layout).join(";\n\n")};\n\n` +
        `-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)\n` +
        `${rows.statements.map(layout).join(";\n\n")};\n`;
      const json = `${JSON.stringify(direct.answer, null, 2)}\n`;
      if (UPDATE) {
        writeFileSync(path.join(dir, `${name}.sql`), sql);
        writeFileSync(path.join(dir, `${name}.json`), json);
      }
      expect(direct.answer.errors, name).toBeUndefined();
      // the "answer" mode compiled it, unless the query is one it declines
      if (name.endsWith(".masked")) expect(direct.statements).toEqual(rows.statements);
      else expect(direct.statements).not.toEqual(rows.statements);
      // the layout only adds line breaks
      for (const s of [...direct.statements, ...rows.statements]) expect(exact(layout(s))).toBe(s);
      expect(sql, `${name}.sql`).toBe(readFileSync(path.join(dir, `${name}.sql`), "utf8"));
      expect(json, `${name}.json`).toBe(readFileSync(path.join(dir, `${name}.json`), "utf8"));
      // every way of answering gives the golden answer
      for (const p of READ_PATHS) if (p !== "direct") expect((await run(query, p)).answer, `${name} by ${p}`).toEqual(direct.answer);
    });
  }
});
