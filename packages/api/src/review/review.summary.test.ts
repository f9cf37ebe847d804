// The yearly review's summaries (drizzle/0010: review_activity_totals, review_trained_deputies, kept by
// triggers) against the records: after random changes of every kind the triggers handle (one row and
// many rows per statement, moves across years and areas, mandates gained and lost, cascades), one after
// the other and then from concurrent transactions, both the summary tables and the review's figures
// equal what this test counts itself in plain SQL.
import { expect, it } from "vitest";
import type { Sql } from "@daibiao/db";
// the seed data's generator (mulberry32): a failure can be replayed from its seed
import { Rng } from "@daibiao/db/seed";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

const YEARS = [2023, 2024, 2025];
const AREAS = ["legislation", "supervision", "contact", "other"] as const;
const KINDS: Record<(typeof AREAS)[number], string> = {
  legislation: "legislative_research",
  supervision: "inspection",
  contact: "forum",
  other: "forum",
};
const FORMS = ["class", "lecture", "online"] as const;
const STATUSES = ["attended", "attended", "absent", "enrolled", "on_leave"] as const;
const DEPUTIES = 24;


// Days that sit on the edges of the years: a year's first and last day, and days in between.
function day(r: Rng): string {
  const y = r.pick(YEARS);
  return r.pick([`${y}-01-01`, `${y}-12-31`, `${y}-06-15`, `${y}-03-0${1 + r.int(0, 8)}`]);
}

async function seed(sql: Sql, r: Rng) {
  await sql`insert into deputies (id, name, gender) select i, '代表' || i, 'female' from generate_series(1, ${DEPUTIES}) i`;
  await sql`select setval(pg_get_serial_sequence('deputies', 'id'), ${DEPUTIES})`;
  for (let i = 0; i < 12; i++) await insertMandate(sql, r, i);
  for (let i = 1; i <= 10; i++) {
    const area = r.pick(AREAS);
    await sql`insert into activities (area, kind, title, date) values (${area}, ${KINDS[area]}, ${"活动" + i}, ${day(r)})`;
  }
  for (let i = 1; i <= 6; i++) {
    const d = day(r);
    await sql`insert into trainings (title, form, start_date, end_date) values (${"培训" + i}, ${r.pick(FORMS)}, ${d}, ${d})`;
  }
  // many rows in one statement
  await sql`insert into activity_participations (activity_id, deputy_id)
    select a.id, d from activities a, generate_series(1, ${DEPUTIES}) d where (a.id * 7 + d * 3) % 4 = 0`;
  await sql`insert into training_attendances (training_id, deputy_id, status)
    select x.id, d, (array['attended','attended','absent','enrolled'])[1 + (x.id + d) % 4]::attendance_status
    from trainings x, generate_series(1, ${DEPUTIES}) d where (x.id * 5 + d) % 3 = 0`;
}

// Mandates of every level with ends in the middle of a year, on its edges, and open.
async function insertMandate(sql: Sql, r: Rng, salt: number) {
  const start = day(r);
  const end = r.chance(0.4) ? null : r.pick(["2023-12-31", "2024-01-01", "2024-06-30", "2025-01-01", "2025-12-31"]);
  await sql`insert into deputy_mandates (deputy_id, level, congress_term, start_date, end_date)
    select ${1 + r.int(0, DEPUTIES - 1)}, ${r.chance(0.7) ? "city" : "county"}, ${1 + ((salt * 7 + r.int(0, 999)) % 99)}, ${start}::date,
      greatest(${end}::date, ${start}::date)
    on conflict do nothing`;
}

const someId = async (sql: Sql, table: string, r: Rng): Promise<number | undefined> => {
  const rows = await sql.unsafe(`select id from ${table} order by id`);
  return rows.length ? (rows[r.int(0, rows.length - 1)]!.id as number) : undefined;
};

