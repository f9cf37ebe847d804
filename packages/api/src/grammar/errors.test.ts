// Every error a client can cause: a stable code, the field named, nothing written, nothing leaked.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

const CREATE_DEPUTY = `mutation ($input: CreateDeputyInput!) { createDeputy(input: $input) { id } }`;
const count = async (table: string) => (await t().sql.unsafe(`select count(*)::int as n from ${table}`))[0]!.n as number;

function expectBadInput(r: { errors?: { extensions?: Record<string, any>; message: string }[] }, field: string) {
  expect(r.errors, JSON.stringify(r)).toHaveLength(1);
  const e = r.errors![0]!;
  expect(e.extensions!.code).toBe("BAD_USER_INPUT");
  const fields = (e.extensions!.fields as { field: string }[]).map((f) => f.field);
  expect(fields, JSON.stringify(e)).toContain(field);
  expect(e.message).not.toMatch(/select|insert|update|delete from|constraint|\bat\s+\S+:\d+/i);
}

describe("BAD_USER_INPUT names the field and writes nothing", () => {
  it("an empty name", async () => {
    expectBadInput(await t().gql(CREATE_DEPUTY, { input: { name: "   ", gender: "MALE" } }), "input.name");
    expect(await count("deputies")).toBe(0);
  });

  it("a phone that is not a phone, without echoing it", async () => {
    const r = await t().gql(CREATE_DEPUTY, { input: { name: "张三", gender: "MALE", phone: "12345" } });
    expectBadInput(r, "input.phone");
    expect(JSON.stringify(r)).not.toContain("12345");
  });

  it("an ID-card number with a wrong check digit, without echoing it", async () => {
    const r = await t().gql(CREATE_DEPUTY, { input: { name: "张三", gender: "MALE", idCard: "110105194912310021" } });
    expectBadInput(r, "input.idCard");
    expect(JSON.stringify(r)).not.toContain("110105194912310021");
  });

  it("a string of 1 MB", async () => {
    expectBadInput(await t().gql(CREATE_DEPUTY, { input: { name: "张".repeat(1 << 20), gender: "MALE" } }), "input.name");
    expect(await count("deputies")).toBe(0);
  });

  it("dates in the wrong order, in a child row, write neither parent nor child", async () => {
    const r = await t().gql(CREATE_DEPUTY, {
      input: { name: "张三", gender: "MALE", mandates: [{ level: "CITY", congressTerm: 3, startDate: "2024-01-01", endDate: "2023-01-01" }] },
    });
    expectBadInput(r, "input.mandates.0.endDate");
    expect(await count("deputies")).toBe(0);
    expect(await count("deputy_mandates")).toBe(0);
  });

  it("dates in the wrong order on the record", async () => {
    const r = await t().gql(`mutation ($i: CreateTrainingInput!) { createTraining(input: $i) { id } }`, {
      i: { title: "培训", form: "CLASS", startDate: "2024-05-10", endDate: "2024-05-01" },
    });
    expectBadInput(r, "input.endDate");
  });

  it("a date that does not exist", async () => {
    expectBadInput(await t().gql(CREATE_DEPUTY, { input: { name: "张三", gender: "MALE", birthDate: "2024-02-30" } }), "input.birthDate");
  });

  it("an unknown enum value, in variables and in the query text", async () => {
    expectBadInput(await t().gql(CREATE_DEPUTY, { input: { name: "张三", gender: "OTHER" } }), "input.gender");
    expectBadInput(await t().gql(`mutation { createDeputy(input: { name: "张三", gender: OTHER }) { id } }`), "input.gender");
    expectBadInput(await t().gql(`{ deputies(filter: { gender: { eq: OTHER } }) { totalCount } }`), "filter.gender.eq");
  });

  it("an id that is not an id, as argument, in a filter and in an input", async () => {
    expectBadInput(await t().gql(`{ deputy(id: "abc") { id } }`), "id");
    expectBadInput(await t().gql(`{ deputies(filter: { id: { in: ["1", "x"] } }) { totalCount } }`), "filter.id.in.1");
    expectBadInput(
      await t().gql(CREATE_DEPUTY, { input: { name: "张三", gender: "MALE", mandates: [{ level: "CITY", congressTerm: 3, startDate: "2024-01-01", districtId: "1.5" }] } }),
      "input.mandates.0.districtId",
    );
  });

  it("a reference to a record that does not exist", async () => {
    const r = await t().gql(CREATE_DEPUTY, {
      input: { name: "张三", gender: "MALE", mandates: [{ level: "CITY", congressTerm: 3, startDate: "2024-01-01", districtId: "999" }] },
    });
    expectBadInput(r, "input.mandates.0.districtId");
    expect(await count("deputies")).toBe(0);
  });

  it("a required field set to null on update", async () => {
    const id = (await t().gql(CREATE_DEPUTY, { input: { name: "张三", gender: "MALE" } })).data!.createDeputy.id;
    expectBadInput(await t().gql(`mutation ($id: ID!) { updateDeputy(id: $id, input: { name: null, version: 1 }) { id } }`, { id }), "input.name");
  });
});

