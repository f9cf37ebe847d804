// `pnpm db:migrate`: applies the migrations in drizzle/ to DATABASE_URL, or else to the embedded
// PostgreSQL server (data in DAIBIAO_DATA_DIR or .daibiao/). `pnpm start` does the same on every start.
import { connect } from "../client.js";
import { startEmbedded, type EmbeddedServer } from "../embedded.js";
import { migrate } from "../migrate.js";

async function main(): Promise<void> {
  let embedded: EmbeddedServer | undefined;
  const url = process.env.DATABASE_URL ?? (embedded = await startEmbedded()).url;
  const { db, sql } = connect(url, { max: 1 });
  try {
    await migrate(db);
    const [last] = await sql`select max(created_at)::text as at, count(*)::int as n from drizzle.__drizzle_migrations`;
    console.log(`migrations applied: ${last!.n} (the newest from ${new Date(Number(last!.at)).toISOString().slice(0, 10)})`);
  } finally {
    await sql.end();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message.split("\n")[0] : String(error));
  process.exitCode = 1;
});
