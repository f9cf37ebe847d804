import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

it("creates an activity with participants and counts person-times per deputy", async () => {
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 3) i`;
  await t().sql`insert into stations (id, name, kind) values (1, '联络站', 'station')`;
  const c = await t().gql(
    `mutation ($i: CreateActivityInput!) { createActivity(input: $i) { id area kind station { name } participations { role deputy { name } } } }`,
    {
      i: {
        area: "LEGISLATION",
        kind: "LEGISLATIVE_RESEARCH",
        title: "《毕节市物业管理条例》立法调研",
        date: "2024-04-18",
        stationId: "1",
        suggestionsCount: 6,
        participations: [{ deputyId: "1", role: "LEADER" }, { deputyId: "2" }],
      },
    },
  );
  expect(c.errors).toBeUndefined();
  expect(c.data!.createActivity.participations).toHaveLength(2);
  const year = await t().gql(`{ activities(filter: { date: { gte: "2024-01-01", lte: "2024-12-31" }, area: { eq: LEGISLATION } }) { totalCount nodes { suggestionsCount } } }`);
  expect(year.data!.activities).toEqual({ totalCount: 1, nodes: [{ suggestionsCount: 6 }] });
  const d = await t().gql(`{ deputy(id: "1") { activities { role activity { title } } } }`);
  expect(d.data!.deputy.activities[0].role).toBe("LEADER");
  const s = await t().gql(`{ station(id: "1") { activities { title } } }`);
  expect(s.data!.station.activities).toHaveLength(1);
  const bad = await t().gql(`mutation { createActivity(input: { area: OTHER, kind: FORUM, title: "座谈会", date: "2024-01-01", suggestionsCount: -1 }) { id } }`);
  expect(bad.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.suggestionsCount" });
});
