import { beforeEach, expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

const CREATE = `mutation ($i: CreateReceptionInput!) { createReception(input: $i) {
  id version date districtId district { name } station { name }
  deputies { deputy { name } } opinions(orderBy: ID_ASC) { id raisedOn content status }
} }`;

beforeEach(async () => {
  await t().sql`insert into districts (id, code, name, level) values (1, '520502', '七星关区', 'county'), (2, '520521', '大方县', 'county')`;
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 3) i`;
  await t().sql`insert into stations (id, name, kind, district_id) values (1, '碧阳街道联络站', 'station', 1), (2, '大方联络站', 'station', 2)`;
});

const counts = async () => {
  const [c] = await t().sql`select (select count(*)::int from receptions) r, (select count(*)::int from reception_deputies) d, (select count(*)::int from opinions) o`;
  return c;
};

it("records a reception with its deputies and opinions in one write; the opinions are raised on its date unless told", async () => {
  const r = await t().gql(CREATE, {
    i: {
      date: "2024-05-10",
      way: "IN_PERSON",
      stationId: "1",
      constituentsCount: 12,
      subject: "城区停车难",
      deputies: [{ deputyId: "1" }, { deputyId: "2" }],
      opinions: [
        { content: "小区周边停车位不足", category: "URBAN_CONSTRUCTION_ENVIRONMENT", constituentName: "张三", constituentPhone: "13800001111" },
        { content: "学校门口交通拥堵", category: "URBAN_CONSTRUCTION_ENVIRONMENT", raisedOn: "2024-05-11" },
      ],
    },
  });
  expect(r.errors).toBeUndefined();
  const rec = r.data!.createReception;
  expect(rec).toMatchObject({ version: 1, districtId: "1", district: { name: "七星关区" }, station: { name: "碧阳街道联络站" } });
  expect(rec.deputies.map((d: { deputy: { name: string } }) => d.deputy.name)).toEqual(["代表1", "代表2"]);
  expect(rec.opinions.map((o: { raisedOn: string; status: string }) => [o.raisedOn, o.status])).toEqual([["2024-05-10", "OPEN"], ["2024-05-11", "OPEN"]]);

  const s = await t().gql(`{ station(id: "1") { receptions { subject opinions(orderBy: ID_ASC) { content } } } deputy(id: "2") { receptions { reception { date } } } }`);
  expect(s.data!.station.receptions).toEqual([{ subject: "城区停车难", opinions: [{ content: "小区周边停车位不足" }, { content: "学校门口交通拥堵" }] }]);
  expect(s.data!.deputy.receptions).toEqual([{ reception: { date: "2024-05-10" } }]);

  const f = await t().gql(`{
    year: receptions(filter: { date: { gte: "2024-01-01", lte: "2024-12-31" }, way: { eq: IN_PERSON } }) { totalCount }
    byDeputy: receptions(filter: { deputy: { deputyId: { eq: "2" } } }) { totalCount }
    byOther: receptions(filter: { deputy: { deputyId: { eq: "3" } } }) { totalCount }
    byStationDistrict: receptions(filter: { station: { districtId: { eq: "1" } } }) { totalCount }
    byStation: receptions(filter: { stationId: { eq: "2" } }) { totalCount }
    search: receptions(filter: { q: "停车" }) { totalCount }
    children: receptionDeputies(filter: { reception: { stationId: { eq: "1" } } }) { totalCount }
  }`);
  expect(f.data).toEqual({
    year: { totalCount: 1 }, byDeputy: { totalCount: 1 }, byOther: { totalCount: 0 }, byStationDistrict: { totalCount: 1 },
    byStation: { totalCount: 0 }, search: { totalCount: 1 }, children: { totalCount: 2 },
  });
});

it("an update replaces the deputies (by deputy) and the opinions (by id), with the version read", async () => {
  const c = (await t().gql(CREATE, {
    i: {
      date: "2024-05-10", way: "IN_PERSON", stationId: "1",
      deputies: [{ deputyId: "1" }, { deputyId: "2" }],
      opinions: [{ content: "意见甲", category: "SOCIAL_DEVELOPMENT" }, { content: "意见乙", category: "SOCIAL_DEVELOPMENT" }],
    },
  })).data!.createReception;
  const [first, second] = c.opinions;
  const u = await t().gql(
    `mutation ($id: ID!, $i: UpdateReceptionInput!) { updateReception(id: $id, input: $i) { version deputies { deputyId } opinions(orderBy: ID_ASC) { id content raisedOn } } }`,
    {
      id: c.id,
      i: {
        version: 1,
        date: "2024-05-12",
        deputies: [{ deputyId: "2" }, { deputyId: "3" }],
        opinions: [{ id: first.id, content: "意见甲(修改)", category: "SOCIAL_DEVELOPMENT", status: "OPEN" }, { content: "意见丙", category: "EDUCATION_SCIENCE_CULTURE_HEALTH" }],
      },
    },
  );
  expect(u.errors).toBeUndefined();
  const up = u.data!.updateReception;
  expect(up.version).toBe(2);
  expect(up.deputies.map((d: { deputyId: string }) => d.deputyId).sort()).toEqual(["2", "3"]);
  expect(up.opinions[0]).toEqual({ id: first.id, content: "意见甲(修改)", raisedOn: "2024-05-10" });
  expect(up.opinions[1]).toMatchObject({ content: "意见丙", raisedOn: "2024-05-12" });
  expect(up.opinions.some((o: { id: string }) => o.id === second.id)).toBe(false);
  // the deputy kept is the same row
  const [kept] = await t().sql`select count(*)::int n from reception_deputies where deputy_id = 2 and created_at < now()`;
  expect(kept!.n).toBe(1);

  const stale = await t().gql(`mutation ($id: ID!) { updateReception(id: $id, input: { version: 1, subject: "x" }) { id } }`, { id: c.id });
  expect(stale.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
  const foreign = await t().gql(`mutation ($id: ID!) { updateReception(id: $id, input: { version: 2, opinions: [{ id: "999", content: "x", category: SOCIAL_DEVELOPMENT }] }) { id } }`, { id: c.id });
  expect(foreign.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.opinions.0.id" });

  const d = await t().gql(`mutation ($id: ID!) { deleteReception(id: $id) { id } }`, { id: c.id });
  expect(d.errors).toBeUndefined();
  expect(await counts()).toEqual({ r: 0, d: 0, o: 0 });
});

it("refuses bad input naming the field, and writes nothing", async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ date: "2024-05-10", way: "IN_PERSON" }, "input.stationId"],
    [{ date: "2024-05-10", way: "VISIT", constituentsCount: -1 }, "input.constituentsCount"],
    [{ date: "2024-05-10", way: "VISIT", stationId: "99" }, "input.stationId"],
    [{ date: "2024-05-10", way: "VISIT", deputies: [{ deputyId: "1" }, { deputyId: "1" }] }, "input.deputies.1.deputyId"],
    [{ date: "2024-05-10", way: "VISIT", deputies: [{ deputyId: "99" }] }, "input.deputies.0.deputyId"],
    [{ date: "2024-05-10", way: "VISIT", opinions: [{ content: "x", category: "SOCIAL_DEVELOPMENT", status: "FORWARDED" }] }, "input.opinions.0.unitId"],
    [{ date: "2024-05-10", way: "VISIT", opinions: [{ content: "x", category: "SOCIAL_DEVELOPMENT", resolvedOn: "2024-05-11" }] }, "input.opinions.0.resolvedOn"],
    [{ date: "2024-05-10", way: "VISIT", opinions: [{ content: "x", category: "SOCIAL_DEVELOPMENT", status: "CLOSED", closeReason: "重复", resolvedOn: "2024-05-01" }] }, "input.opinions.0.resolvedOn"],
    [{ date: "2024-05-10", way: "VISIT", opinions: [{ content: "x", category: "SOCIAL_DEVELOPMENT", constituentPhone: "12345" }] }, "input.opinions.0.constituentPhone"],
    [{ date: "2024-05-10", way: "VISIT", opinions: [{ content: "  ", category: "SOCIAL_DEVELOPMENT" }] }, "input.opinions.0.content"],
  ];
  for (const [i, field] of cases) {
    const r = await t().gql(CREATE, { i });
    expect(r.errors?.[0]?.extensions, JSON.stringify(i)).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(r.errors![0]!.message).not.toContain("12345");
  }
  expect(await counts()).toEqual({ r: 0, d: 0, o: 0 });
});

it("aggregates receptions and person-times as counted here by plain SQL", async () => {
  const recs = [
    { id: 1, date: "2024-01-15", way: "in_person", station: 1, district: 1, n: 10 },
    { id: 2, date: "2024-01-20", way: "online", station: 2, district: 2, n: 3 },
    { id: 3, date: "2024-03-02", way: "in_person", station: 1, district: 1, n: 0 },
    { id: 4, date: "2024-03-09", way: "visit", station: null, district: null, n: 7 },
    { id: 5, date: "2023-12-30", way: "in_person", station: 2, district: 2, n: 5 },
  ];
  for (const r of recs) {
    await t().sql`insert into receptions (id, date, way, station_id, district_id, constituents_count) values (${r.id}, ${r.date}, ${r.way}, ${r.station}, ${r.district}, ${r.n})`;
  }
  await t().sql`insert into reception_deputies (reception_id, deputy_id) values (1, 1), (1, 2), (2, 1), (3, 3), (4, 1), (4, 2), (5, 3)`;
  const r = await t().gql(`{
    byWay: receptionsAggregate(filter: { date: { gte: "2024-01-01" } }, groupBy: [WAY]) { total { count sum { constituentsCount } } groups { key { way } count sum { constituentsCount } } }
    byMonthDistrict: receptionsAggregate(groupBy: [DATE_MONTH, DISTRICT_ID]) { groups { key { dateMonth districtId } count } }
    byStation: receptionsAggregate(groupBy: [STATION_ID]) { groups { key { stationId station { name } } count } }
    personTimes: receptionDeputiesAggregate(groupBy: [DEPUTY_ID, RECEPTION_DATE_YEAR]) { total { count countDistinct(field: DEPUTY_ID) } groups { key { deputyId receptionDateYear } count } }
  }`);
  expect(r.errors).toBeUndefined();
  const sqlRows = async (q: Promise<Record<string, unknown>[]>) => (await q).map((x) => ({ ...x }));
  const byWay = await sqlRows(t().sql`select upper(way::text) way, count(*)::int count, sum(constituents_count)::float s from receptions where date >= '2024-01-01' group by way order by way`);
  expect(r.data!.byWay.total).toEqual({ count: 4, sum: { constituentsCount: 20 } });
  expect(r.data!.byWay.groups).toEqual(byWay.map((x) => ({ key: { way: x.way }, count: x.count, sum: { constituentsCount: x.s } })));
  const byMonth = await sqlRows(t().sql`select to_char(date, 'YYYY-MM') m, district_id::text d, count(*)::int n from receptions group by 1, 2 order by 1, 2 nulls last`);
  expect(r.data!.byMonthDistrict.groups).toEqual(byMonth.map((x) => ({ key: { dateMonth: x.m, districtId: x.d }, count: x.n })));
  const byStation = await sqlRows(t().sql`select r.station_id::text s, s.name, count(*)::int n from receptions r left join stations s on s.id = r.station_id group by r.station_id, s.name order by r.station_id nulls last`);
  expect(r.data!.byStation.groups).toEqual(byStation.map((x) => ({ key: { stationId: x.s, station: x.s ? { name: x.name } : null }, count: x.n })));
  const pt = await sqlRows(t().sql`select rd.deputy_id::text d, extract(year from r.date)::int y, count(*)::int n from reception_deputies rd join receptions r on r.id = rd.reception_id group by rd.deputy_id, 2 order by rd.deputy_id, 2`);
  expect(r.data!.personTimes.total).toEqual({ count: 7, countDistinct: 3 });
  expect(r.data!.personTimes.groups).toEqual(pt.map((x) => ({ key: { deputyId: x.d, receptionDateYear: x.y }, count: x.n })));
});
