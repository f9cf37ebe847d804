// Backup and restore of a daibiao database, written with postgres.js rather than pg_dump: the embedded
// PostgreSQL 18 from npm ships no pg_dump, and Debian's (15) refuses a newer server.
//
// The file is gzip'd text: a first line `daibiao-backup 1`, a line of JSON (the migrations applied, in
// order with their hashes, and every table of the schema `public` with its columns), then each table's
// rows in PostgreSQL's COPY text format (portable between server versions) ending with a line `\.`,
// then a line of JSON with the row count of each table and every sequence's value. All of it is read
// in one REPEATABLE READ snapshot (sequences excepted: they are not transactional).
//
// A restore migrates an empty database to the backup's migration level, then in one transaction loads
// every table (parents first, the tables' triggers off), checks every count, sets the sequences, and
// makes the secondary indexes and foreign keys, dropped for the load, again.
import { once } from "node:events";
import { copyFileSync, createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate as drizzleMigrate } from "drizzle-orm/postgres-js/migrator";
import { readMigrationFiles } from "drizzle-orm/migrator";
import type { TransactionSql } from "postgres";
import type { Sql } from "./client.js";
import { migrationsFolder } from "./migrate.js";

export const BACKUP_FORMAT = 1;
const MAGIC = `daibiao-backup ${BACKUP_FORMAT}`;
const END = "\\.";

export type BackupHeader = {
  createdAt: string;
  server: string;
  migrations: { hash: string; createdAt: number }[];
  tables: { name: string; columns: string[] }[];
};
export type BackupTrailer = {
  rows: Record<string, number>;
  sequences: { name: string; value: string | null; startValue: string }[];
};
export type BackupSummary = { file: string; tables: number; rows: number; bytes: number; migrations: number };

// A refusal the operator can act on (non-empty target, newer backup, damaged file): the CLI prints it
// without a stack.
export class BackupError extends Error {}

// The tables of schema public that are not an extension's, with their stored columns (a generated
// column is computed again on restore), parents before children (a self-reference is checked at the
// end of the COPY statement, so it needs no order).
async function tablesOf(sql: TransactionSql): Promise<BackupHeader["tables"]> {
  const rows = await sql<{ name: string; columns: string[] }[]>`
    select c.relname as name,
           to_json(array(select a.attname::text from pg_attribute a
                         where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                         order by a.attnum)) as columns
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
    order by c.relname`;
  const edges = await sql<{ child: string; parent: string }[]>`
    select distinct c.relname as child, p.relname as parent
    from pg_constraint k
      join pg_class c on c.oid = k.conrelid join pg_namespace cn on cn.oid = c.relnamespace
      join pg_class p on p.oid = k.confrelid join pg_namespace pn on pn.oid = p.relnamespace
    where k.contype = 'f' and cn.nspname = 'public' and pn.nspname = 'public' and c.oid <> p.oid`;
  const parents = new Map(rows.map((r) => [r.name, new Set<string>()]));
  for (const e of edges) parents.get(e.child)?.add(e.parent);
  const ordered: BackupHeader["tables"] = [];
  const placed = new Set<string>();
  while (ordered.length < rows.length) {
    const next = rows.filter((r) => !placed.has(r.name) && [...parents.get(r.name)!].every((p) => placed.has(p) || !parents.has(p)));
    if (!next.length) throw new BackupError(`the foreign keys between these tables form a cycle: ${rows.filter((r) => !placed.has(r.name)).map((r) => r.name).join(", ")}`);
    for (const r of next) {
      ordered.push({ name: r.name, columns: r.columns });
      placed.add(r.name);
    }
  }
  return ordered;
}

async function sequencesOf(sql: TransactionSql): Promise<BackupTrailer["sequences"]> {
  const rows = await sql<{ name: string; value: string | null; start_value: string }[]>`
    select sequencename::text as name, last_value::text as value, start_value::text
    from pg_sequences where schemaname = 'public' order by sequencename`;
  return rows.map((r) => ({ name: r.name, value: r.value, startValue: r.start_value }));
}

async function migrationsOf(sql: TransactionSql): Promise<BackupHeader["migrations"]> {
  const [exists] = await sql`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`;
  if (!exists!.ok) return [];
  const rows = await sql<{ hash: string; created_at: string }[]>`select hash, created_at::text from drizzle.__drizzle_migrations order by created_at, id`;
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at) }));
}

async function write(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}

