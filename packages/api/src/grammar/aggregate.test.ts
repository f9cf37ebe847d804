// Aggregates against counts computed here, independently, on a small hand-built data set.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

type Participation = { deputy: number; activity: number };
const acts = [
  { id: 1, area: "legislation", kind: "legislative_research", date: "2024-01-15", district: 1, suggestions: 3 },
  { id: 2, area: "legislation", kind: "opinion_collection", date: "2024-01-20", district: 2, suggestions: 0 },
  { id: 3, area: "supervision", kind: "inspection", date: "2024-03-02", district: 1, suggestions: 7 },
  { id: 4, area: "contact", kind: "forum", date: "2023-12-30", district: null, suggestions: 1 },
];
const parts: Participation[] = [
  { deputy: 1, activity: 1 }, { deputy: 2, activity: 1 }, { deputy: 3, activity: 1 },
  { deputy: 1, activity: 2 }, { deputy: 1, activity: 3 }, { deputy: 2, activity: 3 }, { deputy: 4, activity: 4 },
];

beforeEach(async () => {
  await t().sql`insert into districts (id, code, name, level) values (1, '520502', '七星关区', 'county'), (2, '520521', '大方县', 'county')`;
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, case when i % 2 = 0 then 'female'::gender else 'male'::gender end from generate_series(1, 4) i`;
  for (const a of acts) {
    await t().sql`insert into activities (id, area, kind, title, date, district_id, suggestions_count)
      values (${a.id}, ${a.area}, ${a.kind}, ${"活动" + a.id}, ${a.date}, ${a.district}, ${a.suggestions})`;
  }
  for (const p of parts) await t().sql`insert into activity_participations (activity_id, deputy_id) values (${p.activity}, ${p.deputy})`;
});

describe("aggregates", () => {
  it("person-times and persons per month and area of 2024, with the total, in one statement", async () => {
    t().statements.length = 0;
    const r = await t().gql(`{
      activityParticipationsAggregate(
        filter: { activity: { date: { gte: "2024-01-01", lte: "2024-12-31" } } }
        groupBy: [ACTIVITY_DATE_MONTH, ACTIVITY_AREA]
      ) {
        total { count persons: countDistinct(field: DEPUTY_ID) activities: countDistinct(field: ACTIVITY_ID) }
        groups { key { activityDateMonth activityArea } count countDistinct(field: DEPUTY_ID) }
      }
    }`);
    expect(r.errors).toBeUndefined();
    expect(t().statements).toHaveLength(1);
    const in2024 = parts.filter((p) => acts.find((a) => a.id === p.activity)!.date.startsWith("2024"));
    const agg = r.data!.activityParticipationsAggregate;
    expect(agg.total).toEqual({ count: in2024.length, persons: new Set(in2024.map((p) => p.deputy)).size, activities: 3 });
    const expected = new Map<string, Participation[]>();
    for (const p of in2024) {
      const a = acts.find((x) => x.id === p.activity)!;
      const k = `${a.date.slice(0, 7)}|${a.area.toUpperCase()}`;
      expected.set(k, [...(expected.get(k) ?? []), p]);
    }
    expect(agg.groups).toEqual(
      [...expected.entries()].sort().map(([k, ps]) => ({
        key: { activityDateMonth: k.split("|")[0], activityArea: k.split("|")[1] },
        count: ps.length,
        countDistinct: new Set(ps.map((p) => p.deputy)).size,
      })),
    );
  });

  it("sums, averages, minimum and maximum by a related record, and the related record's name", async () => {
    const r = await t().gql(`{
      activitiesAggregate(groupBy: [DISTRICT_ID]) {
        total { count sum { suggestionsCount } }
        groups { key { districtId district { name } } count sum { suggestionsCount } avg { suggestionsCount } min { suggestionsCount } max { suggestionsCount } }
      }
    }`);
    expect(r.errors).toBeUndefined();
    const agg = r.data!.activitiesAggregate;
    expect(agg.total).toEqual({ count: 4, sum: { suggestionsCount: acts.reduce((s, a) => s + a.suggestions, 0) } });
    const d1 = acts.filter((a) => a.district === 1).map((a) => a.suggestions);
    expect(agg.groups[0]).toEqual({
      key: { districtId: "1", district: { name: "七星关区" } },
      count: d1.length,
      sum: { suggestionsCount: d1.reduce((a, b) => a + b, 0) },
      avg: { suggestionsCount: d1.reduce((a, b) => a + b, 0) / d1.length },
      min: { suggestionsCount: Math.min(...d1) },
      max: { suggestionsCount: Math.max(...d1) },
    });
    expect(agg.groups.map((g: { key: { districtId: string | null } }) => g.key.districtId)).toEqual(["1", "2", null]);
  });

  it("uses the list's filter type, years and quarters, and a field of the joined record", async () => {
    const r = await t().gql(`{
      a: activitiesAggregate(filter: { area: { in: [LEGISLATION, SUPERVISION] } }, groupBy: [DATE_QUARTER]) { groups { key { dateQuarter } count } }
      b: activityParticipationsAggregate(groupBy: [ACTIVITY_DATE_YEAR]) { groups { key { activityDateYear } count } }
      c: deputiesAggregate(groupBy: [GENDER]) { total { count } groups { key { gender } count } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.a.groups).toEqual([
      { key: { dateQuarter: "2024-Q1" }, count: 3 },
    ]);
    expect(r.data!.b.groups).toEqual([
      { key: { activityDateYear: 2023 }, count: 1 },
      { key: { activityDateYear: 2024 }, count: 6 },
    ]);
    expect(r.data!.c).toEqual({ total: { count: 4 }, groups: [{ key: { gender: "MALE" }, count: 2 }, { key: { gender: "FEMALE" }, count: 2 }] });
  });

  it("without groupBy gives the total and no groups; an empty set counts zero", async () => {
    const r = await t().gql(`{ proposalsAggregate { total { count sum { peopleBenefited } } groups { count } } }`);
    expect(r.data!.proposalsAggregate).toEqual({ total: { count: 0, sum: { peopleBenefited: null } }, groups: [] });
  });

  it("reads only what is asked: groups without the total, and the sums a fragment asks for, alike", async () => {
    const both = await t().gql(`{ activitiesAggregate(groupBy: [DISTRICT_ID]) { total { count } groups { key { districtId } count sum { suggestionsCount } max { suggestionsCount } } } }`);
    t().statements.length = 0;
    const groupsOnly = await t().gql(`{ activitiesAggregate(groupBy: [DISTRICT_ID]) { groups { key { districtId } count ...S } } }
      fragment S on ActivityAggregateGroup { sum { suggestionsCount } max { suggestionsCount } }`);
    expect(groupsOnly.errors).toBeUndefined();
    expect(groupsOnly.data!.activitiesAggregate.groups).toEqual(both.data!.activitiesAggregate.groups);
    const statement = t().statements.join("\n");
    expect(statement).not.toMatch(/grouping sets/);
    expect(statement).toMatch(/sum\(/);
    expect(statement).not.toMatch(/avg\(|min\(/);
  });
});
