import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const graphqlMain = createRequire(here("./packages/api/package.json")).resolve("graphql");

// Files whose tests measure time: run alone, after the others.
const timed = [
  "test/faults/**/*.test.ts",
  "test/fuzz/fuzz.test.ts",
  "**/throttle.test.ts",
  "packages/db/src/client.test.ts",
  "packages/api/src/grammar/direct.test.ts",
];

// DAIBIAO_TEST_EXCLUDE: comma-separated globs of test files to leave out (CI's PostgreSQL 15 pass leaves
// out the tests that do not depend on the server: the golden SQL text, the HTTP layer's units)
const skipped = (process.env.DAIBIAO_TEST_EXCLUDE ?? "").split(",").map((s) => s.trim()).filter(Boolean);

export default defineConfig({
  resolve: {
    alias: [
      // One copy of graphql (type-graphql and Apollo must share it), and the workspace packages from source.
      { find: /^graphql$/, replacement: graphqlMain },
      { find: /^graphql\/(.*)\.mjs$/, replacement: graphqlMain.replace(/index\.js$/, "$1.js") },
      { find: /^@daibiao\/db\/seed$/, replacement: here("./packages/db/src/seed/index.ts") },
      { find: /^@daibiao\/db$/, replacement: here("./packages/db/src/index.ts") },
    ],
  },
  test: {
    // ra-data-graphql's ESM imports names from @apollo/client's CommonJS main: let Vite resolve it.
    // graphql-query-complexity imports graphql's .mjs files: inline it so the aliases above apply.
    server: { deps: { inline: ["ra-data-graphql", "graphql-query-complexity"] } },
    globalSetup: ["./test/global-setup.ts"],
    // type-graphql reads decorator metadata through the reflect-metadata polyfill
    setupFiles: ["./test/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // expect.poll waits up to this long (Vitest's default, 1 s, is less than a page's reload takes
    // on a busy 2-core machine; a poll that succeeds returns at once)
    expect: { poll: { timeout: 20_000 } },
    pool: "forks",
    // Two files at a time (Vitest would take one on this 2-core machine): most tests wait on PostgreSQL
    // or Chromium, each in its own database. The files that measure time (pool waits, statement
    // timeouts, signals, the throttle's window, the fuzzer's budget) run afterwards, one at a time.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: "parallel", include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...timed, ...skipped] } },
      { extends: true, test: { name: "timed", include: timed, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