function newlines(chunk: Buffer): number {
  let n = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}

// Writes the backup to `file` (through file.partial, renamed when complete; readable by its owner only:
// it holds personal data and password hashes).
export async function backup(sql: Sql, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(partial, { mode: 0o600 });
  const written = pipeline(gzip, out);
  let total = 0;
  let tableCount = 0;
  let migrationCount = 0;
  try {
    await sql.begin("isolation level repeatable read read only", async (tx) => {
      const tables = await tablesOf(tx);
      const migrations = await migrationsOf(tx);
      if (!migrations.length) throw new BackupError("this database has no daibiao migrations applied: nothing to back up");
      const [version] = await tx<{ server: string }[]>`select current_setting('server_version') as server`;
      const header: BackupHeader = { createdAt: new Date().toISOString(), server: version!.server, migrations, tables };
      await write(gzip, `${MAGIC}\n${JSON.stringify(header)}\n`);
      const rows: Record<string, number> = {};
      for (const t of tables) {
        // (a query: COPY of a partitioned table itself, audit_logs, is refused before PostgreSQL 17)
        const readable = await tx`copy (select ${tx(t.columns)} from ${tx(t.name)}) to stdout`.readable();
        let n = 0;
        for await (const chunk of readable as AsyncIterable<Buffer>) {
          n += newlines(chunk);
          await write(gzip, chunk);
        }
        // postgres.js 3.4 pauses the socket when a COPY's stream is full and resumes it only when the
        // stream is read again: if the COPY ended meanwhile, the connection hangs on the next statement
        // (porsager/postgres#499). The stream's read resumes the socket; a no-op when it is not paused.
        readable._read(0);
        await write(gzip, `${END}\n`);
        rows[t.name] = n;
        total += n;
      }
      // sequences are not transactional: read last, a value is at least that of every row read
      const trailer: BackupTrailer = { rows, sequences: await sequencesOf(tx) };
      await write(gzip, `${JSON.stringify(trailer)}\n`);
      tableCount = tables.length;
      migrationCount = migrations.length;
    });
    gzip.end();
    await written;
    renameSync(partial, file);
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    rmSync(partial, { force: true });
    throw error;
  }
  return { file, tables: tableCount, rows: total, bytes: statSync(file).size, migrations: migrationCount };
}

// The file's lines as bytes (COPY's text format escapes every newline inside a value).
async function* lines(file: string): AsyncGenerator<Buffer> {
  if (!existsSync(file)) throw new BackupError(`there is no file ${file}`);
  const source = createReadStream(file);
  const gunzip = source.pipe(createGunzip());
  source.on("error", (e) => gunzip.destroy(e));
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    let data = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, start)) {
      yield data.subarray(start, i);
      start = i + 1;
    }
    rest = Buffer.from(data.subarray(start));
  }
  if (rest.length) yield rest;
}

export type RestoreOptions = { force?: boolean; log?: (message: string) => void };

const NOT_EXTENSIONS = (catalog: string, oid: string) =>
  `not exists (select 1 from pg_depend d where d.classid = '${catalog}'::regclass and d.objid = ${oid} and d.deptype = 'e')`;

// What the migrations would have made: relations of schema public that are not an extension's, and
// the schema drizzle.
async function objectsIn(sql: Sql): Promise<{ relations: number; drizzle: boolean }> {
  const [row] = await sql.unsafe<{ relations: number; drizzle: boolean }[]>(`
    select (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and ${NOT_EXTENSIONS("pg_class", "c.oid")}) as relations,
           to_regnamespace('drizzle') is not null as drizzle`);
  return row!;
}

// Drops what the migrations made (tables, views, sequences, types, functions of schema public that are
// not an extension's, and the schema drizzle), leaving the database as `createdb` made it.
async function wipe(sql: Sql): Promise<void> {
  await sql.begin(async (tx) => {
    await tx.unsafe(`drop schema if exists drizzle cascade`);
    // views, then tables (with the sequences of their identity columns), then other sequences, functions, types
    const drops = await tx.unsafe<{ stmt: string }[]>(`
      select stmt from (
      select case c.relkind when 'v' then 1 when 'm' then 1 when 'S' then 3 else 2 end as step,
             format('drop %s if exists %I.%I cascade',
               case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence'
                              when 'f' then 'foreign table' else 'table' end, n.nspname, c.relname) as stmt
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and ${NOT_EXTENSIONS("pg_class", "c.oid")}
      union all
      select 4, format('drop routine if exists %s cascade', p.oid::regprocedure)
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and ${NOT_EXTENSIONS("pg_proc", "p.oid")}
      union all
      select 5, format('drop type if exists %I.%I cascade', n.nspname, t.typname)
      from pg_type t join pg_namespace n on n.oid = t.typnamespace
      where n.nspname = 'public' and t.typtype in ('e', 'd', 'r') and ${NOT_EXTENSIONS("pg_type", "t.oid")}
      ) s order by step`);
    for (const { stmt } of drops) await tx.unsafe(stmt);
  });
}

