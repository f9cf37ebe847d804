// `pnpm db:restore FILE [--force]`: a file of `pnpm db:backup` into an empty database (see ../backup.ts);
// --force first drops everything the database holds. Uses DATABASE_URL, or else the embedded PostgreSQL
// server (data in DAIBIAO_DATA_DIR or .daibiao/; stop `pnpm start` first).
import path from "node:path";
import { restore } from "../backup.js";
import { database, fail, run } from "../backup-cli.js";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((a) => a !== "--force");
  if (files.length !== 1 || files[0]!.startsWith("-")) return fail("usage: pnpm db:restore FILE [--force]");
  const started = performance.now();
  const { sql, close } = await database({ mustExist: false });
  try {
    const s = await restore(sql, path.resolve(process.env.INIT_CWD ?? ".", files[0]!), { force, log: (m) => console.log(m) });
    console.log(`restored ${s.rows} rows of ${s.tables} tables at migration level ${s.migrations} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log("ID-card numbers are sealed with DAIBIAO_SECRET (or secret.key): start the server with the same key");
  } finally {
    await close();
  }
}

run(main);
