// `pnpm bench:data`: migrate, then bulk-load the scale data set (BENCH_SCALE, default 1 = 1,000,000
// deputies) into DATABASE_URL or the benchmark's embedded PostgreSQL, printing the time per table.
import { connect, migrate } from "@daibiao/db";
import { openBenchDb, serverVersion } from "./database.js";
import { countsFor, loadScaleData } from "./scale.js";

const scale = Number(process.env.BENCH_SCALE ?? 1);
if (!(scale > 0)) throw new Error(`BENCH_SCALE must be a positive number, not ${process.env.BENCH_SCALE}`);
const dropIndexes = process.env.BENCH_KEEP_INDEXES !== "1";

const t0 = performance.now();
const bench = await openBenchDb();
const { db, sql } = connect(bench.url, { max: 3, statementTimeoutMs: 0 });
try {
  console.log(`PostgreSQL ${await serverVersion(sql)}; scale ${scale}`);
  await migrate(db);
  const counts = countsFor(scale);
  console.log(`loading ${counts.deputies.toLocaleString("en")} deputies, ${counts.proposals.toLocaleString("en")} proposals, … (${dropIndexes ? "secondary indexes dropped during the load" : "indexes kept during the load"})`);
  const { steps } = await loadScaleData(sql, { counts, dropIndexes, parallel: 2, log: (m) => console.log(m) });
  const total = Math.round(performance.now() - t0);
  console.log("\ntable                     rows        ms (insert + its indexes)");
  for (const s of steps.sort((a, b) => b.rows - a.rows)) {
    console.log(`${s.table.padEnd(24)} ${s.rows.toLocaleString("en").padStart(10)} ${String(s.ms).padStart(9)}`);
  }
  const rows = steps.reduce((n, s) => n + s.rows, 0);
  console.log(`total ${rows.toLocaleString("en")} rows in ${(total / 1000).toFixed(1)} s (work ran 2 statements at a time, so per-table times add up to more)`);
} finally {
  await sql.end();
  await bench.stop();
}
