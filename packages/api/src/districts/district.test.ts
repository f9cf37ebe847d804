import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

it("creates a county and its townships, lists them by parent, renames and deletes", async () => {
  const c = await t().gql(`mutation { createDistrict(input: { code: "520521", name: "大方县", level: COUNTY }) { id } }`);
  const county = c.data!.createDistrict.id;
  for (const [code, name] of [["520521100", "羊场镇"], ["520521101", "猫场镇"]]) {
    const r = await t().gql(`mutation ($i: CreateDistrictInput!) { createDistrict(input: $i) { id parent { name } } }`, {
      i: { code, name, level: "TOWNSHIP", parentId: county },
    });
    expect(r.data!.createDistrict.parent.name).toBe("大方县");
  }
  const list = await t().gql(`query ($p: ID!) { districts(filter: { parentId: { eq: $p } }, orderBy: [CODE_DESC]) { totalCount nodes { name } } }`, { p: county });
  expect(list.data!.districts).toEqual({ totalCount: 2, nodes: [{ name: "猫场镇" }, { name: "羊场镇" }] });
  const kids = await t().gql(`query ($id: ID!) { district(id: $id) { children { name } } }`, { id: county });
  expect(kids.data!.district.children).toHaveLength(2);
  const u = await t().gql(`mutation ($id: ID!) { updateDistrict(id: $id, input: { name: "大方县（改）", version: 1 }) { name code } }`, { id: county });
  expect(u.data!.updateDistrict).toEqual({ name: "大方县（改）", code: "520521" });
  expect((await t().gql(`mutation ($id: ID!) { deleteDistrict(id: $id) { id } }`, { id: county })).errors![0]!.extensions!.code).toBe("CONFLICT");
  const townships = list.data!.districts.nodes.length;
  expect(townships).toBe(2);
});

it("refuses a township without its county and a malformed code", async () => {
  const r = await t().gql(`mutation { createDistrict(input: { code: "52052110", name: "羊场镇", level: TOWNSHIP }) { id } }`);
  const fields = r.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field);
  expect(fields).toEqual(expect.arrayContaining(["input.code", "input.parentId"]));
});
