// `pnpm bench:import`: how long the import of a 20,000-row deputies file takes (BENCH_IMPORT_ROWS to
// change it) — reading it, the dry run, the commit, and the re-import that finds every row unchanged —
// on a throwaway embedded PostgreSQL (the data of `pnpm start` is not touched).
import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { connect, idCardCheckChar, migrate, piiKey, startEmbedded } from "@daibiao/db";
import { deputyImport } from "../imports/deputy.import.js";
import { importFile, readSheet } from "../imports/import.engine.js";
import { createContext } from "../server.js";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);
const COUNTIES = ["七星关区", "大方县", "黔西市", "金沙县", "织金县", "纳雍县", "威宁彝族回族苗族自治县", "赫章县"];

function idCard(n: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + (n % 10_000) * 86_400_000);
  const ymd = birth.toISOString().slice(0, 10).replaceAll("-", "");
  const first17 = `520502${ymd}${String(Math.floor(n / 10_000)).padStart(3, "0")}`;
  return first17 + idCardCheckChar(first17);
}

async function file(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("代表");
  ws.addRow(deputyImport.columns.map((c) => c.zh));
  const ethnic = ["汉族", "彝族", "苗族", "回族", "布依族"];
  for (let n = 0; n < ROWS; n++) {
    const id = idCard(n);
    ws.addRow([
      `代表${n}号`, n % 2 ? "男" : "女", ethnic[n % 5], `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, "中共党员", "大学本科", "专业技术人员",
      `毕节市第${n % 300}中学`, "教师", `138${String(n).padStart(8, "0")}`, id, "", "县级", 18, COUNTIES[n % COUNTIES.length], "",
      `${COUNTIES[n % COUNTIES.length]}代表团`, "2021-10-01", "", "",
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
}

const dir = mkdtempSync(path.join(tmpdir(), "daibiao-bench-import-"));
const embedded = await startEmbedded(path.join(dir, "pg"));
const { db, sql } = connect(embedded.url, { max: 2, statementTimeoutMs: 0 });
try {
  await migrate(db);
  await sql`insert into districts (code, name, level) select '52050' || i, name, 'county' from jsonb_array_elements_text(${JSON.stringify(COUNTIES)}::jsonb) with ordinality as c(name, i)`;
  const ctx = createContext({ db, sql, pii: piiKey("bench-secret") }, { kind: "token", id: 0, name: "bench", role: "EDITOR" });
  const time = async <T>(label: string, fn: () => Promise<T>) => {
    const t = performance.now();
    const r = await fn();
    const s = (performance.now() - t) / 1000;
    console.log(`${label.padEnd(34)} ${s.toFixed(1).padStart(6)} s   ${Math.round(ROWS / s).toLocaleString("en").padStart(8)} rows/s`);
    return r;
  };
  const data = await time(`write the ${ROWS.toLocaleString("en")}-row file (exceljs)`, file);
  console.log(`file: ${(Buffer.byteLength(data, "base64") / 1024 / 1024).toFixed(2)} MB`);
  await time("read and parse it", () => readSheet(deputyImport, Buffer.from(data, "base64")));
  const args = { file: data, fileName: "bench.xlsx" };
  const dry = await time("dry run (all new)", () => importFile(ctx, deputyImport, { ...args, commit: false }));
  const done = await time("commit", () => importFile(ctx, deputyImport, { ...args, commit: true }));
  const again = await time("re-import dry run (all unchanged)", () => importFile(ctx, deputyImport, { ...args, commit: false }));
  const [n] = await sql`select (select count(*)::int from deputies) as d, (select count(*)::int from deputy_mandates) as m, (select count(*)::int from audit_logs) as a`;
  console.log(`dry run: ${dry.newCount} new; commit: committed=${done.committed}, ${done.newCount} new; re-import: ${again.unchangedCount} unchanged`);
  console.log(`stored: ${n!.d} deputies, ${n!.m} mandates, ${n!.a} audit rows; ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}`);
} finally {
  await sql.end();
  await embedded.stop();
  rmSync(dir, { recursive: true, force: true });
}
