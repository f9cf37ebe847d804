// `pnpm db:backup FILE`: the whole database into one file (see ../backup.ts). Uses DATABASE_URL, or
// else the embedded PostgreSQL server (data in DAIBIAO_DATA_DIR or .daibiao/; stop `pnpm start` first).
import path from "node:path";
import { backup } from "../backup.js";
import { database, fail, run } from "../backup-cli.js";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || file.startsWith("-")) return fail("usage: pnpm db:backup FILE");
  const started = performance.now();
  const { sql, close } = await database({ mustExist: true });
  try {
    const s = await backup(sql, path.resolve(process.env.INIT_CWD ?? ".", file));
    console.log(
      `backed up ${s.rows} rows of ${s.tables} tables at migration level ${s.migrations} to ${s.file} ` +
        `(${(s.bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await close();
  }
}

run(main);
