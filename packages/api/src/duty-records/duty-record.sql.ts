// Everything a deputy did in a year, counted by one SQL statement for any set of deputies: the duty
// record of one deputy, of a page of deputies (batched), the ranking by points, and the deputies with
// nothing recorded. Each count is the records of the year that name the deputy:
// - trainings: attendances marked attended, of trainings starting in the year (hours: the
//   attendance's hours, else the training's);
// - activities: participations in activities dated in the year, by area;
// - proposals: led, and co-signed, among proposals submitted in the year (withdrawn ones not counted);
// - receptions: receptions dated in the year the deputy was present at, and the constituents received;
// - opinions: opinions raised in the year that the deputy took up or gave (opinions.deputy_id), and
//   those naming no deputy raised at a reception, contact or meeting the deputy was part of;
//   resolved: with a resolution day; into proposals: turned into a proposal;
// - stations: stations and rooms the deputy was stationed at on any day of the year;
// - contacts: contacts dated in the year with the deputy; meetings: Standing Committee meetings
//   starting in the year the deputy attended (列席), forums: of those, the forums attended.
// Points: each count times the points of the year's rule (the rule with the greatest from_year not
// after the year; none: no points). A deputy "serves" in the year when a mandate of theirs overlaps it.
import { sql, type SQL } from "drizzle-orm";

export const COUNT_KEYS = [
  "trainings",
  "trainingHours",
  "activities",
  "legislation",
  "supervision",
  "contact",
  "otherActivities",
  "proposalsLed",
  "proposalsCosigned",
  "receptions",
  "constituents",
  "opinions",
  "opinionsResolved",
  "opinionsToProposals",
  "stations",
  "contacts",
  "meetings",
  "forums",
] as const;
export type DutyCountsRow = Record<(typeof COUNT_KEYS)[number], number>;
export type DutyRow = DutyCountsRow & { deputyId: number; serving: boolean; points: number; rank: number | null; hasDuty: boolean; total: number };

export type Scope = {
  year: number;
  // the deputies to answer for (null: every deputy serving in the year)
  ids?: readonly number[] | null;
  // ranking within deputies holding a mandate of this level / in this district in the year
  level?: string | null;
  districtId?: number | null;
  // only deputies with nothing recorded in the year
  withoutDuty?: boolean;
  first?: number;
  offset?: number;
};

// The deputies an opinion counts for: the one it names, else every deputy of where it was raised
// (present at its reception, contacted in its contact, attending its meeting).
export function opinionDeputies(o: SQL): SQL {
  return sql`select ${o}.deputy_id as id where ${o}.deputy_id is not null
    union all select rd.deputy_id from reception_deputies rd where ${o}.deputy_id is null and rd.reception_id = ${o}.reception_id
    union all select cd.deputy_id from contact_deputies cd where ${o}.deputy_id is null and cd.contact_id = ${o}.contact_id
    union all select ma.deputy_id from meeting_attendees ma where ${o}.deputy_id is null and ma.meeting_id = ${o}.meeting_id`;
}

