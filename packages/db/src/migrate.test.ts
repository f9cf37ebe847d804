// The migrations build the whole schema on an empty database, and running them again changes nothing.
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate as drizzleMigrate } from "drizzle-orm/postgres-js/migrator";
import { expect, inject, it } from "vitest";
import { withDatabase } from "../../../test/global-setup.js";
import { connect } from "./client.js";
import { migrate, migrationsFolder } from "./migrate.js";

it("migrates an empty database, and a second run is a no-op", async () => {
  const name = `m_${randomBytes(6).toString("hex")}`;
  const admin = connect(inject("adminUrl"), { max: 1 });
  await admin.sql.unsafe(`create database ${name}`);
  const target = connect(withDatabase(inject("adminUrl"), name), { max: 1 });
  try {
    await migrate(target.db);
    const tables = await target.sql<{ table_name: string }[]>`
      select table_name from information_schema.tables where table_schema = 'public'
        and not exists (select 1 from pg_inherits i join pg_class c on c.oid = i.inhrelid where c.relname = table_name) order by table_name`;
    // (the partitions of audit_logs: 0011 and migrate() make this year's and next year's, and DEFAULT)
    const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));
    const partitions = await target.sql`select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid where c.relkind = 'r' order by 1`;
    expect(partitions.map((r) => r.relname)).toEqual(["audit_logs_default", `audit_logs_y${year}`, `audit_logs_y${year + 1}`]);
    expect(tables.map((r) => r.table_name)).toEqual([
      "activities",
      "activity_participations",
      "api_tokens",
      "audit_logs",
      "committees",
      "contact_deputies",
      "contacts",
      "deputies",
      "deputy_group_members",
      "deputy_groups",
      "deputy_mandates",
      "districts",
      "duty_point_rules",
      "handling_units",
      "measures",
      "meeting_attendees",
      "meetings",
      "opinions",
      "proposal_assignments",
      "proposal_cosigners",
      "proposal_evaluations",
      "proposal_events",
      "proposals",
      "reception_deputies",
      "receptions",
      "review_activity_totals",
      "review_trained_deputies",
      "saved_queries",
      "sessions",
      "settings",
      "sign_in_failures",
      "station_deputies",
      "stations",
      "training_attendances",
      "trainings",
      "users",
    ]);
    // every foreign key states its on-delete rule: cascade for owned rows, restrict otherwise
    const fks = await target.sql<{ rule: string }[]>`select delete_rule as rule from information_schema.referential_constraints`;
    expect(fks.length).toBeGreaterThan(15);
    expect(new Set(fks.map((f) => f.rule))).toEqual(new Set(["CASCADE", "RESTRICT", "SET NULL"]));
    const applied = await target.sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
    expect(applied[0]!.n).toBe(readdirSync(migrationsFolder).filter((f) => f.endsWith(".sql")).length);
    await migrate(target.db);
    const again = await target.sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
    expect(again[0]!.n).toBe(applied[0]!.n);
  } finally {
    await target.sql.end();
    await admin.sql.unsafe(`drop database ${name} with (force)`);
    await admin.sql.end();
  }
});

// A new database migrated up to migration `level` (from a copy of drizzle/ without the later ones),
// handed to fn, then dropped.
async function atLevel(level: number, fn: (target: ReturnType<typeof connect>) => Promise<void>): Promise<void> {
  const name = `m_${randomBytes(6).toString("hex")}`;
  const admin = connect(inject("adminUrl"), { max: 1 });
  await admin.sql.unsafe(`create database ${name}`);
  const target = connect(withDatabase(inject("adminUrl"), name), { max: 1 });
  const folder = mkdtempSync(path.join(tmpdir(), "daibiao-migrations-"));
  try {
    cpSync(migrationsFolder, folder, { recursive: true });
    const journalFile = path.join(folder, "meta/_journal.json");
    const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: { idx: number; tag: string }[] };
    for (const e of journal.entries.filter((e) => e.idx > level)) rmSync(path.join(folder, `${e.tag}.sql`));
    journal.entries = journal.entries.filter((e) => e.idx <= level);
    writeFileSync(journalFile, JSON.stringify(journal));
    await drizzleMigrate(target.db, { migrationsFolder: folder });
    await fn(target);
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await target.sql.end();
    await admin.sql.unsafe(`drop database ${name} with (force)`);
    await admin.sql.end();
  }
}

