// The rest of the deputies' work, built on the records seeded before it (read back by SQL, so the
// two agree): committees and 2024's 12 measures, with the year's activities linked to them; deputy
// groups by county and by sector; a reception for every reception and visit activity, with the same
// deputies, and the opinions raised there, some of which became proposals of the 4th session; the
// Standing Committee's contacts with deputies; the meetings deputies attended (列席) with the forum
// held for them, taken from the forum activities; and the points rule of the duty record.
import { sql } from "drizzle-orm";
import type { PiiKey } from "../pii.js";
import {
  committees,
  contactDeputies,
  contacts,
  deputyGroupMembers,
  deputyGroups,
  dutyPointRules,
  measures,
  meetingAttendees,
  meetings,
  opinions,
  receptionDeputies,
  receptions,
} from "../schema.js";
import {
  ANSWERS,
  CLOSE_REASONS,
  COMMITTEES,
  MEASURES_2024,
  MEMBERS,
  OPINION_TEXTS,
  SECTOR_GROUPS,
  UNIT_REPLIES,
} from "./data/deputy-work.js";
import { addDays, minDay, randomDay } from "./dates.js";
import { insertReturningIds, insertRows, type Tx } from "./db.js";
import { Identities } from "./people.js";
import { streamFor, type Rng } from "./random.js";

type OpinionRow = typeof opinions.$inferInsert;
type Category = OpinionRow["category"];
const CATEGORIES = Object.keys(OPINION_TEXTS) as Category[];
// Nothing is recorded after the demo data's snapshot day.
const SNAPSHOT = "2025-05-14";

async function rows<T>(tx: Tx, query: ReturnType<typeof sql>): Promise<T[]> {
  return [...(await tx.execute(query))] as T[];
}

type ActivityInfo = { id: number; kind: string; title: string; date: string; stationId: number | null; districtId: number | null; suggestions: number; description: string | null; deputies: number[] };
// Lists come back as JSON text (the driver leaves arrays of a raw statement unparsed).
const ints = (json: string | undefined | null): number[] => (json ? (JSON.parse(json) as number[]) : []);

// An opinion's course: answered on the spot, forwarded to a unit (replied to or not yet), closed, or open.
function course(rng: Rng, raisedOn: string, units: number[]): Partial<OpinionRow> {
  const roll = rng.next();
  if (roll < 0.32) return { status: "answered", answer: rng.pick(ANSWERS), resolvedOn: raisedOn };
  if (roll < 0.72) {
    const replied = addDays(raisedOn, rng.int(10, 75));
    const done = replied <= SNAPSHOT && rng.chance(0.75);
    return { status: "forwarded", unitId: rng.pick(units), answer: done ? rng.pick(UNIT_REPLIES) : null, resolvedOn: done ? replied : null };
  }
  if (roll < 0.78) {
    const on = minDay(addDays(raisedOn, rng.int(3, 30)), SNAPSHOT);
    return { status: "closed", closeReason: rng.pick(CLOSE_REASONS), resolvedOn: on < raisedOn ? raisedOn : on };
  }
  return { status: "open" };
}

function opinion(rng: Rng, people: Identities, raisedOn: string, deputyId: number | null, units: number[], source: Partial<OpinionRow>): OpinionRow {
  const category = rng.pick(CATEGORIES);
  const female = rng.chance(0.45);
  const named = rng.chance(0.8);
  return {
    ...source,
    deputyId,
    raisedOn,
    category,
    content: rng.pick(OPINION_TEXTS[category]),
    constituentName: named ? people.name(female, "汉族") : null,
    constituentPhone: named && rng.chance(0.6) ? people.mobile() : null,
    ...course(rng, raisedOn, units),
  };
}

