// The duty record against counts computed here, in the test, from hand-built records: every kind of
// work, on both sides of the year's edges (Dec 31 / Jan 1), with ties in points, a withdrawn
// proposal, an absent attendee, hours on the attendance or only on the training, and a deputy who
// did nothing.
import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

type Counts = Record<string, number>;
const zero = (): Counts => ({
  trainings: 0, trainingHours: 0, activities: 0, legislation: 0, supervision: 0, contact: 0, otherActivities: 0,
  proposalsLed: 0, proposalsCosigned: 0, receptions: 0, constituents: 0, opinions: 0, opinionsResolved: 0,
  opinionsToProposals: 0, stations: 0, contacts: 0, meetings: 0, forums: 0,
});
const RULE = { training: 2, activity: 1.5, lead: 5, cosign: 1, reception: 2, opinion: 0.5, contact: 1, meeting: 3 };
const points = (c: Counts) =>
  c.trainings! * RULE.training + c.activities! * RULE.activity + c.proposalsLed! * RULE.lead + c.proposalsCosigned! * RULE.cosign
  + c.receptions! * RULE.reception + c.opinions! * RULE.opinion + c.contacts! * RULE.contact + c.meetings! * RULE.meeting;

async function build() {
  const q = t().sql;
  await q`insert into districts (id, code, name, level) values (1, '520502', '七星关区', 'county')`;
  // 1–4 serve in 2024; 5 served until 2023 only; 6 starts on 2024-12-31 (serves, one day)
  await q`insert into deputies (id, name, gender) select i, '代表' || i, 'female' from generate_series(1, 6) i`;
  await q`insert into deputy_mandates (deputy_id, level, congress_term, district_id, start_date, end_date) values
    (1, 'city', 3, 1, '2022-01-01', null), (2, 'city', 3, 1, '2022-01-01', null), (3, 'county', 5, 1, '2021-06-01', null),
    (4, 'city', 3, null, '2024-03-01', null), (5, 'city', 3, 1, '2019-01-01', '2023-12-31'), (6, 'township', 9, null, '2024-12-31', null)`;
  await q`insert into duty_point_rules (from_year, training_points, activity_points, proposal_lead_points, proposal_cosign_points,
    reception_points, opinion_points, contact_points, meeting_points) values (2020, 2, 1.5, 5, 1, 2, 0.5, 1, 3), (2026, 9, 9, 9, 9, 9, 9, 9, 9)`;
  await q`insert into trainings (id, title, form, start_date, end_date, hours) values
    (1, '培训一', 'class', '2024-01-01', '2024-01-05', 40), (2, '培训二', 'lecture', '2023-12-31', '2024-01-02', 6), (3, '培训三', 'online', '2024-12-31', '2025-01-02', null)`;
  await q`insert into training_attendances (training_id, deputy_id, status, hours) values
    (1, 1, 'attended', null), (1, 2, 'attended', 12.5), (1, 3, 'absent', null), (2, 1, 'attended', null), (3, 1, 'attended', 3), (3, 2, 'attended', null)`;
  await q`insert into activities (id, area, kind, title, date) values
    (1, 'legislation', 'legislative_research', '立法调研', '2024-01-01'), (2, 'supervision', 'inspection', '视察', '2024-12-31'),
    (3, 'contact', 'forum', '座谈', '2024-06-01'), (4, 'other', 'research', '调研', '2025-01-01'), (5, 'supervision', 'special_inquiry', '询问', '2024-07-07')`;
  await q`insert into activity_participations (activity_id, deputy_id) values (1, 1), (2, 1), (3, 1), (4, 1), (1, 2), (5, 2), (3, 3), (4, 3)`;
  await q`insert into proposals (id, congress_term, session_number, number, title, category, lead_deputy_id, status, submitted_at) values
    (1, 3, 4, 1, '建议一', 'social_development', 1, 'submitted', '2024-01-10'), (2, 3, 4, 2, '建议二', 'social_development', 2, 'withdrawn', '2024-01-10'),
    (3, 3, null, 3, '建议三', 'finance_economy', 2, 'submitted', '2024-12-31'), (4, 3, 3, 4, '建议四', 'finance_economy', 1, 'submitted', '2023-02-01')`;
  await q`insert into proposal_cosigners (proposal_id, deputy_id) values (1, 2), (1, 3), (2, 1), (3, 1), (4, 2)`;
  await q`insert into stations (id, name, kind) values (1, '联络站', 'station'), (2, '联络室', 'room'), (3, '网上站', 'online')`;
  await q`insert into station_deputies (station_id, deputy_id, from_date, to_date) values
    (1, 1, '2020-01-01', null), (2, 1, '2023-01-01', '2023-12-31'), (3, 1, null, '2024-01-01'), (1, 2, '2025-01-01', null), (2, 2, '2024-12-31', '2024-12-31')`;
  await q`insert into receptions (id, date, way, station_id, constituents_count) values
    (1, '2024-03-03', 'in_person', 1, 12), (2, '2024-12-31', 'online', 3, 0), (3, '2025-01-01', 'in_person', 1, 7), (4, '2024-05-05', 'visit', null, 30)`;
  await q`insert into reception_deputies (reception_id, deputy_id) values (1, 1), (1, 2), (2, 1), (3, 1), (4, 2), (4, 3)`;
  await q`insert into handling_units (id, name, kind) values (1, '市教育局', 'government_department')`;
  await q`insert into contacts (id, date, by, member_name, committee_id, way) values
    (1, '2024-02-02', 'member', '王建国', null, 'visit'), (2, '2023-12-31', 'member', '李德明', null, 'phone')`;
  await q`insert into contact_deputies (contact_id, deputy_id) values (1, 1), (1, 3), (2, 1)`;
  await q`insert into meetings (id, title, start_date, end_date, forum_date) values
    (1, '第20次会议', '2024-02-27', '2024-02-29', '2024-02-28'), (2, '第19次会议', '2023-12-30', '2024-01-01', null)`;
  await q`insert into meeting_attendees (meeting_id, deputy_id, at_forum) values (1, 1, true), (1, 2, false), (2, 1, false)`;
  await q`insert into opinions (reception_id, contact_id, meeting_id, deputy_id, raised_on, content, category, status, answer, unit_id, proposal_id, close_reason, resolved_on) values
    (1, null, null, 1, '2024-03-03', '路', 'agriculture_rural', 'answered', '已答复', null, null, null, '2024-03-03'),
    (1, null, null, 1, '2024-03-03', '水', 'agriculture_rural', 'forwarded', null, 1, null, null, null),
    (1, null, null, 2, '2024-03-03', '学', 'social_development', 'proposal', null, null, 1, null, null),
    (1, null, null, null, '2024-03-03', '无人', 'social_development', 'open', null, null, null, null, null),
    (null, 1, null, 3, '2024-02-02', '医', 'social_development', 'closed', null, null, null, '撤回', '2024-02-10'),
    (null, null, 1, 1, '2024-02-28', '养老', 'social_development', 'open', null, null, null, null, null),
    (3, null, null, 1, '2025-01-01', '明年', 'social_development', 'open', null, null, null, null, null),
    (null, 1, null, null, '2024-02-02', '联系', 'social_development', 'open', null, null, null, null, null),
    (null, null, 1, null, '2024-02-28', '会议', 'social_development', 'open', null, null, null, null, null)`;

  // What 2024 holds, counted by hand from the rows above.
  const c: Record<number, Counts> = Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [i, zero()]));
  Object.assign(c[1]!, { trainings: 2, trainingHours: 40 + 3, activities: 3, legislation: 1, supervision: 1, contact: 1, proposalsLed: 1, proposalsCosigned: 1, receptions: 2, constituents: 12, opinions: 6, opinionsResolved: 1, stations: 2, contacts: 1, meetings: 1, forums: 1 });
  Object.assign(c[2]!, { trainings: 2, trainingHours: 12.5, activities: 2, legislation: 1, supervision: 1, proposalsLed: 1, proposalsCosigned: 1, receptions: 2, constituents: 42, opinions: 3, opinionsToProposals: 1, stations: 1, meetings: 1 });
  Object.assign(c[3]!, { activities: 1, contact: 1, proposalsCosigned: 1, receptions: 1, constituents: 30, opinions: 2, opinionsResolved: 1, contacts: 1 });
  return c;
}