// A database in use before migration 0007 (the rest of the deputies' work) keeps every row and value:
// migrated up to 0006 from a copy of drizzle/ without the later migrations, given rows, then migrated.
it("0007 leaves the records of a database in use intact, and adds what it adds empty", async () => {
  await atLevel(6, async (target) => {
    const sql = target.sql;
    await sql`insert into districts (id, code, name, level) values (1, '520502', '七星关区', 'county')`;
    await sql`insert into deputies (id, name, gender, phone) values (1, '张三', 'female', '13800001111'), (2, '李四', 'male', null)`;
    await sql`insert into stations (id, name, kind, district_id) values (1, '联络站', 'station', 1)`;
    await sql`insert into activities (id, area, kind, title, date, district_id, station_id, suggestions_count) values
      (1, 'contact', 'station_reception', '接待', '2024-03-03', 1, 1, 4), (2, 'legislation', 'legislative_research', '调研', '2024-05-05', null, null, 0)`;
    await sql`insert into activity_participations (activity_id, deputy_id) values (1, 1), (1, 2), (2, 2)`;
    await sql`insert into proposals (id, congress_term, session_number, number, title, category, lead_deputy_id, submitted_at) values
      (1, 3, 4, 1, '建议', 'social_development', 1, '2024-01-10')`;
    const snapshot = async () => ({
      deputies: await sql`select * from deputies order by id`,
      activities: await sql`select id, area, kind, title, date, district_id, station_id, suggestions_count, description, created_at, updated_at, version from activities order by id`,
      participations: await sql`select * from activity_participations order by id`,
      proposals: await sql`select * from proposals order by id`,
      stations: await sql`select * from stations order by id`,
    });
    const before = await snapshot();

    await migrate(target.db);
    expect(await snapshot()).toEqual(before);
    // the new columns are empty, the new tables too; and they work with the old rows
    expect(await sql`select group_id, measure_id from activities order by id`).toEqual([
      { group_id: null, measure_id: null },
      { group_id: null, measure_id: null },
    ]);
    for (const table of ["receptions", "opinions", "deputy_groups", "contacts", "meetings", "measures", "committees", "duty_point_rules"]) {
      expect((await sql.unsafe(`select count(*)::int as n from ${table}`))[0]!.n, table).toBe(0);
    }
    await sql`insert into receptions (id, date, way, station_id) values (1, '2024-03-03', 'in_person', 1)`;
    await sql`insert into opinions (reception_id, raised_on, content, category, status, proposal_id) values (1, '2024-03-03', '意见', 'social_development', 'proposal', 1)`;
    await sql`insert into measures (id, year, number, area, title) values (1, 2024, 1, 'contact', '举措')`;
    await sql`update activities set measure_id = 1 where id = 1`;
    expect((await sql`select count(*)::int as n from activities where measure_id = 1`)[0]!.n).toBe(1);
  });
});

// 0008 (saved queries): API tokens made before it keep working everywhere (not marked savedQueriesOnly).
it("0008 leaves existing API tokens unrestricted and adds saved_queries empty", async () => {
  await atLevel(7, async (target) => {
    await target.sql`insert into api_tokens (name, token_hash, prefix) values ('大屏 📺', 'h1', 'dbt_abcd'), ('BI', 'h2', 'dbt_efgh')`;
    await migrate(target.db);
    expect(await target.sql`select name, saved_queries_only from api_tokens order by id`).toEqual([
      { name: "大屏 📺", saved_queries_only: false },
      { name: "BI", saved_queries_only: false },
    ]);
    expect((await target.sql`select count(*)::int as n from saved_queries`)[0]!.n).toBe(0);
  });
});