describe("NOT_FOUND and CONFLICT", () => {
  it("updating or deleting a missing record is NOT_FOUND; reading one is null", async () => {
    const u = await t().gql(`mutation { updateDeputy(id: "4242", input: { name: "x", version: 1 }) { id } }`);
    expect(u.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    const d = await t().gql(`mutation { deleteDeputy(id: "4242") { id } }`);
    expect(d.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    expect((await t().gql(`{ deputy(id: "4242") { id } }`)).data!.deputy).toBeNull();
  });

  it("deleting a record others point at is CONFLICT and says what points at it; owned rows go with their parent", async () => {
    await t().sql`insert into districts (id, code, name, level) values (1, '520502', '七星关区', 'county')`;
    await t().sql`insert into deputies (id, name, gender) values (1, '张三', 'male')`;
    await t().sql`insert into deputy_mandates (deputy_id, level, congress_term, district_id, start_date) values (1, 'city', 3, 1, '2021-09-01'), (1, 'county', 19, 1, '2021-06-01')`;
    const r = await t().gql(`mutation { deleteDistrict(id: "1") { id } }`);
    const e = r.errors![0]!;
    expect(e.extensions!.code).toBe("CONFLICT");
    expect(e.extensions!.referencedBy).toEqual([{ type: "DeputyMandate", field: "districtId", count: 2 }]);
    expect(e.message).toContain("DeputyMandate");
    expect(await count("districts")).toBe(1);

    // the mandates belong to the deputy: deleting the deputy takes them along
    expect((await t().gql(`mutation { deleteDeputy(id: "1") { id } }`)).errors).toBeUndefined();
    expect(await count("deputy_mandates")).toBe(0);
    expect((await t().gql(`mutation { deleteDistrict(id: "1") { id } }`)).errors).toBeUndefined();
  });

  it("bulk delete is all or nothing", async () => {
    await t().sql`insert into deputies (id, name, gender) values (1, '甲', 'male'), (2, '乙', 'male'), (3, '丙', 'male')`;
    await t().sql`insert into proposals (congress_term, session_number, number, title, category, lead_deputy_id, submitted_at) values (3, 4, 1, '建议', 'finance_economy', 2, '2024-01-10')`;
    const r = await t().gql(`mutation { deleteDeputies(ids: ["1", "2", "3"]) }`);
    expect(r.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", referencedBy: [{ type: "Proposal", field: "leadDeputyId", count: 1 }] });
    expect(await count("deputies")).toBe(3);
    expect((await t().gql(`mutation { deleteDeputies(ids: ["1", "3"]) }`)).data!.deleteDeputies).toEqual(["1", "3"]);
  });

  it("a duplicate ID-card number is CONFLICT on the idCard field, without the number", async () => {
    const input = { name: "张三", gender: "MALE", idCard: "11010519491231002X" };
    expect((await t().gql(CREATE_DEPUTY, { input })).errors).toBeUndefined();
    const r = await t().gql(CREATE_DEPUTY, { input: { ...input, idCard: "11010519491231002x" } });
    expect(r.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", field: "input.idCard" });
    expect(JSON.stringify(r)).not.toMatch(/11010519491231002/i);
  });

  it("a duplicate number in the same session is CONFLICT; the same number between sessions twice too", async () => {
    await t().sql`insert into deputies (id, name, gender) values (1, '甲', 'male')`;
    const make = (sessionNumber: number | null) =>
      t().gql(`mutation ($i: CreateProposalInput!) { createProposal(input: $i) { id } }`, {
        i: { congressTerm: 3, sessionNumber, number: 7, title: "建议", category: "FINANCE_ECONOMY", leadDeputyId: "1", submittedAt: "2024-01-10" },
      });
    expect((await make(4)).errors).toBeUndefined();
    expect((await make(4)).errors![0]!.extensions!.code).toBe("CONFLICT");
    expect((await make(null)).errors).toBeUndefined();
    expect((await make(null)).errors![0]!.extensions).toMatchObject({ code: "CONFLICT", field: "input.number" });
  });

  it("a stale version is CONFLICT and overwrites nothing", async () => {
    const id = (await t().gql(CREATE_DEPUTY, { input: { name: "张三", gender: "MALE" } })).data!.createDeputy.id;
    const upd = (name: string, version: number) =>
      t().gql(`mutation ($id: ID!, $i: UpdateDeputyInput!) { updateDeputy(id: $id, input: $i) { name version } }`, { id, i: { name, version } });
    expect((await upd("李四", 1)).data!.updateDeputy).toEqual({ name: "李四", version: 2 });
    const stale = await upd("王五", 1);
    expect(stale.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    expect((await t().gql(`query ($id: ID!) { deputy(id: $id) { name } }`, { id })).data!.deputy.name).toBe("李四");
  });
});

describe("the database enforces what the API validates", () => {
  it("rejects a bad phone, reversed dates and a township without county written straight to SQL", async () => {
    await expect(t().sql`insert into deputies (name, gender, phone) values ('x', 'male', '123')`).rejects.toThrow(/deputies_phone_format/);
    await expect(t().sql`insert into trainings (title, form, start_date, end_date) values ('x', 'class', '2024-02-01', '2024-01-01')`).rejects.toThrow(
      /trainings_dates_order/,
    );
    await expect(t().sql`insert into districts (code, name, level) values ('520502001', 'x', 'township')`).rejects.toThrow(/districts_township_has_parent/);
    await expect(t().sql`insert into deputies (name, gender) values ('', 'male')`).rejects.toThrow(/deputies_name_length/);
  });
});
