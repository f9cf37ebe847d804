// Writes packages/api/schema.graphql from the code (`pnpm schema:emit`).
// With --check it writes nothing and exits 1 when the file differs from the code's schema.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { schemaText } from "../schema.js";

const file = fileURLToPath(new URL("../../schema.graphql", import.meta.url));
const text = await schemaText();
if (process.argv.includes("--check")) {
  if (!existsSync(file) || readFileSync(file, "utf8") !== text) {
    console.error(`${file} differs from the schema the code builds: run \`pnpm schema:emit\` and commit it`);
    process.exit(1);
  }
  console.log(`${file} is up to date`);
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
