// Loads the demo data set: `pnpm db:seed`. Uses DATABASE_URL, or else the embedded PostgreSQL server
// (data in DAIBIAO_DATA_DIR or .daibiao/). Replaces all existing data.
import { connect } from "../client.js";
import { piiSecret, startEmbedded, type EmbeddedServer } from "../embedded.js";
import { migrate } from "../migrate.js";
import { piiKey } from "../pii.js";
import { FIGURE_LABELS, seedDemo, type Figures2024, type SeedSummary } from "../seed/index.js";

function printSummary(summary: SeedSummary): void {
  console.log("\nrows per table:");
  for (const [table, rows] of Object.entries(summary.tables)) console.log(`  ${table.padEnd(24)} ${rows}`);
  console.log("\nthe 2024 figures, from the records (the review's words in brackets):");
  for (const [key, value] of Object.entries(summary.figures2024)) {
    console.log(`  ${FIGURE_LABELS[key as keyof Figures2024].padEnd(52)} ${value}`);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  let embedded: EmbeddedServer | undefined;
  const url = process.env.DATABASE_URL ?? (embedded = await startEmbedded()).url;
  const { db, sql } = connect(url, { max: 1 });
  try {
    await migrate(db);
    const seedStarted = performance.now();
    const summary = await seedDemo(db, piiKey(piiSecret()), { log: (msg) => console.log(`  ${msg}`) });
    const seedMs = performance.now() - seedStarted;
    printSummary(summary);
    console.log(`\nseeded in ${(seedMs / 1000).toFixed(1)} s (${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
  } finally {
    await sql.end();
    await embedded?.stop();
  }
}

// Drizzle's query errors carry the whole statement and its parameters (a seed chunk is ~100 KB), so
// print the first line, the database's own message and where it happened instead.
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const detail = cause && "detail" in cause ? ` (${String(cause.detail)})` : "";
  const lines = [error.message.split("\n")[0]!.slice(0, 300)];
  if (cause) lines.push(`caused by: ${cause.message}${detail}`);
  return [...lines, ...(error.stack?.split("\n").filter((l) => l.trimStart().startsWith("at ")).slice(0, 6) ?? [])].join("\n");
}

main().catch((error: unknown) => {
  console.error(describe(error));
  process.exitCode = 1;
});
