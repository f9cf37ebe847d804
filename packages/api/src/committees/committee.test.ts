import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();
const count = async (table: string) => (await t().sql.unsafe(`select count(*)::int as n from ${table}`))[0]!.n as number;

it("creates, updates with the version read and deletes a committee; a stale version is a conflict", async () => {
  const c = await t().gql(`mutation { createCommittee(input: { name: "法制委员会" }) { id name kind version } }`);
  expect(c.errors).toBeUndefined();
  const { id } = c.data!.createCommittee;
  expect(c.data!.createCommittee).toMatchObject({ name: "法制委员会", kind: "SPECIAL_COMMITTEE", version: 1 });
  const u = await t().gql(`mutation ($id: ID!) { updateCommittee(id: $id, input: { kind: WORKING_BODY, version: 1 }) { kind version } }`, { id });
  expect(u.data!.updateCommittee).toEqual({ kind: "WORKING_BODY", version: 2 });
  const stale = await t().gql(`mutation ($id: ID!) { updateCommittee(id: $id, input: { name: "x", version: 1 }) { id } }`, { id });
  expect(stale.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", field: "input.version" });
  const list = await t().gql(`{ committees(filter: { kind: { eq: WORKING_BODY }, q: "法制" }) { totalCount nodes { name } } }`);
  expect(list.data!.committees).toEqual({ totalCount: 1, nodes: [{ name: "法制委员会" }] });
  const d = await t().gql(`mutation ($id: ID!) { deleteCommittee(id: $id) { name } }`, { id });
  expect(d.data!.deleteCommittee.name).toBe("法制委员会");
  expect(await count("committees")).toBe(0);
});

it("refuses an empty or too long name, naming the field, and writes nothing", async () => {
  for (const name of ["  ", "委".repeat(101)]) {
    const r = await t().gql(`mutation ($n: String!) { createCommittee(input: { name: $n }) { id } }`, { n: name });
    expect(r.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.name" });
  }
  expect(await count("committees")).toBe(0);
});

it("lists its measures and contacts; one that is referenced cannot be deleted", async () => {
  await t().sql`insert into committees (id, name) values (1, '监察和司法委员会'), (2, '财政经济委员会')`;
  await t().sql`insert into measures (year, number, area, title, committee_id) values (2024, 1, 'supervision', '举措一', 1), (2024, 2, 'legislation', '举措二', 2)`;
  await t().sql`insert into contacts (date, by, committee_id, way) values ('2024-05-01', 'committee', 1, 'visit')`;
  const r = await t().gql(`{ committee(id: "1") { measures { title committee { name } } contacts { way committee { name } } } }`);
  expect(r.data!.committee).toEqual({
    measures: [{ title: "举措一", committee: { name: "监察和司法委员会" } }],
    contacts: [{ way: "VISIT", committee: { name: "监察和司法委员会" } }],
  });
  const d = await t().gql(`mutation { deleteCommittee(id: "1") { id } }`);
  expect(d.errors![0]!.extensions!.code).toBe("CONFLICT");
  expect(await count("committees")).toBe(2);
});
