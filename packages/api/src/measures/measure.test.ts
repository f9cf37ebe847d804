import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();
const count = async (table: string) => (await t().sql.unsafe(`select count(*)::int as n from ${table}`))[0]!.n as number;

it("creates, updates with the version read and deletes a measure, with its committee", async () => {
  await t().sql`insert into committees (id, name) values (1, '法制委员会')`;
  const c = await t().gql(
    `mutation ($i: CreateMeasureInput!) { createMeasure(input: $i) { id year number area title version committee { name } } }`,
    { i: { year: 2024, number: 1, area: "LEGISLATION", title: "代表参与立法", committeeId: "1" } },
  );
  expect(c.errors).toBeUndefined();
  expect(c.data!.createMeasure).toMatchObject({ year: 2024, number: 1, area: "LEGISLATION", version: 1, committee: { name: "法制委员会" } });
  const id = c.data!.createMeasure.id;
  const u = await t().gql(`mutation ($id: ID!) { updateMeasure(id: $id, input: { title: "代表参与立法调研", committeeId: null, version: 1 }) { title version committee { name } } }`, { id });
  expect(u.data!.updateMeasure).toEqual({ title: "代表参与立法调研", version: 2, committee: null });
  const stale = await t().gql(`mutation ($id: ID!) { updateMeasure(id: $id, input: { number: 2, version: 1 }) { id } }`, { id });
  expect(stale.errors![0]!.extensions!.code).toBe("CONFLICT");
  // the same number twice in a year
  const twice = await t().gql(`mutation { createMeasure(input: { year: 2024, number: 1, area: OTHER, title: "重复" }) { id } }`);
  expect(twice.errors![0]!.extensions!.code).toMatch(/CONFLICT|BAD_USER_INPUT/);
  const list = await t().gql(`{ measures(filter: { year: { eq: 2024 }, q: "立法" }) { totalCount } }`);
  expect(list.data!.measures.totalCount).toBe(1);
  expect((await t().gql(`mutation ($id: ID!) { deleteMeasure(id: $id) { id } }`, { id })).errors).toBeUndefined();
  expect(await count("measures")).toBe(0);
});

it("refuses a year, number or title out of the table's range, naming the field, and writes nothing", async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ year: 1999 }, "input.year"],
    [{ year: 2101 }, "input.year"],
    [{ number: 0 }, "input.number"],
    [{ number: 100 }, "input.number"],
    [{ title: " " }, "input.title"],
    [{ title: "举".repeat(201) }, "input.title"],
  ];
  for (const [bad, field] of cases) {
    const r = await t().gql(`mutation ($i: CreateMeasureInput!) { createMeasure(input: $i) { id } }`, {
      i: { year: 2024, number: 1, area: "OTHER", title: "举措", ...bad },
    });
    expect(r.errors![0]!.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
  }
  await t().sql`insert into measures (id, year, number, area, title) values (1, 2024, 1, 'other', '举措')`;
  const u = await t().gql(`mutation { updateMeasure(id: "1", input: { number: 100, version: 1 }) { id } }`);
  expect(u.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.number" });
  expect((await t().sql`select number, version from measures`)[0]).toEqual({ number: 1, version: 1 });
  expect(await count("measures")).toBe(1);
});

