// Backup and restore: the demo database plus rows with odd values goes through `pnpm db:backup` and
// `pnpm db:restore` (the built commands, on DATABASE_URL) into an empty database, and every table of
// both (listed from pg_catalog) and every sequence must be equal. A non-empty target, a backup of a
// newer migration level and a damaged file are refused, and nothing is half-loaded.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { withDatabase } from "../../../test/global-setup.js";
import { backup, BackupError, restore } from "./backup.js";
import { connect, type Sql } from "./client.js";
import { repoRoot } from "./embedded.js";

const run = promisify(execFile);
const cli = (name: string) => path.join(repoRoot, `packages/db/dist/cli/${name}.js`);
const dir = mkdtempSync(path.join(tmpdir(), "daibiao-backup-test-"));
const opened: { name: string; sql: Sql }[] = [];
const admin = connect(inject("adminUrl"), { max: 1 });

async function database(template?: string) {
  const name = `b_${randomBytes(6).toString("hex")}`;
  await admin.sql.unsafe(`create database ${name}${template ? ` template ${template} strategy file_copy` : ""}`);
  const url = withDatabase(inject("adminUrl"), name);
  const { sql } = connect(url, { max: 2 });
  opened.push({ name, sql });
  return { url, sql };
}

afterAll(async () => {
  for (const { name, sql } of opened) {
    await sql.end();
    await admin.sql.unsafe(`drop database if exists ${name} with (force)`);
  }
  await admin.sql.end();
  rmSync(dir, { recursive: true, force: true });
});

// Every table of the schemas public and drizzle, from the catalog: its row count and the md5 of its
// rows' text in order; every sequence's value; every index and constraint of public.
async function digest(sql: Sql) {
  const tables = await sql<{ schema: string; name: string }[]>`
    select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p') order by 1, 2`;
  const out: Record<string, string> = {};
  for (const t of tables) {
    const [r] = await sql.unsafe(
      `select count(*)::int as n, md5(coalesce(string_agg(x::text, E'\\n' order by x::text), '')) as h from "${t.schema}"."${t.name}" x`,
    );
    out[`${t.schema}.${t.name}`] = `${r!.n} rows, ${r!.h}`;
  }
  for (const s of await sql`select schemaname, sequencename, last_value::text from pg_sequences order by 1, 2`) {
    out[`sequence ${s.schemaname}.${s.sequencename}`] = String(s.last_value);
  }
  // the restore drops indexes and foreign keys for the load and makes them again: all of them, the same
  for (const i of await sql`select indexname, indexdef from pg_indexes where schemaname = 'public'`) out[`index ${i.indexname}`] = String(i.indexdef);
  for (const k of await sql`select conrelid::regclass::text as t, conname, pg_get_constraintdef(oid) as def from pg_constraint where connamespace = 'public'::regnamespace`) {
    out[`constraint ${k.t}.${k.conname}`] = String(k.def);
  }
  return out;
}

// The odd values a copy gets wrong first: nulls, emoji and other scripts, backslashes, tabs and line
// breaks, a long text, microseconds, JSON with all of these.
async function addOddRows(sql: Sql) {
  const long = "长".repeat(50_000) + "\\N";
  await sql`insert into deputies (id, name, gender, ethnicity, notes, work_unit, phone, birth_date, created_at)
    values (900001, '😀 王\\小明', 'male', '彝族', ${`line 1\nline 2\r\n\ttab\\N \\. end`}, ${long}, null, '1900-01-01', '2024-02-29 23:59:59.123456+08'),
           (900002, 'a', 'female', '苗族', '', '\\.', '13912345678', null, '1970-01-01 00:00:00.000001+00')`;
  await sql`insert into audit_logs (at, actor, operation, record_type, record_id, before, after)
    values ('2024-06-30 12:34:56.654321+08', 'token:大屏 "x"', 'update', 'Deputy', null,
            ${JSON.stringify({ notes: "a\nb\\c\t\"d\" 😀", n: 1.5e-7, nested: [null, true, { k: "\u0001" }] })}::jsonb, null)`;
  await sql`insert into sign_in_failures (at, username, address) values ('2024-01-01 00:00:00.000009+00', 'zhang', '::1')`;
  // a sequence ahead of its rows (ids taken and rolled back) stays as it is
  await sql`select setval('public.audit_logs_id_seq', (select max(id) from audit_logs) + 41)`;
}

// A backup file's tables, each row as { column: text as COPY wrote it }.
function sections(file: string): Map<string, Record<string, string>[]> {
  const [, header, ...lines] = gunzipSync(readFileSync(file)).toString().split("\n");
  const out = new Map<string, Record<string, string>[]>();
  let at = 0;
  for (const t of JSON.parse(header!).tables as { name: string; columns: string[] }[]) {
    const rows: Record<string, string>[] = [];
    for (; lines[at] !== "\\."; at++) {
      const values = lines[at]!.split("\t");
      rows.push(Object.fromEntries(t.columns.map((c, i) => [c, values[i]!])));
    }
    at++;
    out.set(t.name, rows);
  }
  return out;
}
const deputyIdsOf = (tables: Map<string, Record<string, string>[]>, name: string) =>
  new Set(tables.get("deputies")!.filter((d) => d.name === name).map((d) => d.id));