// The migrations of this code, in a folder of their own, up to `count` (drizzle's migrator applies a
// whole folder).
function migrationsUpTo(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), "daibiao-restore-"));
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, count);
  mkdirSync(path.join(dir, "meta"));
  writeFileSync(path.join(dir, "meta/_journal.json"), JSON.stringify(journal));
  for (const e of journal.entries) copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

async function readHeader(it: AsyncGenerator<Buffer>): Promise<BackupHeader> {
  const magic = await it.next().catch((e: { code?: string }) => {
    throw String(e.code).startsWith("Z_") ? new BackupError("not a daibiao backup (not a gzip file)") : e;
  });
  if (magic.done || magic.value.toString() !== MAGIC) throw new BackupError(`not a daibiao backup of format ${BACKUP_FORMAT}`);
  const header = await it.next();
  if (header.done) throw new BackupError("the backup ends after its first line");
  try {
    return JSON.parse(header.value.toString()) as BackupHeader;
  } catch {
    throw new BackupError("the backup's header is damaged");
  }
}

const isEnd = (line: Buffer) => line.length === 2 && line[0] === 0x5c && line[1] === 0x2e;

// Reads the whole file and checks each table's row count against its closing line, so that --force
// drops nothing for a damaged file.
export async function checkBackup(file: string): Promise<BackupHeader> {
  const it = lines(file);
  try {
    const header = await readHeader(it);
    const rows: Record<string, number> = {};
    for (const t of header.tables) {
      let n = 0;
      for (let next = await it.next(); ; next = await it.next()) {
        if (next.done) throw new BackupError(`the backup ends inside table ${t.name}: it is incomplete`);
        if (isEnd(next.value)) break;
        n++;
      }
      rows[t.name] = n;
    }
    const last = await it.next();
    if (last.done) throw new BackupError("the backup has no closing line: it is incomplete");
    const trailer = JSON.parse(last.value.toString()) as BackupTrailer;
    for (const t of header.tables) {
      if (trailer.rows[t.name] !== rows[t.name]) throw new BackupError(`table ${t.name}: ${rows[t.name]} rows read, the backup says ${trailer.rows[t.name]}`);
    }
    return header;
  } catch (e) {
    throw e instanceof SyntaxError ? new BackupError("the backup's header or closing line is damaged") : e;
  } finally {
    await it.return(undefined);
  }
}

// Reads the header only: which migrations and tables a backup holds.
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const it = lines(file);
  try {
    return await readHeader(it);
  } finally {
    await it.return(undefined);
  }
}