// One random change; some affect many rows in one statement. A change the schema refuses (a duplicate
// participation, say) is simply not made; inside a transaction (strict) the refusal ends the
// transaction, which the caller retries.
async function change(sql: Sql, r: Rng, strict = false): Promise<void> {
  const soft = (q: Promise<unknown>) => (strict ? q : q.catch(ignoreConflict));
  const op = r.int(0, 17);
  const deputy = 1 + r.int(0, DEPUTIES - 1);
  const area = r.pick(AREAS);
  switch (op) {
    case 0: {
      const a = await someId(sql, "activities", r);
      if (a) await sql`insert into activity_participations (activity_id, deputy_id) values (${a}, ${deputy}) on conflict do nothing`;
      return;
    }
    case 1: {
      const p = await someId(sql, "activity_participations", r);
      if (p) await sql`delete from activity_participations where id = ${p}`;
      return;
    }
    case 2: {
      // a participation moved to another deputy or activity
      const p = await someId(sql, "activity_participations", r);
      const a = await someId(sql, "activities", r);
      if (p && a) await soft(sql`update activity_participations set deputy_id = ${deputy}, activity_id = ${r.chance(0.5) ? a : sql`activity_id`} where id = ${p}`);
      return;
    }
    case 3: {
      // an activity moved to another day (often another year) or area
      const a = await someId(sql, "activities", r);
      if (a) await sql`update activities set date = ${day(r)}, area = ${area}, kind = ${KINDS[area]} where id = ${a}`;
      return;
    }
    case 4: {
      // every activity of an area moved in one statement
      const days = r.pick([-200, 1, 180, 366]);
      await sql`update activities set date = date + ${days}::int where area = ${area} and date + ${days}::int between '2023-01-01' and '2025-12-31'`;
      return;
    }
    case 5: {
      const a = await someId(sql, "activities", r);
      if (a) await sql`delete from activities where id = ${a}`; // its participations by cascade
      return;
    }
    case 6: {
      await sql`insert into activities (area, kind, title, date) values (${area}, ${KINDS[area]}, '新活动', ${day(r)})`;
      await sql`insert into activity_participations (activity_id, deputy_id)
        select currval(pg_get_serial_sequence('activities', 'id')), d from generate_series(1, ${DEPUTIES}) d where d % ${2 + r.int(0, 3)} = 0`;
      return;
    }
    case 7:
      await insertMandate(sql, r, r.int(0, 999));
      return;
    case 8: {
      const m = await someId(sql, "deputy_mandates", r);
      if (m) await sql`delete from deputy_mandates where id = ${m}`;
      return;
    }
    case 9: {
      // a mandate's dates, level or deputy changed
      const m = await someId(sql, "deputy_mandates", r);
      const start = day(r);
      if (m) {
        await soft(sql`update deputy_mandates set start_date = ${start}, end_date = ${r.chance(0.5) ? null : "2025-12-31"},
          level = ${r.chance(0.7) ? "city" : "county"}, deputy_id = ${r.chance(0.3) ? deputy : sql`deputy_id`} where id = ${m}`);
      }
      return;
    }
    case 10:
      // all of one deputy's mandates ended in one statement
      await sql`update deputy_mandates set end_date = greatest(start_date, ${r.pick(["2023-12-31", "2024-01-01", "2024-12-31"])}::date) where deputy_id = ${deputy}`;
      return;
    case 11: {
      const x = await someId(sql, "trainings", r);
      if (x) await sql`insert into training_attendances (training_id, deputy_id, status) values (${x}, ${deputy}, ${r.pick(STATUSES)}) on conflict do nothing`;
      return;
    }
    case 12: {
      const at = await someId(sql, "training_attendances", r);
      if (at) await sql`update training_attendances set status = ${r.pick(STATUSES)} where id = ${at}`;
      return;
    }
    case 13: {
      const at = await someId(sql, "training_attendances", r);
      if (at) await sql`delete from training_attendances where id = ${at}`;
      return;
    }
    case 14: {
      // a training's form or start moved (across years too)
      const x = await someId(sql, "trainings", r);
      const d = day(r);
      if (x) await sql`update trainings set form = ${r.pick(FORMS)}, start_date = ${d}, end_date = ${d} where id = ${x}`;
      return;
    }
    case 15: {
      const x = await someId(sql, "trainings", r);
      if (x) await sql`delete from trainings where id = ${x}`; // its attendances by cascade
      return;
    }
    case 16: {
      const d = day(r);
      await sql`insert into trainings (title, form, start_date, end_date) values ('新培训', ${r.pick(FORMS)}, ${d}, ${d})`;
      await sql`insert into training_attendances (training_id, deputy_id, status)
        select currval(pg_get_serial_sequence('trainings', 'id')), d, 'attended' from generate_series(1, ${DEPUTIES}) d where d % ${2 + r.int(0, 2)} = 1`;
      return;
    }
    default:
      // every attendance of one deputy changed in one statement
      await sql`update training_attendances set status = ${r.pick(STATUSES)} where deputy_id = ${deputy}`;
  }
}

function ignoreConflict(e: { code?: string }) {
  if (e.code !== "23505") throw e;
}

