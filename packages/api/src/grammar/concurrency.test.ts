// No lost updates: two clerks save the same record from the same version at the same time.
import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

it("lets exactly one of two concurrent edits of one version win; the other gets CONFLICT", async () => {
  const id = (await t().gql(`mutation { createStation(input: { name: "联络站", kind: STATION }) { id } }`)).data!.createStation.id;
  for (let round = 1; round <= 5; round++) {
    const version = (await t().gql(`query ($id: ID!) { station(id: $id) { version } }`, { id })).data!.station.version;
    const save = (name: string, as: "admin" | "editor") =>
      t().gql(`mutation ($id: ID!, $i: UpdateStationInput!) { updateStation(id: $id, input: $i) { name version } }`, { id, i: { name, version } }, { as });
    const [a, b] = await Promise.all([save(`甲${round}`, "editor"), save(`乙${round}`, "admin")]);
    const won = [a, b].filter((r) => !r.errors);
    const lost = [a, b].filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", currentVersion: version + 1 });
    const now = (await t().gql(`query ($id: ID!) { station(id: $id) { name version } }`, { id })).data!.station;
    expect(now).toEqual(won[0]!.data!.updateStation);
  }
});
