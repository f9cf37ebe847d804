// `pnpm run import FILE.xlsx --resource deputies [--commit]` (`run`: `pnpm import` alone is pnpm's own
// lockfile command): the console's import from a terminal. A dry
// run unless --commit; prints a line per refusal and the counts; exit code 0 when no row is refused
// (and, with --commit, the rows were written or there was nothing to change), 1 otherwise, 2 for a
// file or an argument that cannot be read.
// The database is the one `pnpm start` uses: DATABASE_URL, or the embedded server — the running one
// when `pnpm start` has it open, otherwise started here for the import and stopped after.
import "reflect-metadata";
import { existsSync, readFileSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import { GraphQLError } from "graphql";
import { connect, dataDir, migrate, piiKey, piiSecret, startEmbedded, type EmbeddedServer } from "@daibiao/db";
import { importers } from "../imports/import.resolver.js";
import { ImportResource } from "../imports/import.type.js";
import { importFile, type ImportReport } from "../imports/import.engine.js";
import { createContext } from "../server.js";

const USAGE = `usage: pnpm run import FILE.xlsx --resource ${Object.values(ImportResource).join("|")} [--commit]`;

function args(argv: string[]) {
  const out = { file: "", resource: "", commit: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--commit") out.commit = true;
    else if (a === "--resource") out.resource = argv[++i] ?? "";
    else if (a.startsWith("--resource=")) out.resource = a.slice(11);
    else if (a === "--") continue;
    else if (!out.file) out.file = a;
    else throw new Error(`unexpected argument: ${a}\n${USAGE}`);
  }
  if (!out.file || !out.resource) throw new Error(USAGE);
  if (!Object.values(ImportResource).includes(out.resource as ImportResource)) throw new Error(`unknown resource "${out.resource}"\n${USAGE}`);
  return out;
}

// The running embedded server of `pnpm start`, from its pid file and the password file beside it.
function runningEmbedded(): string | null {
  const dir = path.join(dataDir(), "pg");
  try {
    const lines = readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n");
    process.kill(Number(lines[0]), 0);
    const password = readFileSync(path.join(dataDir(), "pg-password"), "utf8").trim();
    return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(lines[3])}/daibiao`;
  } catch {
    return null;
  }
}

export function printReport(r: ImportReport, commit: boolean): void {
  for (const x of r.refusals) console.log(`第${x.row}行 ${x.column}：${x.reason} [${x.code}]`);
  if (r.ignoredColumns.length) console.log(`未识别的列（已忽略）：${r.ignoredColumns.join("、")}`);
  console.log(
    `${r.fileName}: ${r.total} rows — new ${r.newCount}, changed ${r.changedCount}, unchanged ${r.unchangedCount}, refused ${r.refusedCount}` +
      ` — ${r.committed ? "committed" : commit ? (r.refusedCount ? "NOT committed (refused rows)" : "nothing to change") : "dry run, nothing written (add --commit)"}`,
  );
}

async function main(): Promise<number> {
  const a = args(process.argv.slice(2));
  const file = path.resolve(process.env.INIT_CWD ?? ".", a.file);
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  let embedded: EmbeddedServer | undefined;
  const url = process.env.DATABASE_URL ?? runningEmbedded() ?? (embedded = await startEmbedded()).url;
  const { db, sql } = connect(url, { max: 2, statementTimeoutMs: 0 });
  try {
    if (embedded) await migrate(db);
    // the audit log names the command and the account that ran it
    const ctx = createContext({ db, sql, pii: piiKey(piiSecret()) }, { kind: "token", id: 0, name: `cli:${userInfo().username}`, role: "EDITOR" });
    const report = await importFile(ctx, importers[a.resource as ImportResource], {
      file: readFileSync(file).toString("base64"),
      fileName: path.basename(file),
      commit: a.commit,
    });
    printReport(report, a.commit);
    return report.refusedCount === 0 ? 0 : 1;
  } finally {
    await sql.end();
    await embedded?.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((e: unknown) => {
    if (e instanceof GraphQLError) console.error(`refused: ${e.message} [${String(e.extensions.reason ?? e.extensions.code)}]`);
    else console.error(e instanceof Error ? e.message.split("\n").slice(0, 2).join("\n") : String(e));
    process.exit(2);
  });
