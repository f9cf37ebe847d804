import { describe, expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

const CREATE = /* GraphQL */ `
  mutation ($input: CreateDeputyInput!) {
    createDeputy(input: $input) {
      id name gender ethnicity birthDate phone idCard version
      mandates { id level congressTerm startDate endDate district { name } }
    }
  }
`;

async function district(code = "520502", name = "七星关区") {
  const r = await t().gql(`mutation ($i: CreateDistrictInput!) { createDistrict(input: $i) { id } }`, {
    i: { code, name, level: "COUNTY" },
  });
  return r.data!.createDistrict.id as string;
}

describe("deputies", () => {
  it("creates a deputy with mandates, reads it back, updates it partially and deletes it", async () => {
    const districtId = await district();
    const created = await t().gql(CREATE, {
      input: {
        name: " 张三 ",
        gender: "MALE",
        ethnicity: "彝族",
        birthDate: "1975-03-02",
        phone: "13812345678",
        idCard: "11010519491231002X",
        mandates: [
          { level: "CITY", congressTerm: 3, districtId, startDate: "2021-09-01" },
          { level: "COUNTY", congressTerm: 19, districtId, startDate: "2021-06-01" },
        ],
      },
    });
    expect(created.errors).toBeUndefined();
    const d = created.data!.createDeputy;
    expect(d).toMatchObject({ name: "张三", gender: "MALE", ethnicity: "彝族", phone: "13812345678", idCard: "11010519491231002X", version: 1 });
    expect(d.mandates.map((m: any) => m.level)).toEqual(["COUNTY", "CITY"]);
    expect(d.mandates[0].district.name).toBe("七星关区");

    // the plain ID-card number is not stored
    const [raw] = await t().sql`select id_card_cipher, id_card_last4, id_card_hash from deputies where id = ${Number(d.id)}`;
    expect(raw!.id_card_cipher).not.toContain("11010519491231002X");
    expect(raw!.id_card_last4).toBe("002X");

    const updated = await t().gql(
      `mutation ($id: ID!, $input: UpdateDeputyInput!) { updateDeputy(id: $id, input: $input) { name ethnicity version mandates { level } } }`,
      { id: d.id, input: { ethnicity: "苗族", version: 1 } },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateDeputy).toMatchObject({ name: "张三", ethnicity: "苗族", version: 2 });
    expect(updated.data!.updateDeputy.mandates).toHaveLength(2);

    const one = await t().gql(`query ($id: ID!) { deputy(id: $id) { name } }`, { id: d.id });
    expect(one.data!.deputy.name).toBe("张三");

    const del = await t().gql(`mutation ($id: ID!) { deleteDeputy(id: $id) { id name } }`, { id: d.id });
    expect(del.data!.deleteDeputy.name).toBe("张三");
    const gone = await t().gql(`query ($id: ID!) { deputy(id: $id) { name } }`, { id: d.id });
    expect(gone.data!.deputy).toBeNull();
    const [{ n }] = await t().sql`select count(*)::int as n from deputy_mandates`;
    expect(n).toBe(0);
  });

  it("masks phone and ID card for callers without access to personal data", async () => {
    const c = await t().gql(CREATE, { input: { name: "李四", gender: "FEMALE", phone: "13987654321", idCard: "11010519491231002X" } });
    const r = await t().gql(`query ($id: ID!) { deputy(id: $id) { phone idCard } }`, { id: c.data!.createDeputy.id }, { as: "viewer" });
    expect(r.data!.deputy).toEqual({ phone: "139****4321", idCard: "**************002X" });
  });

  it("replaces mandates: keeps those given by id, adds new ones, removes the rest", async () => {
    const c = await t().gql(CREATE, {
      input: {
        name: "王五",
        gender: "MALE",
        mandates: [
          { level: "CITY", congressTerm: 3, startDate: "2021-09-01" },
          { level: "TOWNSHIP", congressTerm: 18, startDate: "2021-06-01" },
        ],
      },
    });
    const d = c.data!.createDeputy;
    const city = d.mandates.find((m: any) => m.level === "CITY");
    const u = await t().gql(
      `mutation ($id: ID!, $input: UpdateDeputyInput!) { updateDeputy(id: $id, input: $input) { mandates { id level endDate } } }`,
      {
        id: d.id,
        input: {
          version: 1,
          mandates: [
            { id: city.id, level: "CITY", congressTerm: 3, startDate: "2021-09-01", endDate: "2024-12-31", endReason: "RESIGNED" },
            { level: "PROVINCIAL", congressTerm: 14, startDate: "2023-01-15" },
          ],
        },
      },
    );
    expect(u.errors).toBeUndefined();
    const ms = u.data!.updateDeputy.mandates;
    expect(ms.map((m: any) => m.level).sort()).toEqual(["CITY", "PROVINCIAL"]);
    expect(ms.find((m: any) => m.level === "CITY")).toMatchObject({ id: city.id, endDate: "2024-12-31" });
  });
});