// The text of every statement is fixed (values are parameters), so each is prepared once.
export function dutySql(scope: Scope): SQL {
  const from = `${scope.year}-01-01`;
  const to = `${scope.year}-12-31`;
  const level = scope.level ?? null;
  const district = scope.districtId ?? null;
  const ids = scope.ids ? `{${scope.ids.join(",")}}` : null;
  return sql`
with serving as (
  select distinct m.deputy_id as id from deputy_mandates m
  where m.start_date <= ${to}::date and (m.end_date is null or m.end_date >= ${from}::date)
    and (${level}::text is null or m.level::text = ${level}::text)
    and (${district}::int is null or m.district_id = ${district}::int)
),
people as (
  select id, true as serving from serving
  union all
  select i, false from unnest(${ids}::int[]) i where i not in (select id from serving)
),
tr as (
  select ta.deputy_id as id, count(*) as n, sum(coalesce(ta.hours, t.hours, 0)) as hours
  from training_attendances ta join trainings t on t.id = ta.training_id
  where ta.status = 'attended' and t.start_date between ${from}::date and ${to}::date group by 1
),
ac as (
  select p.deputy_id as id, count(*) as n,
    count(*) filter (where a.area = 'legislation') as legislation, count(*) filter (where a.area = 'supervision') as supervision,
    count(*) filter (where a.area = 'contact') as contact, count(*) filter (where a.area = 'other') as other
  from activity_participations p join activities a on a.id = p.activity_id
  where a.date between ${from}::date and ${to}::date group by 1
),
pl as (
  select lead_deputy_id as id, count(*) as n from proposals
  where submitted_at between ${from}::date and ${to}::date and status <> 'withdrawn' group by 1
),
pc as (
  select c.deputy_id as id, count(*) as n from proposal_cosigners c join proposals p on p.id = c.proposal_id
  where p.submitted_at between ${from}::date and ${to}::date and p.status <> 'withdrawn' group by 1
),
rc as (
  select rd.deputy_id as id, count(*) as n, sum(r.constituents_count) as people
  from reception_deputies rd join receptions r on r.id = rd.reception_id
  where r.date between ${from}::date and ${to}::date group by 1
),
op as (
  select x.id, count(*) as n, count(o.resolved_on) as resolved, count(*) filter (where o.status = 'proposal') as proposals
  from opinions o cross join lateral (${opinionDeputies(sql`o`)}) x
  where o.raised_on between ${from}::date and ${to}::date group by 1
),
st as (
  select deputy_id as id, count(distinct station_id) as n from station_deputies
  where (from_date is null or from_date <= ${to}::date) and (to_date is null or to_date >= ${from}::date) group by 1
),
ct as (
  select cd.deputy_id as id, count(*) as n from contact_deputies cd join contacts c on c.id = cd.contact_id
  where c.date between ${from}::date and ${to}::date group by 1
),
mt as (
  select ma.deputy_id as id, count(*) as n, count(*) filter (where ma.at_forum) as forums
  from meeting_attendees ma join meetings m on m.id = ma.meeting_id
  where m.start_date between ${from}::date and ${to}::date group by 1
),
rule as (
  select * from duty_point_rules where from_year <= ${scope.year}::int order by from_year desc limit 1
),
counted as (
  select pe.id as "deputyId", pe.serving,
    coalesce(tr.n, 0)::int as trainings, coalesce(tr.hours, 0)::float8 as "trainingHours",
    coalesce(ac.n, 0)::int as activities, coalesce(ac.legislation, 0)::int as legislation, coalesce(ac.supervision, 0)::int as supervision,
    coalesce(ac.contact, 0)::int as contact, coalesce(ac.other, 0)::int as "otherActivities",
    coalesce(pl.n, 0)::int as "proposalsLed", coalesce(pc.n, 0)::int as "proposalsCosigned",
    coalesce(rc.n, 0)::int as receptions, coalesce(rc.people, 0)::int as constituents,
    coalesce(op.n, 0)::int as opinions, coalesce(op.resolved, 0)::int as "opinionsResolved", coalesce(op.proposals, 0)::int as "opinionsToProposals",
    coalesce(st.n, 0)::int as stations, coalesce(ct.n, 0)::int as contacts,
    coalesce(mt.n, 0)::int as meetings, coalesce(mt.forums, 0)::int as forums,
    coalesce((
      coalesce(tr.n, 0) * r.training_points + coalesce(ac.n, 0) * r.activity_points
      + coalesce(pl.n, 0) * r.proposal_lead_points + coalesce(pc.n, 0) * r.proposal_cosign_points
      + coalesce(rc.n, 0) * r.reception_points + coalesce(op.n, 0) * r.opinion_points
      + coalesce(ct.n, 0) * r.contact_points + coalesce(mt.n, 0) * r.meeting_points
    ), 0)::float8 as points,
    (coalesce(tr.n, 0) + coalesce(ac.n, 0) + coalesce(pl.n, 0) + coalesce(pc.n, 0) + coalesce(rc.n, 0)
      + coalesce(op.n, 0) + coalesce(ct.n, 0) + coalesce(mt.n, 0)) > 0 as "hasDuty"
  from people pe
  left join tr on tr.id = pe.id left join ac on ac.id = pe.id left join pl on pl.id = pe.id left join pc on pc.id = pe.id
  left join rc on rc.id = pe.id left join op on op.id = pe.id left join st on st.id = pe.id left join ct on ct.id = pe.id
  left join mt on mt.id = pe.id left join rule r on true
),
ranked as (
  select c.*, case when c.serving then rank() over (partition by c.serving order by c.points desc) end::int as rank
  from counted c
)
select ranked.*, count(*) over ()::int as total from ranked
where (${ids}::int[] is null or "deputyId" = any(${ids}::int[]))
  and (not ${scope.withoutDuty ?? false}::boolean or (serving and not "hasDuty"))
order by points desc, "deputyId"
limit ${scope.first ?? 1_000_000}::int offset ${scope.offset ?? 0}::int`;
}