export async function seedDeputyWork(tx: Tx, key: PiiKey): Promise<void> {
  const rng = streamFor("deputy-work");
  const people = new Identities(streamFor("deputy-work-people"), key);

  // Committees and the plan of 2024; the year's activities serve its measures by area and kind.
  const committeeIds = await insertReturningIds(tx, committees, COMMITTEES.map((c) => ({ name: c.name, kind: c.kind })));
  const committeeOf = (name: string) => committeeIds[COMMITTEES.findIndex((c) => c.name === name)]!;
  const measureIds = await insertReturningIds(
    tx,
    measures,
    MEASURES_2024.map((m, i) => ({ year: 2024, number: i + 1, area: m.area, title: m.title, committeeId: committeeOf(m.committee) })),
  );
  const m = (n: number) => measureIds[n - 1]!;
  await tx.execute(sql`
    update activities a set measure_id = case
      when a.area = 'legislation' then (array[${m(1)}, ${m(2)}, ${m(3)}, ${m(4)}]::int[])[1 + a.id % 4]
      when a.area = 'supervision' then (array[${m(5)}, ${m(6)}, ${m(7)}, ${m(8)}]::int[])[1 + a.id % 4]
      when a.kind = 'forum' and a.title like '列席%' then ${m(10)}::int
      when a.kind = 'forum' then ${m(9)}::int
      when a.kind = 'station_reception' then ${m(11)}::int
      when a.kind = 'constituent_visit' then ${m(12)}::int
    end
    where a.date between '2024-01-01' and '2024-12-31' and a.area <> 'other'`);

  // Deputy groups: the city deputies of each county, and four by sector.
  const counties = await rows<{ id: number; name: string }>(tx, sql`select id, name from districts where level = 'county' order by id`);
  const cityByCounty = await rows<{ districtId: number; deputies: string }>(
    tx,
    sql`select district_id as "districtId", json_agg(distinct deputy_id order by deputy_id)::text as deputies from deputy_mandates
        where level = 'city' and start_date <= '2024-12-31' and (end_date is null or end_date >= '2024-01-01') and district_id is not null
        group by district_id`,
  );
  const groups: { row: typeof deputyGroups.$inferInsert; members: number[] }[] = counties.map((c) => ({
    row: { name: `${c.name}市人大代表小组`, kind: "district", districtId: c.id },
    members: ints(cityByCounty.find((x) => x.districtId === c.id)?.deputies),
  }));
  for (const g of SECTOR_GROUPS) {
    const pool = await rows<{ id: number }>(
      tx,
      sql`select distinct d.id from deputies d join deputy_mandates dm on dm.deputy_id = d.id
          where dm.level = 'city' and d.occupation_sector = ${g.sector} and (dm.end_date is null or dm.end_date >= '2024-01-01') order by d.id`,
    );
    const members = rng.sample(pool.map((p) => p.id), Math.min(15, pool.length)).sort((a, b) => a - b);
    groups.push({ row: { name: g.name, kind: "sector", sector: g.sector }, members });
  }
  const groupIds = await insertReturningIds(tx, deputyGroups, groups.map((g) => g.row));
  await insertRows(
    tx,
    deputyGroupMembers,
    groups.flatMap((g, i) => g.members.map((deputyId, k) => ({ groupId: groupIds[i]!, deputyId, role: k === 0 ? ("leader" as const) : ("member" as const) }))),
  );
  // A county's forums and visits of constituents are its group's activities.
  await tx.execute(sql`
    update activities a set group_id = g.id from deputy_groups g
    where g.district_id = a.district_id and g.kind = 'district' and a.kind in ('forum', 'constituent_visit')`);

  const units = (await rows<{ id: number }>(tx, sql`select id from handling_units order by id`)).map((u) => u.id);
  const activityRows = await rows<ActivityInfo>(
    tx,
    sql`select a.id, a.kind, a.title, a.date::text as date, a.station_id as "stationId", a.district_id as "districtId",
          a.suggestions_count as suggestions, a.description,
          (select json_agg(p.deputy_id order by p.id) from activity_participations p where p.activity_id = a.id)::text as deputies
        from activities a where a.kind in ('station_reception', 'constituent_visit', 'forum') order by a.date, a.id`,
  ).then((list) => list.map((a) => ({ ...a, deputies: ints(a.deputies as unknown as string) })));

  // Receptions: at stations and rooms, and visits of constituents, each with its activity's deputies.
  const held = activityRows.filter((a) => a.kind === "station_reception" || a.kind === "constituent_visit");
  const receptionIds = await insertReturningIds(
    tx,
    receptions,
    held.map((a) => ({
      date: a.date,
      way: a.kind === "station_reception" ? ("in_person" as const) : ("visit" as const),
      stationId: a.stationId,
      districtId: a.districtId,
      constituentsCount: Number(/接待群众(\d+)人次/.exec(a.description ?? "")?.[1] ?? rng.int(8, 40)),
      subject: a.title,
    })),
  );
  await insertRows(tx, receptionDeputies, held.flatMap((a, i) => a.deputies.map((deputyId) => ({ receptionId: receptionIds[i]!, deputyId }))));
  const opinionRows: OpinionRow[] = held.flatMap((a, i) =>
    Array.from({ length: a.suggestions }, () => opinion(rng, people, a.date, rng.pick(a.deputies), units, { receptionId: receptionIds[i]! })),
  );

  // Some proposals of 2024's session came from what constituents raised at a reception their lead
  // deputy held in the year before.
  const sessionProposals = await rows<{ id: number; leadDeputyId: number; category: Category; title: string; submittedAt: string; answeredAt: string | null }>(
    tx,
    sql`select p.id, p.lead_deputy_id as "leadDeputyId", p.category, p.title, p.submitted_at::text as "submittedAt",
          (select min(pa.answered_at)::text from proposal_assignments pa where pa.proposal_id = p.id and pa.role = 'lead') as "answeredAt"
        from proposals p where p.session_number is not null and p.submitted_at between '2024-01-01' and '2024-12-31' order by p.id`,
  );
  for (const p of sessionProposals) {
    const from = addDays(p.submittedAt, -365);
    const at = held.findIndex((a) => a.date >= from && a.date < p.submittedAt && a.deputies.includes(p.leadDeputyId));
    if (at < 0 || !rng.chance(0.8)) continue;
    const a = held[at]!;
    opinionRows.push({
      receptionId: receptionIds[at]!,
      deputyId: p.leadDeputyId,
      raisedOn: a.date,
      category: p.category,
      content: `群众反映:${p.title.replace(/^关于/, "").replace(/的建议$/, "")}`,
      constituentName: people.name(rng.chance(0.45), "汉族"),
      constituentPhone: rng.chance(0.5) ? people.mobile() : null,
      status: "proposal",
      proposalId: p.id,
      resolvedOn: p.answeredAt,
    });
  }

  // Meetings of the Standing Committee that city deputies attended, from the forums held for them.
  const forums = activityRows.filter((a) => a.kind === "forum" && a.title.startsWith("列席"));
  const meetingIds = await insertReturningIds(
    tx,
    meetings,
    forums.map((f) => ({
      title: `市三届人大常委会${/第\d+次会议/.exec(f.title)?.[0] ?? "会议"}`,
      startDate: addDays(f.date, -1),
      endDate: addDays(f.date, 1),
      forumDate: f.date,
    })),
  );
  await insertRows(tx, meetingAttendees, forums.flatMap((f, i) => f.deputies.map((deputyId) => ({ meetingId: meetingIds[i]!, deputyId, atForum: true }))));
  forums.forEach((f, i) => {
    for (let k = 0; k < f.suggestions; k++) {
      opinionRows.push({ ...opinion(rng, people, f.date, rng.pick(f.deputies), units, { meetingId: meetingIds[i]! }), constituentName: null, constituentPhone: null });
    }
  });

  // Contacts (两个联系): members and committees with one to three city deputies serving that day.
  const serving = await rows<{ id: number; start: string; end: string | null }>(
    tx,
    sql`select deputy_id as id, start_date::text as start, end_date::text as "end" from deputy_mandates where level = 'city' order by deputy_id, start_date`,
  );
  const contactDrafts: { row: typeof contacts.$inferInsert; deputies: number[] }[] = [];
  for (const [year, count, last] of [[2023, 90, "2023-12-31"], [2024, 120, "2024-12-31"], [2025, 40, SNAPSHOT]] as const) {
    for (let i = 0; i < count; i++) {
      const date = randomDay(rng, `${year}-01-08`, last);
      const pool = [...new Set(serving.filter((s) => s.start <= date && (s.end === null || s.end >= date)).map((s) => s.id))];
      const byMember = rng.chance(0.6);
      const way = rng.weighted([["visit", 4], ["phone", 3], ["forum", 2], ["letter", 1], ["online", 1]] as const);
      contactDrafts.push({
        row: {
          date,
          by: byMember ? "member" : "committee",
          memberName: byMember ? rng.pick(MEMBERS) : null,
          committeeId: byMember ? null : rng.pick(committeeIds.slice(1)),
          way,
        },
        deputies: rng.sample(pool, way === "forum" ? rng.int(3, 8) : rng.int(1, 3)),
      });
    }
  }
  contactDrafts.sort((a, b) => a.row.date.localeCompare(b.row.date));
  const contactIds = await insertReturningIds(tx, contacts, contactDrafts.map((c) => c.row));
  await insertRows(tx, contactDeputies, contactDrafts.flatMap((c, i) => c.deputies.map((deputyId) => ({ contactId: contactIds[i]!, deputyId }))));
  contactDrafts.forEach((c, i) => {
    for (let k = rng.int(0, 2); k > 0; k--) {
      opinionRows.push({ ...opinion(rng, people, c.row.date, rng.pick(c.deputies), units, { contactId: contactIds[i]! }), constituentName: null, constituentPhone: null });
    }
  });

  opinionRows.sort((a, b) => a.raisedOn.localeCompare(b.raisedOn));
  await insertRows(tx, opinions, opinionRows);
  await insertRows(tx, dutyPointRules, [{ fromYear: 2023 }]);
}