const recordFields = `year deputyId serving hasDuty points rank counts { trainings trainingHours activities legislation supervision contact otherActivities
  proposalsLed proposalsCosigned receptions constituents opinions opinionsResolved opinionsToProposals stations contacts meetings forums }`;

it("counts every kind of a deputy's work in the year, by the rules, as counted by hand; points by the year's rule; rank with ties", async () => {
  const expected = await build();
  const r = await t().gql(`{ deputies(orderBy: ID_ASC) { nodes { id dutyRecord(year: 2024) { ${recordFields} } } } }`);
  expect(r.errors).toBeUndefined();
  const got = Object.fromEntries(r.data!.deputies.nodes.map((n: { id: string; dutyRecord: { counts: Counts } }) => [n.id, n.dutyRecord]));
  for (const id of [1, 2, 3, 4, 5, 6]) {
    expect(got[id].counts, `deputy ${id}`).toEqual(expected[id]);
    expect(got[id].points, `deputy ${id}`).toBe(points(expected[id]!));
  }
  expect(Object.values(got).map((d: any) => [d.deputyId, d.serving, d.hasDuty])).toEqual([
    ["1", true, true], ["2", true, true], ["3", true, true], ["4", true, false], ["5", false, false], ["6", true, false],
  ]);
  // ranks among the five serving deputies, highest points first; 4 and 6 tie at 0
  const serving = [1, 2, 3, 4, 6].map((i) => ({ i, p: points(expected[i]!) }));
  for (const { i, p } of serving) expect(got[i].rank, `deputy ${i}`).toBe(1 + serving.filter((o) => o.p > p).length);
  expect(got[4].rank).toBe(got[6].rank);
  expect(got[5].rank).toBeNull();

  // The ranking lists the same records, highest first, paged; without-duty lists 4 and 6.
  const ranking = await t().gql(`{ dutyRanking(year: 2024, first: 2) { totalCount nodes { deputy { name } points rank } } }`);
  expect(ranking.data!.dutyRanking.totalCount).toBe(5);
  const top = serving.sort((a, b) => b.p - a.p || a.i - b.i).slice(0, 2);
  expect(ranking.data!.dutyRanking.nodes).toEqual(top.map(({ i, p }) => ({ deputy: { name: `代表${i}` }, points: p, rank: got[i].rank })));
  const idle = await t().gql(`{ deputiesWithoutDuty(year: 2024) { totalCount nodes { deputyId } } }`);
  expect(idle.data!.deputiesWithoutDuty).toEqual({ totalCount: 2, nodes: [{ deputyId: "4" }, { deputyId: "6" }] });
  // a level and a district narrow whom it ranks among
  const county = await t().gql(`{ dutyRanking(year: 2024, level: COUNTY) { totalCount nodes { deputyId rank } } }`);
  expect(county.data!.dutyRanking).toEqual({ totalCount: 1, nodes: [{ deputyId: "3", rank: 1 }] });
  const inDistrict = await t().gql(`{ dutyRanking(year: 2024, districtId: "1") { totalCount } }`);
  expect(inDistrict.data!.dutyRanking.totalCount).toBe(3);
});