export async function restore(sql: Sql, file: string, options: RestoreOptions = {}): Promise<{ tables: number; rows: number; migrations: number }> {
  const log = options.log ?? (() => {});
  const it = lines(file);
  try {
    const header = await readHeader(it);
    // the backup's migrations must be this code's first ones, the same files
    const known = readMigrationFiles({ migrationsFolder });
    if (header.migrations.length > known.length) {
      throw new BackupError(`the backup is of a newer migration level (${header.migrations.length}) than this version of daibiao knows (${known.length}): restore it with a newer version`);
    }
    header.migrations.forEach((m, i) => {
      if (m.hash !== known[i]!.hash) throw new BackupError(`the backup's migration ${i + 1} is not this version's (another history): it cannot be restored here`);
    });

    const before = await objectsIn(sql);
    if (before.relations || before.drizzle) {
      if (!options.force) {
        throw new BackupError(`the database is not empty (${before.relations} tables, views or sequences); restore into an empty database, or pass --force to replace everything in it`);
      }
      await checkBackup(file);
      log(`--force: dropping what the database held (${before.relations} tables, views and sequences)`);
      await wipe(sql);
    }

    const dir = migrationsUpTo(header.migrations.length);
    try {
      await drizzleMigrate(drizzle(sql), { migrationsFolder: dir });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    log(`migrated to the backup's level (${header.migrations.length} migrations)`);

    // the migrations made the tables the backup names, with its columns
    const made = new Map((await sql.begin((tx) => tablesOf(tx))).map((t) => [t.name, t.columns]));
    for (const t of header.tables) {
      if (made.get(t.name)?.join() !== t.columns.join()) throw new BackupError(`table ${t.name} has other columns here than in the backup`);
    }

    let total = 0;
    await sql.begin(async (tx) => {
      // Indexes that no constraint uses are made again after the load (3-4 times faster than keeping
      // them up to date row by row); in this transaction, so a failed load leaves them as they were.
      const secondary = await tx<{ name: string; definition: string }[]>`
        select format('%I.%I', n.nspname, c.relname) as name, pg_get_indexdef(i.indexrelid) as definition
        from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
          join pg_class tbl on tbl.oid = i.indrelid
        where n.nspname = 'public' and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
          and not tbl.relispartition`;
      // A partitioned table's index (audit_logs) is printed `ON ONLY`, which would make it on the
      // table alone; made on the table, it is made on every partition as well, as the migration made it.
      for (const ix of secondary) ix.definition = ix.definition.replace(/ ON ONLY /, " ON ");
      // Foreign keys likewise: checked once per key after the load (one join) rather than once per row.
      const foreign = await tx<{ table: string; name: string; definition: string }[]>`
        select format('%I.%I', n.nspname, c.relname) as table, quote_ident(k.conname) as name, pg_get_constraintdef(k.oid) as definition
        from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public' and k.conparentid = 0`;
      for (const fk of foreign) await tx.unsafe(`alter table ${fk.table} drop constraint ${fk.name}`);
      for (const ix of secondary) await tx.unsafe(`drop index ${ix.name}`);
      // The tables' own triggers (the yearly review's summaries, drizzle/0010) are off for the load:
      // the summaries come from the backup, written in the same snapshot as the records.
      for (const t of header.tables) await tx`alter table ${tx(t.name)} disable trigger user`;
      const rows: Record<string, number> = {};
      for (const t of header.tables) {
        let n = 0;
        let ended = false;
        // this table's lines, in batches of about 1 MB
        async function* batches(): AsyncGenerator<Buffer> {
          let batch: Buffer[] = [];
          let size = 0;
          for (;;) {
            const next = await it.next();
            if (next.done) throw new BackupError(`the backup ends inside table ${t.name}: it is incomplete`);
            const line = next.value;
            if (isEnd(line)) break;
            batch.push(line, NEWLINE);
            size += line.length + 1;
            n++;
            if (size > 1 << 20) {
              yield Buffer.concat(batch);
              batch = [];
              size = 0;
            }
          }
          ended = true;
          if (batch.length) yield Buffer.concat(batch);
        }
        const writable = await tx`copy ${tx(t.name)} (${tx(t.columns)}) from stdin`.writable();
        await pipeline(Readable.from(batches()), writable);
        if (!ended) throw new BackupError(`table ${t.name} was not read to its end`);
        rows[t.name] = n;
        total += n;
      }
      const last = await it.next();
      if (last.done) throw new BackupError("the backup has no closing line: it is incomplete");
      const trailer = JSON.parse(last.value.toString()) as BackupTrailer;
      for (const t of header.tables) {
        if (trailer.rows[t.name] !== rows[t.name]) throw new BackupError(`table ${t.name}: ${rows[t.name]} rows read, the backup says ${trailer.rows[t.name]}`);
      }
      for (const s of trailer.sequences) {
        await tx`select setval(${`public.${quoteIdent(s.name)}`}::regclass, ${s.value ?? s.startValue}::bigint, ${s.value !== null})`;
      }
      for (const t of header.tables) await tx`alter table ${tx(t.name)} enable trigger user`;
      log(`loaded the rows; making ${secondary.length} indexes and ${foreign.length} foreign keys again`);
      await tx`set local maintenance_work_mem = '256MB'`;
      for (const ix of secondary) await tx.unsafe(ix.definition);
      for (const fk of foreign) await tx.unsafe(`alter table ${fk.table} add constraint ${fk.name} ${fk.definition}`);
    });
    log(`loaded ${total} rows into ${header.tables.length} tables, with their indexes`);
    return { tables: header.tables.length, rows: total, migrations: header.migrations.length };
  } finally {
    await it.return(undefined);
  }
}

const NEWLINE = Buffer.from("\n");
const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
