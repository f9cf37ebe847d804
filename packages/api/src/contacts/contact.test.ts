import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();
const count = async (table: string) => (await t().sql.unsafe(`select count(*)::int as n from ${table}`))[0]!.n as number;

const seed = async () => {
  await t().sql`insert into committees (id, name) values (1, '农业农村委员会')`;
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, 'female' from generate_series(1, 3) i`;
};

it("records a committee's contact with deputies, replaces them, and links both ways", async () => {
  await seed();
  const c = await t().gql(
    `mutation ($i: CreateContactInput!) { createContact(input: $i) { id by way version committee { name } deputies { deputy { name } } } }`,
    { i: { date: "2024-04-10", by: "COMMITTEE", committeeId: "1", way: "VISIT", deputies: [{ deputyId: "1" }, { deputyId: "2" }] } },
  );
  expect(c.errors).toBeUndefined();
  const contact = c.data!.createContact;
  expect(contact).toMatchObject({ by: "COMMITTEE", way: "VISIT", version: 1, committee: { name: "农业农村委员会" } });
  expect(contact.deputies).toHaveLength(2);
  const u = await t().gql(`mutation ($id: ID!) { updateContact(id: $id, input: { way: PHONE, version: 1, deputies: [{ deputyId: "2" }, { deputyId: "3" }] }) { way version deputies { deputyId } } }`, { id: contact.id });
  expect(u.data!.updateContact.version).toBe(2);
  expect(u.data!.updateContact.deputies.map((d: { deputyId: string }) => d.deputyId).sort()).toEqual(["2", "3"]);
  const stale = await t().gql(`mutation ($id: ID!) { updateContact(id: $id, input: { way: LETTER, version: 1 }) { id } }`, { id: contact.id });
  expect(stale.errors![0]!.extensions!.code).toBe("CONFLICT");
  const d = await t().gql(`{ deputy(id: "3") { contacts { contact { way committee { name } } } } }`);
  expect(d.data!.deputy.contacts).toEqual([{ contact: { way: "PHONE", committee: { name: "农业农村委员会" } } }]);
  const lists = await t().gql(`{
    contacts(filter: { deputy: { deputyId: { eq: "3" } }, committeeId: { eq: "1" }, date: { gte: "2024-04-01", lte: "2024-04-30" } }) { totalCount }
    old: contacts(filter: { deputy: { deputyId: { eq: "1" } } }) { totalCount }
    contactDeputies(filter: { contact: { by: { eq: COMMITTEE } } }) { totalCount }
    contactDeputiesAggregate(groupBy: [CONTACT_DATE_MONTH, CONTACT_COMMITTEE_ID]) { groups { key { contactDateMonth contactCommittee { name } } count } }
    contactsAggregate(groupBy: [WAY]) { groups { key { way } count } }
  }`);
  expect(lists.errors).toBeUndefined();
  expect(lists.data).toMatchObject({ contacts: { totalCount: 1 }, old: { totalCount: 0 }, contactDeputies: { totalCount: 2 } });
  expect(lists.data!.contactDeputiesAggregate.groups).toEqual([{ key: { contactDateMonth: "2024-04", contactCommittee: { name: "农业农村委员会" } }, count: 2 }]);
  expect(lists.data!.contactsAggregate.groups).toEqual([{ key: { way: "PHONE" }, count: 1 }]);
  expect((await t().gql(`mutation ($id: ID!) { deleteContact(id: $id) { id } }`, { id: contact.id })).errors).toBeUndefined();
  expect([await count("contacts"), await count("contact_deputies")]).toEqual([0, 0]);
});

it("names the member for a member's contact and the committee for a committee's, and only that; writes nothing otherwise", async () => {
  await seed();
  const cases: [Record<string, unknown>, string][] = [
    [{ by: "MEMBER" }, "input.memberName"],
    [{ by: "MEMBER", memberName: "  " }, "input.memberName"],
    [{ by: "MEMBER", memberName: "张".repeat(51) }, "input.memberName"],
    [{ by: "MEMBER", memberName: "张三", committeeId: "1" }, "input.committeeId"],
    [{ by: "COMMITTEE" }, "input.committeeId"],
    [{ by: "COMMITTEE", committeeId: "1", memberName: "张三" }, "input.memberName"],
  ];
  for (const [bad, field] of cases) {
    const r = await t().gql(`mutation ($i: CreateContactInput!) { createContact(input: $i) { id } }`, {
      i: { date: "2024-04-10", way: "FORUM", deputies: [{ deputyId: "1" }], ...bad },
    });
    expect(r.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
  }
  expect([await count("contacts"), await count("contact_deputies")]).toEqual([0, 0]);
  const ok = await t().gql(`mutation { createContact(input: { date: "2024-04-10", by: MEMBER, memberName: "张三", way: ONLINE }) { memberName committee { name } } }`);
  expect(ok.data!.createContact).toEqual({ memberName: "张三", committee: null });
});

it("records the opinions the deputies gave in a contact: on its date unless told, open, with the same course as a reception's", async () => {
  await seed();
  await t().sql`insert into handling_units (id, name, kind) values (1, '市农业农村局', 'government_department')`;
  const c = await t().gql(
    `mutation ($i: CreateContactInput!) { createContact(input: $i) { id opinions { id raisedOn status deputy { name } content } } }`,
    {
      i: {
        date: "2024-04-10", by: "MEMBER", memberName: "王建国", way: "VISIT", deputies: [{ deputyId: "1" }, { deputyId: "2" }],
        opinions: [{ content: "灌溉水渠渗漏", category: "AGRICULTURE_RURAL", deputyId: "1" }, { content: "村医不足", category: "SOCIAL_DEVELOPMENT", raisedOn: "2024-04-11" }],
      },
    },
  );
  expect(c.errors).toBeUndefined();
  const contact = c.data!.createContact;
  expect(contact.opinions.map((o: any) => [o.content, o.raisedOn, o.status, o.deputy?.name ?? null]).sort()).toEqual([
    ["村医不足", "2024-04-11", "OPEN", null],
    ["灌溉水渠渗漏", "2024-04-10", "OPEN", "代表1"],
  ]);
  // an opinion's course works as for any opinion, and it is found from the opinion's side
  const [first] = contact.opinions.filter((o: any) => o.content === "灌溉水渠渗漏");
  const f = await t().gql(`mutation ($id: ID!) { forwardOpinion(id: $id, version: 1, unitId: "1") { status contact { memberName } } }`, { id: first.id });
  expect(f.data!.forwardOpinion).toEqual({ status: "FORWARDED", contact: { memberName: "王建国" } });
  // a bad course through the contact names the item's field; nothing is written
  const before = await count("opinions");
  const bad = await t().gql(`mutation ($id: ID!) { updateContact(id: $id, input: { version: 1, opinions: [{ content: "x", category: SOCIAL_DEVELOPMENT, status: ANSWERED }] }) { id } }`, { id: contact.id });
  expect(bad.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  expect(bad.errors![0]!.extensions!.fields.map((e: { field: string }) => e.field)).toEqual(["input.opinions.0.answer", "input.opinions.0.resolvedOn"]);
  expect(await count("opinions")).toBe(before);
  const listed = await t().gql(`{ opinions(filter: { contact: { memberName: { eq: "王建国" } } }) { totalCount } }`);
  expect(listed.data!.opinions.totalCount).toBe(2);
});
