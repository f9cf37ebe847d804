import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const graphqlMain = createRequire(here("./packages/api/package.json")).resolve("graphql");

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
    include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    // type-graphql reads decorator metadata through the reflect-metadata polyfill
    setupFiles: ["./test/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