it("lists the records behind the counts, in one statement per kind for a page of deputies", async () => {
  await build();
  const page = (first: number) => `{ deputies(orderBy: ID_ASC, first: ${first}) { nodes { id dutyRecord(year: 2024) {
    points counts { trainings } trainings { training { title } } activities { activity { title } } proposalsLed { title }
    proposalsCosigned { proposal { title } } stations { station { name } } rule { fromYear } deputy { name }
    receptions { reception { date } } opinions { content } contacts { contact { date } } meetings { meeting { title } } } } } }`;
  const cost = async (first: number) => {
    t().statements.length = 0;
    const r = await t().gql(page(first), {}, { path: "loaders" });
    expect(r.errors).toBeUndefined();
    return t().statements.length;
  };
  // the page, the counts, nine lists, their parents, the rule, the deputy: the same for 1 or 6
  expect(await cost(6)).toBe(await cost(1));
  const r = await t().gql(`{ deputies(orderBy: ID_ASC, first: 3) { nodes { id dutyRecord(year: 2024) {
    trainings { training { title } } activities { activity { title } } proposalsLed { title status } proposalsCosigned { proposal { title } }
    stations { station { name } } rule { fromYear trainingPoints }
    receptions { reception { date constituentsCount } } opinions { content status } contacts { contact { date memberName } }
    meetings { atForum meeting { title } } } } } }`);
  expect(r.errors).toBeUndefined();
  const [d1, d2, d3] = r.data!.deputies.nodes.map((n: any) => n.dutyRecord);
  expect(d1.trainings.map((x: any) => x.training.title).sort()).toEqual(["培训一", "培训三"]);
  expect(d1.activities.map((x: any) => x.activity.title).sort()).toEqual(["座谈", "视察", "立法调研"].sort());
  expect(d1.proposalsLed).toEqual([{ title: "建议一", status: "SUBMITTED" }]);
  expect(d1.proposalsCosigned.map((x: any) => x.proposal.title)).toEqual(["建议三"]);
  expect(d1.stations.map((x: any) => x.station.name).sort()).toEqual(["网上站", "联络站"].sort());
  expect(d2.stations.map((x: any) => x.station.name)).toEqual(["联络室"]);
  expect(d3.trainings).toEqual([]);
  expect(d1.receptions.map((x: any) => x.reception).sort((a: any, b: any) => a.date.localeCompare(b.date))).toEqual([
    { date: "2024-03-03", constituentsCount: 12 },
    { date: "2024-12-31", constituentsCount: 0 },
  ]);
  // '无人', '联系' and '会议' name no deputy: each counts for every deputy of its reception, contact or meeting
  expect(d1.opinions.map((x: any) => `${x.content}:${x.status}`).sort()).toEqual(["水:FORWARDED", "养老:OPEN", "路:ANSWERED", "无人:OPEN", "联系:OPEN", "会议:OPEN"].sort());
  expect(d2.opinions.map((x: any) => x.content).sort()).toEqual(["学", "无人", "会议"].sort());
  expect(d3.opinions.map((x: any) => x.content).sort()).toEqual(["医", "联系"].sort());
  expect(d1.contacts).toEqual([{ contact: { date: "2024-02-02", memberName: "王建国" } }]);
  expect(d1.meetings).toEqual([{ atForum: true, meeting: { title: "第20次会议" } }]);
  expect(d3.contacts).toHaveLength(1);
  expect(d1.rule).toEqual({ fromYear: 2020, trainingPoints: 2 });
});

