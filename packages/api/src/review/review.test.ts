// The yearly review on a small data set built here, every figure checked against a count computed
// independently in the test; and each figure's filter lists exactly the records it counts.
import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

// The figures of receptions, opinions, contacts, meetings, measures and groups (the second test).
const deputyWorkKeys = [
  "planMeasures", "groupActivities", "contacts", "deputiesContacted", "attendeeForums", "meetingAttendance",
  "receptions", "constituentsReceived", "opinionsRaised", "opinionsResolved", "opinionsToProposals",
];

const REVIEW = `query ($y: Int!) { yearlyReview(year: $y) { year sessions { congressTerm sessionNumber } figures { key value resource filter } } }`;

it("states every figure as counted by hand, and each filter lists the records behind it", async () => {
  const sql = t().sql;
  await sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 10) i`;
  // deputies 1-4 city deputies serving in 2024 (4 ended in 2023), 5-10 county deputies
  await sql`insert into deputy_mandates (deputy_id, level, congress_term, start_date, end_date) values
    (1, 'city', 3, '2021-09-01', null), (2, 'city', 3, '2021-09-01', null), (3, 'city', 3, '2021-09-01', '2024-06-30'),
    (4, 'city', 3, '2021-09-01', '2023-05-01')`;
  await sql`insert into deputy_mandates (deputy_id, level, congress_term, start_date) select i, 'county', 19, '2021-06-01' from generate_series(5, 10) i`;
  const trainings = [
    { id: 1, form: "class", start: "2024-05-13", attendees: [[1, "attended"], [2, "attended"], [5, "attended"], [6, "absent"]] },
    { id: 2, form: "class", start: "2024-09-09", attendees: [[2, "attended"], [7, "attended"], [8, "on_leave"]] },
    { id: 3, form: "lecture", start: "2024-03-01", attendees: [[9, "attended"]] },
    { id: 4, form: "class", start: "2023-10-01", attendees: [[10, "attended"]] },
  ] as const;
  for (const tr of trainings) {
    await sql`insert into trainings (id, title, form, start_date, end_date) values (${tr.id}, ${"培训" + tr.id}, ${tr.form}, ${tr.start}, ${tr.start})`;
    for (const [d, status] of tr.attendees) await sql`insert into training_attendances (training_id, deputy_id, status) values (${tr.id}, ${d}, ${status})`;
  }
  const activities = [
    { id: 1, area: "legislation", kind: "legislative_research", date: "2024-04-01", s: 2, who: [1, 5, 6] },
    { id: 2, area: "supervision", kind: "inspection", date: "2024-06-01", s: 5, who: [1, 2, 3, 7] },
    { id: 3, area: "supervision", kind: "special_inquiry", date: "2024-11-01", s: 4, who: [4, 8] },
    { id: 4, area: "contact", kind: "forum", date: "2024-12-31", s: 0, who: [9] },
    { id: 5, area: "supervision", kind: "inspection", date: "2023-06-01", s: 9, who: [1, 2] },
  ];
  for (const a of activities) {
    await sql`insert into activities (id, area, kind, title, date, suggestions_count) values (${a.id}, ${a.area}, ${a.kind}, ${"活动" + a.id}, ${a.date}, ${a.s})`;
    for (const d of a.who) await sql`insert into activity_participations (activity_id, deputy_id) values (${a.id}, ${d})`;
  }
  await sql`insert into stations (id, name, kind, opened_on, active, is_model, model_year, is_industry, industry) values
    (1, '站1', 'station', '2020-01-01', true, true, 2023, false, null),
    (2, '站2', 'station', '2024-12-31', true, false, null, true, '农业'),
    (3, '站3', 'station', '2025-01-01', true, false, null, false, null),
    (4, '站4', 'station', '2019-01-01', false, false, null, false, null),
    (5, '网站', 'online', '2022-01-01', true, false, null, false, null)`;
  await sql`insert into stations (id, name, kind, parent_id, opened_on, is_model, model_year) values
    (6, '室1', 'room', 1, '2021-01-01', true, 2024), (7, '室2', 'room', 1, '2021-01-01', false, null), (8, '室3', 'room', 2, '2024-06-01', true, 2025)`;
  const proposals = [
    { n: 1, session: 4, at: "2024-01-10", status: "closed", fund: true, people: 1000 },
    { n: 2, session: 4, at: "2024-01-10", status: "answered", fund: true, people: 250 },
    { n: 3, session: 4, at: "2024-01-11", status: "handling", fund: false, people: null },
    { n: 4, session: null, at: "2024-07-01", status: "closed", fund: true, people: 5 },
    { n: 5, session: 3, at: "2023-01-10", status: "closed", fund: true, people: 99 },
  ];
  for (const p of proposals) {
    await sql`insert into proposals (congress_term, session_number, number, title, category, lead_deputy_id, status, submitted_at, special_fund, people_benefited)
      values (3, ${p.session}, ${p.n}, ${"建议" + p.n}, 'social_development', 1, ${p.status}, ${p.at}, ${p.fund}, ${p.people})`;
  }

  const r = await t().gql(REVIEW, { y: 2024 });
  expect(r.errors).toBeUndefined();
  const review = r.data!.yearlyReview;
  const value = Object.fromEntries(review.figures.map((f: { key: string; value: number }) => [f.key, f.value]));

  const y24 = (d: string) => d.startsWith("2024");
  const classes24 = trainings.filter((tr) => tr.form === "class" && y24(tr.start));
  const acts24 = activities.filter((a) => y24(a.date));
  const sup24 = acts24.filter((a) => a.area === "supervision");
  const cityIn2024 = new Set([1, 2, 3]);
  const sessionP = proposals.filter((p) => p.session !== null && y24(p.at));
  const fund24 = sessionP.filter((p) => p.fund);
  expect(value).toEqual({
    trainingClasses: classes24.length,
    deputiesTrained: new Set(classes24.flatMap((tr) => tr.attendees.filter(([, s]) => s === "attended").map(([d]) => d))).size,
    activityPersonTimes: acts24.reduce((n, a) => n + a.who.length, 0),
    legislationPersonTimes: acts24.filter((a) => a.area === "legislation").reduce((n, a) => n + a.who.length, 0),
    supervisionItems: sup24.length,
    supervisionPersonTimes: sup24.reduce((n, a) => n + a.who.filter((d) => cityIn2024.has(d)).length, 0),
    supervisionSuggestions: sup24.reduce((n, a) => n + a.s, 0),
    stations: 2,
    rooms: 3,
    onlineStations: 1,
    modelStations: 1,
    modelRooms: 1,
    industryStations: 1,
    sessionProposals: sessionP.length,
    sessionProposalsAnswered: sessionP.filter((p) => ["answered", "evaluated", "closed"].includes(p.status)).length,
    specialFundProposals: fund24.length,
    peopleBenefited: fund24.reduce((n, p) => n + (p.people ?? 0), 0),
    ...Object.fromEntries(deputyWorkKeys.map((k) => [k, 0])),
  });
  expect(review.sessions).toEqual([{ congressTerm: 3, sessionNumber: 4 }]);

  // each figure's filter, given to its list, finds the records it counted
  for (const f of review.figures as { key: string; value: number; resource: string; filter: unknown }[]) {
    const typeName = `${f.resource[0]!.toUpperCase()}${f.resource.slice(1).replace(/ies$/, "y").replace(/s$/, "")}Filter`;
    const list = await t().gql(`query ($f: ${typeName}) { ${f.resource}(filter: $f) { totalCount } }`, { f: f.filter });
    expect(list.errors, f.key).toBeUndefined();
    if (!["deputiesTrained", "supervisionSuggestions", "peopleBenefited"].includes(f.key)) {
      expect(list.data![f.resource].totalCount, f.key).toBe(f.value);
    }
  }
});

it("counts receptions, opinions and their course, contacts, meetings attended, measures and group activities as counted by hand", async () => {
  const sql = t().sql;
  await sql`insert into districts (id, code, name, level) values (1, '520502', '七星关区', 'county')`;
  await sql`insert into deputies (id, name, gender) select i, '代表' || i, 'female' from generate_series(1, 6) i`;
  await sql`insert into stations (id, name, kind) values (1, '站', 'station')`;
  await sql`insert into handling_units (id, name, kind) values (1, '市教育局', 'government_department')`;
  await sql`insert into committees (id, name) values (1, '市人大法制委员会')`;
  await sql`insert into measures (year, number, area, title, committee_id) values (2024, 1, 'legislation', '一', 1), (2024, 2, 'contact', '二', null), (2023, 1, 'contact', '旧', null)`;
  await sql`insert into deputy_groups (id, name, kind, district_id) values (1, '七星关区代表小组', 'district', 1)`;
  await sql`insert into activities (area, kind, title, date, group_id) values
    ('contact', 'forum', '小组活动', '2024-01-01', 1), ('contact', 'forum', '小组活动', '2023-12-31', 1), ('contact', 'forum', '其他', '2024-05-01', null)`;
  const receptions = [
    { id: 1, date: "2024-01-01", way: "in_person", station: 1, people: 12 },
    { id: 2, date: "2024-12-31", way: "visit", station: null, people: 0 },
    { id: 3, date: "2025-01-01", way: "in_person", station: 1, people: 30 },
  ];
  for (const r of receptions) await sql`insert into receptions (id, date, way, station_id, constituents_count) values (${r.id}, ${r.date}, ${r.way}, ${r.station}, ${r.people})`;
  await sql`insert into proposals (id, congress_term, session_number, number, title, category, lead_deputy_id, submitted_at) values (1, 3, 4, 1, '建议', 'social_development', 1, '2024-01-10')`;
  await sql`insert into contacts (id, date, by, member_name, committee_id, way) values
    (1, '2024-03-01', 'member', '王建国', null, 'visit'), (2, '2024-03-02', 'committee', null, 1, 'forum'), (3, '2023-03-01', 'member', '李德明', null, 'phone')`;
  await sql`insert into contact_deputies (contact_id, deputy_id) values (1, 1), (1, 2), (2, 2), (2, 3), (3, 4)`;
  await sql`insert into meetings (id, title, start_date, end_date, forum_date) values
    (1, '第20次会议', '2024-02-27', '2024-02-29', '2024-02-28'), (2, '第21次会议', '2024-12-30', '2025-01-02', '2025-01-01'), (3, '第19次会议', '2023-12-30', '2024-01-01', null)`;
  await sql`insert into meeting_attendees (meeting_id, deputy_id) values (1, 1), (1, 2), (2, 3), (3, 4)`;
  const opinions = [
    { r: 1, c: null, m: null, on: "2024-01-01", status: "answered", answer: "答", unit: null, p: null, reason: null, done: "2024-01-01" },
    { r: 1, c: null, m: null, on: "2024-01-01", status: "forwarded", answer: null, unit: 1, p: null, reason: null, done: null },
    { r: 1, c: null, m: null, on: "2024-01-01", status: "forwarded", answer: "复", unit: 1, p: null, reason: null, done: "2025-02-01" },
    { r: 2, c: null, m: null, on: "2024-12-31", status: "proposal", answer: null, unit: null, p: 1, reason: null, done: null },
    { r: null, c: 1, m: null, on: "2024-03-01", status: "closed", answer: null, unit: null, p: null, reason: "撤回", done: "2024-03-02" },
    { r: null, c: null, m: 1, on: "2024-02-28", status: "open", answer: null, unit: null, p: null, reason: null, done: null },
    { r: 3, c: null, m: null, on: "2025-01-01", status: "open", answer: null, unit: null, p: null, reason: null, done: null },
  ];
  for (const o of opinions) {
    await sql`insert into opinions (reception_id, contact_id, meeting_id, raised_on, content, category, status, answer, unit_id, proposal_id, close_reason, resolved_on)
      values (${o.r}, ${o.c}, ${o.m}, ${o.on}, '意见', 'social_development', ${o.status}, ${o.answer}, ${o.unit}, ${o.p}, ${o.reason}, ${o.done})`;
  }

  const r = await t().gql(REVIEW, { y: 2024 });
  expect(r.errors).toBeUndefined();
  const review = r.data!.yearlyReview;
  const value = Object.fromEntries(review.figures.filter((f: { key: string }) => deputyWorkKeys.includes(f.key)).map((f: { key: string; value: number }) => [f.key, f.value]));
  const in24 = (d: string) => d.startsWith("2024");
  const o24 = opinions.filter((o) => in24(o.on));
  expect(value).toEqual({
    planMeasures: 2,
    groupActivities: 1,
    contacts: 2,
    deputiesContacted: 3, // deputies 1, 2, 3 (2 twice)
    attendeeForums: 1, // meeting 1; meeting 2's forum is in 2025
    meetingAttendance: 3, // meetings 1 and 2 start in 2024
    receptions: receptions.filter((x) => in24(x.date)).length,
    constituentsReceived: receptions.filter((x) => in24(x.date)).reduce((n, x) => n + x.people, 0),
    opinionsRaised: o24.length,
    opinionsResolved: o24.filter((o) => o.done !== null).length,
    opinionsToProposals: o24.filter((o) => o.status === "proposal").length,
  });
  for (const f of review.figures as { key: string; value: number; resource: string; filter: unknown }[]) {
    if (!deputyWorkKeys.includes(f.key)) continue;
    const typeName = `${f.resource[0]!.toUpperCase()}${f.resource.slice(1).replace(/ies$/, "y").replace(/s$/, "")}Filter`;
    const list = await t().gql(`query ($f: ${typeName}) { ${f.resource}(filter: $f) { totalCount } }`, { f: f.filter });
    expect(list.errors, f.key).toBeUndefined();
    if (!["deputiesContacted", "constituentsReceived"].includes(f.key)) expect(list.data![f.resource].totalCount, f.key).toBe(f.value);
  }
});

it("refuses a year out of range", async () => {
  const r = await t().gql(REVIEW, { y: 20240 });
  expect(r.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
});
