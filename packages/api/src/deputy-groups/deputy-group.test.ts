import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();
const count = async (table: string) => (await t().sql.unsafe(`select count(*)::int as n from ${table}`))[0]!.n as number;

const seed = async () => {
  await t().sql`insert into districts (id, code, name, level) values (1, '520502', '七星关区', 'county'), (2, '520521', '大方县', 'county')`;
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 4) i`;
};

it("creates a district group with members, replaces the members matched by deputy, and links both ways", async () => {
  await seed();
  const c = await t().gql(
    `mutation ($i: CreateDeputyGroupInput!) { createDeputyGroup(input: $i) { id kind version district { name } members { id role deputy { name } } } }`,
    { i: { name: "七星关区代表小组", kind: "DISTRICT", districtId: "1", members: [{ deputyId: "1", role: "LEADER" }, { deputyId: "2" }] } },
  );
  expect(c.errors).toBeUndefined();
  const g = c.data!.createDeputyGroup;
  expect(g.district.name).toBe("七星关区");
  expect(g.members.map((m: { role: string; deputy: { name: string } }) => [m.deputy.name, m.role])).toEqual([["代表1", "LEADER"], ["代表2", "MEMBER"]]);
  const kept = g.members[0].id;
  // deputy 1 stays (same row, now a member), deputy 2 goes, deputy 3 joins
  const u = await t().gql(
    `mutation ($id: ID!) { updateDeputyGroup(id: $id, input: { version: 1, members: [{ deputyId: "3", role: LEADER }, { deputyId: "1", role: MEMBER }] }) { version members { id deputyId role } } }`,
    { id: g.id },
  );
  expect(u.errors).toBeUndefined();
  expect(u.data!.updateDeputyGroup.version).toBe(2);
  const members = u.data!.updateDeputyGroup.members as { id: string; deputyId: string; role: string }[];
  expect(members.find((m) => m.deputyId === "1")).toEqual({ id: kept, deputyId: "1", role: "MEMBER" });
  expect(members.map((m) => m.deputyId).sort()).toEqual(["1", "3"]);
  const stale = await t().gql(`mutation ($id: ID!) { updateDeputyGroup(id: $id, input: { name: "x", version: 1 }) { id } }`, { id: g.id });
  expect(stale.errors![0]!.extensions!.code).toBe("CONFLICT");
  // the deputy's side, the root child list, the filters
  const d = await t().gql(`{ deputy(id: "3") { groups { role group { name } } } }`);
  expect(d.data!.deputy.groups).toEqual([{ role: "LEADER", group: { name: "七星关区代表小组" } }]);
  const lists = await t().gql(`{
    deputyGroups(filter: { member: { deputyId: { eq: "3" } }, districtId: { eq: "1" }, kind: { eq: DISTRICT } }) { totalCount }
    noOne: deputyGroups(filter: { member: { deputyId: { eq: "2" } } }) { totalCount }
    deputyGroupMembers(filter: { group: { kind: { eq: DISTRICT } } }) { totalCount }
    deputyGroupMembersAggregate(groupBy: [GROUP_DISTRICT_ID, ROLE]) { groups { key { groupDistrict { name } role } count } }
  }`);
  expect(lists.errors).toBeUndefined();
  expect(lists.data!.deputyGroups.totalCount).toBe(1);
  expect(lists.data!.noOne.totalCount).toBe(0);
  expect(lists.data!.deputyGroupMembers.totalCount).toBe(2);
  expect(lists.data!.deputyGroupMembersAggregate.groups).toHaveLength(2);
  // activities the group held
  await t().sql`insert into activities (area, kind, title, date, group_id) values ('contact', 'forum', '小组活动', '2024-03-01', ${g.id})`;
  const acts = await t().gql(`query ($id: ID!) { deputyGroup(id: $id) { activities { title group { name } } } activities(filter: { groupId: { eq: $id } }) { totalCount } }`, { id: g.id });
  expect(acts.data!.deputyGroup.activities).toEqual([{ title: "小组活动", group: { name: "七星关区代表小组" } }]);
  expect(acts.data!.activities.totalCount).toBe(1);
  // removing the group with its activity still pointing at it is refused; members go with the group otherwise
  expect((await t().gql(`mutation ($id: ID!) { deleteDeputyGroup(id: $id) { id } }`, { id: g.id })).errors![0]!.extensions!.code).toBe("CONFLICT");
  await t().sql`delete from activities`;
  expect((await t().gql(`mutation ($id: ID!) { deleteDeputyGroup(id: $id) { id } }`, { id: g.id })).errors).toBeUndefined();
  expect(await count("deputy_group_members")).toBe(0);
});

it("requires a district for a district group and a sector for a sector group, and only those, naming the field; writes nothing", async () => {
  await seed();
  const cases: [Record<string, unknown>, string][] = [
    [{ kind: "DISTRICT" }, "input.districtId"],
    [{ kind: "DISTRICT", districtId: "1", sector: "FARMER" }, "input.sector"],
    [{ kind: "SECTOR" }, "input.sector"],
    [{ kind: "SECTOR", sector: "FARMER", districtId: "1" }, "input.districtId"],
    [{ kind: "SECTOR", sector: "FARMER", name: "名".repeat(101) }, "input.name"],
  ];
  for (const [bad, field] of cases) {
    const r = await t().gql(`mutation ($i: CreateDeputyGroupInput!) { createDeputyGroup(input: $i) { id } }`, {
      i: { name: "小组", members: [{ deputyId: "1" }], ...bad },
    });
    expect(r.errors![0]!.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
  }
  // a member given twice, and a deputy that does not exist
  const twice = await t().gql(`mutation { createDeputyGroup(input: { name: "小组", kind: DISTRICT, districtId: "1", members: [{ deputyId: "1" }, { deputyId: "1" }] }) { id } }`);
  expect(twice.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.members.1.deputyId" });
  const missing = await t().gql(`mutation { createDeputyGroup(input: { name: "小组", kind: DISTRICT, districtId: "1", members: [{ deputyId: "1" }, { deputyId: "99" }] }) { id } }`);
  expect(missing.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.members.1.deputyId" });
  expect(await count("deputy_groups")).toBe(0);
  expect(await count("deputy_group_members")).toBe(0);
  // a change of kind must bring its own detail and drop the other's
  await t().sql`insert into deputy_groups (id, name, kind, district_id) values (1, '小组', 'district', 1)`;
  const u = await t().gql(`mutation { updateDeputyGroup(id: "1", input: { kind: SECTOR, sector: FARMER, version: 1 }) { id } }`);
  expect(u.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.districtId" });
  const ok = await t().gql(`mutation { updateDeputyGroup(id: "1", input: { kind: SECTOR, sector: FARMER, districtId: null, version: 1 }) { kind sector district { name } } }`);
  expect(ok.data!.updateDeputyGroup).toEqual({ kind: "SECTOR", sector: "FARMER", district: null });
});
