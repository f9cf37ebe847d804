import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

it("creates a model station with deputies and a room under it; rooms and parent link both ways", async () => {
  await t().sql`insert into districts (id, code, name, level) values (1, '520502', '七星关区', 'county')`;
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 3) i`;
  const s = await t().gql(
    `mutation ($i: CreateStationInput!) { createStation(input: $i) { id isModel modelYear district { name } deputies { role deputy { name } } } }`,
    {
      i: {
        name: "碧阳街道人大代表联络站",
        kind: "STATION",
        districtId: "1",
        isModel: true,
        modelYear: 2024,
        openedOn: "2019-03-01",
        deputies: [{ deputyId: "1", role: "HEAD", fromDate: "2022-01-01" }, { deputyId: "2" }],
      },
    },
  );
  expect(s.errors).toBeUndefined();
  const station = s.data!.createStation;
  expect(station.deputies.map((d: { role: string }) => d.role)).toEqual(["HEAD", "MEMBER"]);
  const r = await t().gql(`mutation ($p: ID!) { createStation(input: { name: "桂花社区联络室", kind: ROOM, parentId: $p }) { parent { name } } }`, { p: station.id });
  expect(r.data!.createStation.parent.name).toBe("碧阳街道人大代表联络站");
  const rooms = await t().gql(`query ($id: ID!) { station(id: $id) { rooms { name } } }`, { id: station.id });
  expect(rooms.data!.station.rooms).toEqual([{ name: "桂花社区联络室" }]);
  const models = await t().gql(`{ stations(filter: { isModel: { eq: true }, kind: { eq: STATION }, modelYear: { lte: 2024 } }) { totalCount } }`);
  expect(models.data!.stations.totalCount).toBe(1);
  const withDeputy = await t().gql(`{ stations(filter: { deputy: { deputyId: { eq: "2" } } }) { nodes { name } } }`);
  expect(withDeputy.data!.stations.nodes).toEqual([{ name: "碧阳街道人大代表联络站" }]);
  // a station with rooms cannot go while they point at it
  expect((await t().gql(`mutation ($id: ID!) { deleteStation(id: $id) { id } }`, { id: station.id })).errors![0]!.extensions!.code).toBe("CONFLICT");
});

it("refuses a parent for a station that is not a room, and a model year without the model flag", async () => {
  await t().sql`insert into stations (id, name, kind) values (1, '联络站', 'station')`;
  const r = await t().gql(`mutation { createStation(input: { name: "x", kind: ONLINE, parentId: "1", modelYear: 2024 }) { id } }`);
  const fields = r.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field);
  expect(fields).toEqual(["input.parentId", "input.modelYear"]);
});
