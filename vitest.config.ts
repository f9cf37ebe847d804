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
      { find: /^@daibiao\/db\/seed$/, replacement: here("./packages/db/src/seed/index.ts") },
      { find: /^@daibiao\/db$/, replacement: here("./packages/db/src/index.ts") },
    ],
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