// 0009 and 0010 (the yearly review's summaries): a database in use gets its summaries counted from the
// records it holds, and the triggers keep them from then on.
it("0010 counts the review's summaries from the records already there", async () => {
  await atLevel(8, async (target) => {
    const sql = target.sql;
    await sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 4) i`;
    await sql`insert into deputy_mandates (deputy_id, level, congress_term, start_date, end_date) values
      (1, 'city', 3, '2021-09-01', null), (2, 'city', 3, '2021-09-01', '2023-12-31'), (3, 'county', 19, '2021-06-01', null)`;
    await sql`insert into activities (id, area, kind, title, date) values
      (1, 'supervision', 'inspection', '视察', '2024-01-01'), (2, 'supervision', 'inspection', '视察', '2023-12-31'), (3, 'legislation', 'legislative_research', '调研', '2024-05-05')`;
    await sql`insert into activity_participations (activity_id, deputy_id) values (1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (3, 4)`;
    await sql`insert into trainings (id, title, form, start_date, end_date) values (1, '班', 'class', '2024-03-01', '2024-03-02'), (2, '讲座', 'lecture', '2024-03-01', '2024-03-01')`;
    await sql`insert into training_attendances (training_id, deputy_id, status) values (1, 1, 'attended'), (1, 2, 'absent'), (2, 3, 'attended')`;
    await migrate(target.db);
    expect(await sql`select activity_id, date::text, area::text, participants, city_participants from review_activity_totals order by 1`).toEqual([
      { activity_id: 1, date: "2024-01-01", area: "supervision", participants: 3, city_participants: 1 },
      { activity_id: 2, date: "2023-12-31", area: "supervision", participants: 2, city_participants: 2 },
      { activity_id: 3, date: "2024-05-05", area: "legislation", participants: 1, city_participants: 0 },
    ]);
    expect(await sql`select year, deputy_id, classes from review_trained_deputies`).toEqual([{ year: 2024, deputy_id: 1, classes: 1 }]);
    // and kept from then on
    await sql`update deputy_mandates set end_date = null where deputy_id = 2`;
    expect(await sql`select city_participants from review_activity_totals where activity_id = 1`).toEqual([{ city_participants: 2 }]);
  });
});

// 0011 (audit_logs partitioned by year): every row keeps its values and id, lands in its year's
// partition (the year as in Asia/Shanghai), new rows continue the ids, and a year added later takes
// its rows out of the DEFAULT partition.
it("0011 partitions audit_logs by year, every row kept", async () => {
  await atLevel(10, async (target) => {
    const sql = target.sql;
    await sql`insert into users (id, username, password_hash, role) values (1, 'clerk', 'x', 'editor')`;
    await sql`insert into audit_logs (at, user_id, actor, operation, record_type, record_id, before, after) values
      ('2019-03-01 10:00:00+08', 1, 'clerk', 'create', 'Deputy', '1', null, ${JSON.stringify({ name: "王 😀", n: 1.5 })}::jsonb),
      ('2023-12-31 23:59:59.999999+08', null, 'token:大屏', 'update', 'Deputy', '1', ${JSON.stringify({ a: "\\N\t" })}::jsonb, null),
      ('2024-01-01 00:00:00+08', 1, 'clerk', 'delete', 'Station', null, null, null)`;
    const rows = async () => sql`select id, at, user_id, actor, operation, record_type, record_id, before, after from audit_logs order by id`;
    const before = await rows();

    await migrate(target.db);
    expect(await rows()).toEqual(before);
    expect(await sql`select c.relkind::text from pg_class c where c.relname = 'audit_logs'`).toEqual([{ relkind: "p" }]);
    const where = async () => (await sql`select id, tableoid::regclass::text as part from audit_logs order by id`).map((r) => `${r.id}:${r.part}`);
    expect(await where()).toEqual(["1:audit_logs_y2019", "2:audit_logs_y2023", "3:audit_logs_y2024"]);
    const [{ id }] = (await sql`insert into audit_logs (actor, operation, record_type) values ('clerk', 'create', 'Deputy') returning id`) as unknown as [{ id: number }];
    expect(id).toBe(4);
    // a row for a year without a partition waits in DEFAULT; adding the year moves it
    await sql`insert into audit_logs (at, actor, operation, record_type) values ('2041-05-05 12:00+08', 'clerk', 'create', 'Deputy')`;
    expect((await where()).at(-1)).toBe("5:audit_logs_default");
    await sql`select audit_logs_ensure_year(2041)`;
    expect((await where()).at(-1)).toBe("5:audit_logs_y2041");
    expect(await sql`select count(*)::int as n from audit_logs`).toEqual([{ n: 5 }]);
    // the foreign key to users holds on every partition
    await sql`delete from users where id = 1`;
    expect(await sql`select count(*)::int as n from audit_logs where user_id is not null`).toEqual([{ n: 0 }]);
  });
});
