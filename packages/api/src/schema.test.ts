import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { schemaText } from "./schema.js";

it("the committed schema.graphql is the schema the code builds (run `pnpm schema:emit` after a change)", async () => {
  const committed = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");
  expect(await schemaText()).toBe(committed);
});
