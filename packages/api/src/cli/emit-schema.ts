// Writes packages/api/schema.graphql from the code (`pnpm schema:emit`).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { schemaText } from "../schema.js";

const file = fileURLToPath(new URL("../../schema.graphql", import.meta.url));
writeFileSync(file, await schemaText());
console.log(`wrote ${file}`);
