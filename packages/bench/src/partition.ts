// `pnpm bench:partition`: migration 0011 (audit_logs partitioned by year) on a copy of the benchmark's
// data set (`pnpm bench:data`: 1,000,000 deputies …) with an audit log of BENCH_AUDIT_ROWS rows
// (default 3,000,000, over 2019–2026): the copy's audit_logs is made as migration 0002 made it and
// filled, 0011 is run and timed, and the rows are compared before and after (count and md5 of every
// row's text), with the rows per partition. The copy is dropped at the end; the data set is untouched.
import { readFileSync } from "node:fs";
import path from "node:path";
import { connect, migrate, migrationsFolder } from "@daibiao/db";
import { openBenchDb, serverVersion } from "./database.js";

const ROWS = Number(process.env.BENCH_AUDIT_ROWS ?? 3_000_000);
const COPY = "daibiao_partition_copy";

const bench = await openBenchDb();
const adminUrl = bench.url.replace(/\/[^/?]+(\?|$)/, "/postgres$1");
const admin = connect(adminUrl, { max: 1, statementTimeoutMs: 0 });
const source = new URL(bench.url).pathname.slice(1);
const time = async <T,>(label: string, fn: () => Promise<T>): Promise<T> => {
  const t = performance.now();
  const r = await fn();
  console.log(`${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return r;
};
try {
  console.log(`PostgreSQL ${await serverVersion(admin.sql)}`);
  await admin.sql.unsafe(`drop database if exists ${COPY} with (force)`);
  await time(`copy of ${source} (create database … template … strategy file_copy)`, () =>
    admin.sql.unsafe(`create database ${COPY} template ${source} strategy file_copy`),
  );
  const { db, sql } = connect(bench.url.replace(`/${source}`, `/${COPY}`), { max: 1, statementTimeoutMs: 0 });
  try {
    const [{ deputies }] = (await sql`select count(*)::int as deputies from deputies`) as unknown as [{ deputies: number }];
    // audit_logs as migration 0002 made it (its statements from the file), and 0011 not applied
    const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as { entries: { idx: number; tag: string; when: number }[] };
    const m11 = journal.entries.find((e) => e.idx === 11)!;
    await sql.begin(async (tx) => {
      await tx.unsafe(`drop table if exists audit_logs cascade`);
      await tx.unsafe(`drop function if exists audit_logs_ensure_years(), audit_logs_ensure_year(integer)`);
      const ddl = readFileSync(path.join(migrationsFolder, `${journal.entries.find((e) => e.idx === 2)!.tag}.sql`), "utf8")
        .split("--> statement-breakpoint")
        .filter((st) => /"audit_logs"/.test(st));
      for (const st of ddl) await tx.unsafe(st);
      await tx`delete from drizzle.__drizzle_migrations where created_at >= ${m11.when}`;
    });
    await time(`${ROWS.toLocaleString("en")} audit rows written`, () =>
      sql.unsafe(`insert into audit_logs (at, actor, operation, record_type, record_id, after)
        select timestamptz '2019-01-01 00:00:00+08' + ((hashint8(i) & 2147483647) % (8 * 365 * 86400)) * interval '1 second',
          'import', (array['create','update','delete'])[1 + i % 3], 'Deputy', (1 + i % ${deputies})::text,
          jsonb_build_object('name', '代表' || i, 'notes', repeat('备注', (i % 20)::int))
        from generate_series(1, ${ROWS}) i`),
    );
    await sql.unsafe(`vacuum analyze audit_logs`);
    const digest = async () =>
      (await sql.unsafe(`select count(*)::int as n, md5(string_agg(x::text, E'\\n' order by x.id)) as h
        from (select id, at, user_id, actor, operation, record_type, record_id, before, after from audit_logs) x`))[0] as unknown as { n: number; h: string };
    const before = await time("digest before", digest);
    await time("migration 0011 (migrate(): partitioned by year, rows moved, indexes made)", () => migrate(db));
    const after = await time("digest after", digest);
    console.log(`rows before ${before.n.toLocaleString("en")} (md5 ${before.h}), after ${after.n.toLocaleString("en")} (md5 ${after.h}): ${before.n === after.n && before.h === after.h ? "equal" : "DIFFERENT"}`);
    for (const r of await sql`select tableoid::regclass::text as part, count(*)::int as n from audit_logs group by 1 order by 1`) {
      console.log(`  ${String(r.part).padEnd(22)} ${Number(r.n).toLocaleString("en").padStart(10)}`);
    }
    const plan = await sql.unsafe(`explain select count(*) from audit_logs where at >= '2024-03-01' and at < '2024-04-01'`);
    console.log(`a month's rows are read from its year's partition alone:\n  ${plan.map((p) => p["QUERY PLAN"]).join("\n  ")}`);
    if (before.n !== after.n || before.h !== after.h) process.exitCode = 1;
  } finally {
    await sql.end();
  }
} finally {
  await admin.sql.unsafe(`drop database if exists ${COPY} with (force)`);
  await admin.sql.end();
  await bench.stop();
}