// The summaries as this test counts them from the records.
async function expectSummariesEqualRecords(sql: Sql) {
  const city = (deputy: string, date: string) => sql.unsafe(`exists (select 1 from deputy_mandates m where m.deputy_id = ${deputy}
    and m.level = 'city' and extract(year from m.start_date) <= extract(year from ${date})
    and (m.end_date is null or extract(year from m.end_date) >= extract(year from ${date})))`);
  const expectedActivities = await sql`
    select a.id as activity_id, a.date::text, a.area::text,
      (select count(*) from activity_participations p where p.activity_id = a.id)::int as participants,
      (select count(*) from activity_participations p where p.activity_id = a.id and ${city("p.deputy_id", "a.date")})::int as city_participants
    from activities a order by a.id`;
  const actualActivities = await sql`select activity_id, date::text, area::text, participants, city_participants from review_activity_totals order by activity_id`;
  expect(actualActivities).toEqual(expectedActivities);
  const expectedTrained = await sql`
    select extract(year from x.start_date)::int as year, a.deputy_id, count(*)::int as classes
    from training_attendances a join trainings x on x.id = a.training_id
    where a.status = 'attended' and x.form = 'class' group by 1, 2 order by 1, 2`;
  expect(await sql`select year, deputy_id, classes from review_trained_deputies order by 1, 2`).toEqual(expectedTrained);
}

const REVIEW = `query ($y: Int!) { yearlyReview(year: $y) { figures { key value } } }`;

// The four figures read from the summaries, against counts of the records written here.
async function expectFiguresEqualCounts() {
  const sql = t().sql;
  for (const y of YEARS) {
    const r = await t().gql(REVIEW, { y });
    expect(r.errors).toBeUndefined();
    const value = Object.fromEntries(r.data!.yearlyReview.figures.map((f: { key: string; value: number }) => [f.key, f.value]));
    const inYear = sql.unsafe(`a.date between '${y}-01-01' and '${y}-12-31'`);
    const [counted] = await sql`select
      (select count(*) from activity_participations p join activities a on a.id = p.activity_id where ${inYear})::int as "activityPersonTimes",
      (select count(*) from activity_participations p join activities a on a.id = p.activity_id where ${inYear} and a.area = 'legislation')::int as "legislationPersonTimes",
      (select count(*) from activity_participations p join activities a on a.id = p.activity_id where ${inYear} and a.area = 'supervision'
        and exists (select 1 from deputy_mandates m where m.deputy_id = p.deputy_id and m.level = 'city'
          and m.start_date <= ${`${y}-12-31`} and (m.end_date is null or m.end_date >= ${`${y}-01-01`})))::int as "supervisionPersonTimes",
      (select count(distinct at.deputy_id) from training_attendances at join trainings x on x.id = at.training_id
        where at.status = 'attended' and x.form = 'class' and x.start_date between ${`${y}-01-01`} and ${`${y}-12-31`})::int as "deputiesTrained"`;
    expect({ year: y, ...pick(value, Object.keys(counted!)) }).toEqual({ year: y, ...counted });
  }
}
const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));

it("the summaries equal the records after 300 random changes, one at a time", async () => {
  const sql = t().sql;
  const r = new Rng(20261206);
  await seed(sql, r);
  await expectSummariesEqualRecords(sql);
  await expectFiguresEqualCounts();
  const [{ n }] = (await sql`select count(*)::int as n from review_activity_totals where city_participants > 0`) as unknown as [{ n: number }];
  expect(n).toBeGreaterThan(0); // the data exercises the city figure at all
  for (let i = 1; i <= 300; i++) {
    await change(sql, r);
    if (i % 50 === 0) await expectSummariesEqualRecords(sql);
  }
  await expectFiguresEqualCounts();
}, 120_000);

it("the summaries equal the records after concurrent transactions of random changes", async () => {
  const sql = t().sql;
  await seed(sql, new Rng(7));
  // four connections, each running transactions of 1–4 changes; a deadlock (PostgreSQL ends one side of
  // it), a duplicate key or a record another transaction deleted meanwhile is retried with the next
  // random changes; any other error fails the test
  let committed = 0;
  let retried = 0;
  await Promise.all(
    [1, 2, 3, 4].map(async (w) => {
      const r = new Rng(1000 + w);
      for (let i = 0; i < 60; i++) {
        const steps = 1 + r.int(0, 3);
        for (;;) {
          try {
            await sql.begin(async (tx) => {
              for (let s = 0; s < steps; s++) await change(tx as unknown as Sql, r, true);
            });
            committed++;
            break;
          } catch (e) {
            if (["40P01", "23505", "23503"].includes((e as { code?: string }).code ?? "")) {
              retried++;
              continue;
            }
            throw e;
          }
        }
      }
    }),
  );
  expect(committed).toBe(240);
  console.log(`concurrent changes: ${committed} transactions committed, ${retried} retried`);
  await expectSummariesEqualRecords(sql);
  await expectFiguresEqualCounts();
}, 120_000);