describe.skipIf(!existsSync(cli("backup")) || !existsSync(cli("restore")))("backup and restore", () => {
  let source: Awaited<ReturnType<typeof database>>;
  let file = "";
  let expected: Record<string, string> = {};

  beforeAll(async () => {
    source = await database("daibiao_demo_tpl");
    await addOddRows(source.sql);
    expected = await digest(source.sql);
    file = path.join(dir, "demo.backup");
    const done = await run(process.execPath, [cli("backup"), file], { env: { ...process.env, DATABASE_URL: source.url } });
    expect(done.stdout).toMatch(/backed up \d+ rows of \d+ tables at migration level \d+/);
  });

  it("restores every table and sequence into an empty database, equal to the source", async () => {
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(Object.keys(expected)).toContain("public.sign_in_failures");
    expect(expected["public.deputies"]).toMatch(/^1\d{4} rows/);
    const target = await database();
    const done = await run(process.execPath, [cli("restore"), file], { env: { ...process.env, DATABASE_URL: target.url } });
    expect(done.stdout).toMatch(/restored \d+ rows of \d+ tables/);
    expect(await digest(target.sql)).toEqual(expected);
    // the copy is a working database: the next id follows the source's sequence
    const [row] = await target.sql`insert into audit_logs (actor, operation, record_type) values ('x', 'y', 'z') returning id`;
    const [{ last }] = await source.sql`select last_value::int as last from audit_logs_id_seq`;
    expect(row!.id).toBe(last + 1);
  });

  it("refuses a database that is not empty unless --force, and --force replaces it", async () => {
    const target = await database("daibiao_tpl");
    await target.sql`insert into deputies (name, gender) values ('留下', 'male')`;
    const before = await digest(target.sql);
    const refused = await run(process.execPath, [cli("restore"), file], { env: { ...process.env, DATABASE_URL: target.url } }).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 2 });
    expect((refused as { stderr: string }).stderr).toMatch(/not empty.*--force/);
    expect(await digest(target.sql)).toEqual(before);
    await restore(target.sql, file, { force: true });
    expect(await digest(target.sql)).toEqual(expected);
  });

  it("refuses a backup of a newer migration level, and a damaged one without loading any of it", async () => {
    const [magic, header, ...rest] = gunzipSync(readFileSync(file)).toString().split("\n");
    const parsed = JSON.parse(header!);
    const newer = path.join(dir, "newer.backup");
    writeFileSync(newer, gzipSync([magic, JSON.stringify({ ...parsed, migrations: [...parsed.migrations, { hash: "f".repeat(64), createdAt: Date.now() }] }), ...rest].join("\n")));
    const empty = await database();
    await expect(restore(empty.sql, newer)).rejects.toThrow(/newer migration level/);
    expect(await empty.sql`select 1 from pg_tables where schemaname = 'public'`).toHaveLength(0);

    // one deputy's line taken out: the count at the end tells, and the transaction loads nothing
    const deputy = rest.findIndex((l) => l.startsWith("900002\t"));
    expect(deputy).toBeGreaterThan(0);
    const damaged = path.join(dir, "damaged.backup");
    writeFileSync(damaged, gzipSync([magic, header, ...rest.filter((_, i) => i !== deputy)].join("\n")));
    const error = await restore(empty.sql, damaged).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/^table deputies: \d+ rows read, the backup says \d+$/);
    const [{ n }] = await empty.sql`select count(*)::int as n from deputies`;
    expect(n).toBe(0);
    // --force reads the whole file before it drops anything
    const kept = await database("daibiao_tpl");
    await kept.sql`insert into deputies (name, gender) values ('留下', 'male')`;
    const before = await digest(kept.sql);
    await expect(restore(kept.sql, damaged, { force: true })).rejects.toThrow(/^table deputies: \d+ rows read/);
    expect(await digest(kept.sql)).toEqual(before);
  });

  it("backs up in one snapshot: a deputy and its mandate written together are both in the file or neither", async () => {
    const live = await database("daibiao_demo_tpl");
    // a writer adds a deputy and its mandate in one transaction, again and again, while the backup
    // runs; deputies are copied before deputy_mandates, so without one snapshot the file would hold
    // mandates of deputies it lacks
    let stop = false;
    let written = 0;
    const writer = (async () => {
      while (!stop) {
        await live.sql.begin(async (tx) => {
          const [d] = await tx`insert into deputies (name, gender) values ('并发', 'female') returning id`;
          await tx`insert into deputy_mandates (deputy_id, level, congress_term, start_date) values (${d!.id}, 'city', 3, '2022-01-01')`;
        });
        written++;
      }
    })();
    while (written < 5) await new Promise((r) => setTimeout(r, 5));
    const out = path.join(dir, "live.backup");
    const before = written;
    await backup(live.sql, out).finally(() => (stop = true));
    await writer;
    expect(written - before).toBeGreaterThan(5);
    // every mandate in the file has its deputy in the file
    const tables = sections(out);
    const deputyIds = new Set(tables.get("deputies")!.map((r) => r.id));
    const mandates = tables.get("deputy_mandates")!;
    const orphans = mandates.filter((m) => !deputyIds.has(m.deputy_id));
    expect(orphans).toEqual([]);
    // and every deputy written meanwhile that is in the file has its mandate
    const ours = deputyIdsOf(tables, "并发");
    expect(ours.size).toBeGreaterThan(0);
    expect(mandates.filter((m) => ours.has(m.deputy_id))).toHaveLength(ours.size);
  });
});