it("links activities to their measure both ways, and filters activities by measure", async () => {
  await t().sql`insert into measures (id, year, number, area, title) values (1, 2024, 1, 'supervision', '监督举措')`;
  const a = await t().gql(`mutation { createActivity(input: { area: SUPERVISION, kind: INSPECTION, title: "执法检查", date: "2024-06-01", measureId: "1" }) { id measureId measure { title } } }`);
  expect(a.data!.createActivity).toMatchObject({ measureId: "1", measure: { title: "监督举措" } });
  const m = await t().gql(`{ measure(id: "1") { activities { title } } }`);
  expect(m.data!.measure.activities).toEqual([{ title: "执法检查" }]);
  const f = await t().gql(`{ activities(filter: { measure: { year: { eq: 2024 } } }) { totalCount } none: activities(filter: { measureId: { isNull: true } }) { totalCount } }`);
  expect(f.data).toEqual({ activities: { totalCount: 1 }, none: { totalCount: 0 } });
  const bad = await t().gql(`mutation { createActivity(input: { area: OTHER, kind: FORUM, title: "x", date: "2024-01-01", measureId: "99" }) { id } }`);
  expect(bad.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.measureId" });
  // a measure that activities serve cannot go
  expect((await t().gql(`mutation { deleteMeasure(id: "1") { id } }`)).errors![0]!.extensions!.code).toBe("CONFLICT");
});

it("gives each measure's progress (activities, suggestions, person-times) from two aggregates, as plain SQL counts it", async () => {
  // measures 1–3 of 2024 and one of 2023; activities without a measure, a measure without activities,
  // two measures with equal counts, and an activity without participants
  await t().sql`insert into measures (id, year, number, area, title) values
    (1, 2024, 1, 'legislation', '立法'), (2, 2024, 2, 'supervision', '监督'), (3, 2024, 3, 'contact', '联系'), (4, 2023, 1, 'other', '旧')`;
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 5) i`;
  const acts: [number, number | null, number][] = [
    [1, 1, 3], [2, 1, 0], [3, 2, 2], [4, 2, 1], [5, null, 9], [6, 4, 5], [7, null, 0],
  ];
  for (const [id, measure, suggestions] of acts) {
    await t().sql`insert into activities (id, area, kind, title, date, measure_id, suggestions_count)
      values (${id}, 'other', 'forum', ${"活动" + id}, '2024-05-01', ${measure}, ${suggestions})`;
  }
  const parts: [number, number][] = [[1, 1], [1, 2], [1, 3], [2, 1], [3, 4], [3, 5], [4, 1], [5, 2], [6, 3]];
  for (const [activity, deputy] of parts) await t().sql`insert into activity_participations (activity_id, deputy_id) values (${activity}, ${deputy})`;

  const r = await t().gql(`{
    activities: activitiesAggregate(filter: { measure: { year: { eq: 2024 } } }, groupBy: [MEASURE_ID]) {
      groups { key { measureId measure { title } } count sum { suggestionsCount } }
    }
    personTimes: activityParticipationsAggregate(filter: { activity: { measure: { year: { eq: 2024 } } } }, groupBy: [ACTIVITY_MEASURE_ID]) {
      groups { key { activityMeasureId activityMeasure { number } } count persons: countDistinct(field: DEPUTY_ID) }
    }
  }`);
  expect(r.errors).toBeUndefined();
  const expectedActs = await t().sql`select m.id::text as "measureId", m.title, count(*)::int as count, sum(a.suggestions_count)::int as sum
    from activities a join measures m on m.id = a.measure_id where m.year = 2024 group by m.id, m.title order by m.id`;
  const expectedParts = await t().sql`select m.id::text as "measureId", m.number, count(*)::int as count, count(distinct p.deputy_id)::int as persons
    from activity_participations p join activities a on a.id = p.activity_id join measures m on m.id = a.measure_id
    where m.year = 2024 group by m.id, m.number order by m.id`;
  const byId = <T extends { key: Record<string, string> }>(gs: T[], k: string) => [...gs].sort((a, b) => Number(a.key[k]) - Number(b.key[k]));
  expect(byId(r.data!.activities.groups, "measureId")).toEqual(
    expectedActs.map((e) => ({ key: { measureId: e.measureId, measure: { title: e.title } }, count: e.count, sum: { suggestionsCount: e.sum } })),
  );
  expect(byId(r.data!.personTimes.groups, "activityMeasureId")).toEqual(
    expectedParts.map((e) => ({ key: { activityMeasureId: e.measureId, activityMeasure: { number: e.number } }, count: e.count, persons: e.persons })),
  );
  // measures 1 and 2 tie at two activities; measure 3 has none and so no group
  expect(expectedActs.map((e) => e.count)).toEqual([2, 2]);
  // grouped without the year's filter, the activities with no measure form their own group
  const all = await t().gql(`{ activitiesAggregate(groupBy: [MEASURE_ID]) { groups { key { measureId } count sum { suggestionsCount } } } }`);
  const none = all.data!.activitiesAggregate.groups.find((g: { key: { measureId: string | null } }) => g.key.measureId === null);
  expect(none).toEqual({ key: { measureId: null }, count: 2, sum: { suggestionsCount: 9 } });
});