it("refuses a year out of range naming it, and a rule for a past year; a rule from this year on leaves past points alone", async () => {
  await build();
  const bad = await t().gql(`{ deputy(id: "1") { dutyRecord(year: 1999) { points } } }`);
  expect(bad.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  expect(bad.errors![0]!.extensions!.field).toBe("year");
  const badPage = await t().gql(`{ dutyRanking(year: 2024, first: 0) { totalCount } }`);
  expect(badPage.errors![0]!.extensions!.field).toBe("first");

  const [{ year }] = await t().sql`select extract(year from current_date)::int as year`;
  const before = await t().sql`select count(*)::int as n from duty_point_rules`;
  const past = await t().gql(`mutation { setDutyPointRule(input: { fromYear: ${year - 1}, trainingPoints: 50 }) { fromYear } }`);
  expect(past.errors![0]!.extensions!.field).toBe("input.fromYear");
  expect((await t().sql`select count(*)::int as n from duty_point_rules`)[0]!.n).toBe(before[0]!.n);
  // editors may not set rules
  const editor = await t().gql(`mutation { setDutyPointRule(input: { fromYear: ${year + 1}, trainingPoints: 50 }) { fromYear } }`, {}, { as: "editor" });
  expect(editor.errors![0]!.extensions!.code).toBe("FORBIDDEN");

  const points2024 = (await t().gql(`{ deputy(id: "1") { dutyRecord(year: 2024) { points } } }`)).data!.deputy.dutyRecord.points;
  const set = await t().gql(`mutation { setDutyPointRule(input: { fromYear: ${year + 1}, trainingPoints: 50 }) { fromYear trainingPoints activityPoints version } }`);
  // the points left out are those of the rule in force for that year (the one from 2026 in this test)
  expect(set.data!.setDutyPointRule).toEqual({ fromYear: year + 1, trainingPoints: 50, activityPoints: 9, version: 1 });
  const again = await t().gql(`mutation { setDutyPointRule(input: { fromYear: ${year + 1}, meetingPoints: 4, version: 1 }) { trainingPoints meetingPoints version } }`);
  expect(again.data!.setDutyPointRule).toEqual({ trainingPoints: 50, meetingPoints: 4, version: 2 });
  const stale = await t().gql(`mutation { setDutyPointRule(input: { fromYear: ${year + 1}, meetingPoints: 5, version: 1 }) { version } }`);
  expect(stale.errors![0]!.extensions!.code).toBe("CONFLICT");
  expect((await t().gql(`{ deputy(id: "1") { dutyRecord(year: 2024) { points } } }`)).data!.deputy.dutyRecord.points).toBe(points2024);
  const audited = await t().sql`select operation from audit_logs where record_type = 'DutyPointRule' order by id`;
  expect(audited.map((a) => a.operation)).toEqual(["create", "update"]);
});
