// The list grammar, exercised on districts and deputies: every filter operator, sorting, offset and
// keyset paging. The same code serves every resource.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

async function seedDeputies() {
  await t().sql`insert into districts (id, code, name, level) values (1, '520502', '七星关区', 'county'), (2, '520521', '大方县', 'county')`;
  await t().sql`insert into districts (id, code, name, level, parent_id) values (3, '520502001', '市西街道', 'township', 1)`;
  await t().sql`
    insert into deputies (id, name, gender, ethnicity, birth_date, work_unit, education) values
      (1, '张伟', 'male', '汉族', '1970-01-01', '毕节市人民医院', 'master'),
      (2, '王芳', 'female', '彝族', '1980-05-05', '大方县第一中学', 'bachelor'),
      (3, '李娜', 'female', '苗族', null, null, null),
      (4, '张敏', 'female', '汉族', '1990-12-31', '七星关区农业农村局', 'bachelor'),
      (5, 'Zhang Wei_%', 'male', '回族', '1985-07-07', 'Test Unit', null)`;
  await t().sql`
    insert into deputy_mandates (deputy_id, level, congress_term, district_id, start_date) values
      (1, 'city', 3, 1, '2021-09-01'), (2, 'city', 3, 2, '2021-09-01'), (2, 'county', 19, 2, '2021-06-01'),
      (3, 'township', 18, 3, '2021-06-01'), (4, 'county', 19, 1, '2021-06-01')`;
}

async function names(filter: unknown, orderBy: string[] = ["NAME_ASC"]): Promise<string[]> {
  const r = await t().gql(`query ($f: DeputyFilter, $o: [DeputyOrderBy!]) { deputies(filter: $f, orderBy: $o, first: 100) { totalCount nodes { name } } }`, {
    f: filter,
    o: orderBy,
  });
  expect(r.errors).toBeUndefined();
  expect(r.data!.deputies.totalCount).toBe(r.data!.deputies.nodes.length);
  return r.data!.deputies.nodes.map((n: { name: string }) => n.name);
}

describe("filters", () => {
  beforeEach(seedDeputies);

  it("eq, ne, in on text", async () => {
    expect(await names({ name: { eq: "张伟" } })).toEqual(["张伟"]);
    expect(await names({ ethnicity: { ne: "汉族" } })).toEqual(["Zhang Wei_%", "李娜", "王芳"]);
    expect(await names({ ethnicity: { in: ["彝族", "苗族"] } })).toEqual(["李娜", "王芳"]);
    expect(await names({ ethnicity: { in: [] } })).toEqual([]);
  });

  it("contains ignores case and treats % and _ literally; startsWith", async () => {
    expect(await names({ name: { contains: "zhang" } })).toEqual(["Zhang Wei_%"]);
    expect(await names({ name: { contains: "_%" } })).toEqual(["Zhang Wei_%"]);
    expect(await names({ name: { contains: "%" } })).toEqual(["Zhang Wei_%"]);
    expect(await names({ name: { startsWith: "张" } })).toEqual(["张伟", "张敏"]);
    expect(await names({ workUnit: { contains: "医院" } })).toEqual(["张伟"]);
  });

  it("gt, gte, lt, lte and isNull on dates", async () => {
    expect(await names({ birthDate: { gt: "1980-05-05" } })).toEqual(["Zhang Wei_%", "张敏"]);
    expect(await names({ birthDate: { gte: "1980-05-05" } })).toEqual(["Zhang Wei_%", "张敏", "王芳"]);
    expect(await names({ birthDate: { lt: "1980-05-05" } })).toEqual(["张伟"]);
    expect(await names({ birthDate: { lte: "1980-05-05", gte: "1971-01-01" } })).toEqual(["王芳"]);
    expect(await names({ birthDate: { isNull: true } })).toEqual(["李娜"]);
    expect(await names({ birthDate: { isNull: false } })).toHaveLength(4);
  });

  it("enums: eq, ne (nulls included), in", async () => {
    expect(await names({ gender: { eq: "FEMALE" } })).toEqual(["张敏", "李娜", "王芳"]);
    expect(await names({ education: { ne: "BACHELOR" } })).toEqual(["Zhang Wei_%", "张伟", "李娜"]);
    expect(await names({ education: { in: ["MASTER", "DOCTORATE"] } })).toEqual(["张伟"]);
  });

  it("ids and relations by id: a mandate at a level in a district", async () => {
    expect(await names({ id: { in: ["1", "3"] } })).toEqual(["张伟", "李娜"]);
    expect(await names({ mandate: { level: { eq: "CITY" } } })).toEqual(["张伟", "王芳"]);
    expect(await names({ mandate: { level: { eq: "COUNTY" }, districtId: { eq: "1" } } })).toEqual(["张敏"]);
    // both conditions on the same mandate: 王芳 is a city deputy and a county deputy, but not a county deputy of 七星关区
    expect(await names({ mandate: { level: { eq: "CITY" }, districtId: { eq: "1" } } })).toEqual(["张伟"]);
  });

  it("a condition on the record a key points at: through its table, or by the key alone when only its related rows are asked about", async () => {
    await t().sql`insert into stations (id, name, kind) values (1, '市西街道代表联络站', 'station'), (2, '大方县代表联络站', 'station')`;
    await t().sql`insert into station_deputies (station_id, deputy_id) values (1, 1), (1, 3), (2, 2), (2, 4), (2, 5)`;
    const postings = async (filter: unknown) => {
      t().statements.length = 0;
      const r = await t().gql(`query ($f: StationDeputyFilter) { stationDeputies(filter: $f, first: 100) { nodes { deputy { name } station { id } } } }`, { f: filter });
      expect(r.errors).toBeUndefined();
      return {
        who: r.data!.stationDeputies.nodes.map((n: { deputy: { name: string }; station: { id: string } }) => `${n.station.id}:${n.deputy.name}`).sort(),
        readsDeputies: t().statements.some((q) => /from "deputies" where "deputies"\."id" = "station_deputies"\."deputy_id"/.test(q)),
      };
    };
    // only the deputy's mandates are asked about: found by station_deputies.deputy_id, deputies not read
    expect(await postings({ deputy: { mandate: { level: { eq: "CITY" } } } })).toEqual({ who: ["1:张伟", "2:王芳"], readsDeputies: false });
    expect(await postings({ deputy: { mandate: { level: { eq: "COUNTY" } } }, stationId: { eq: "2" } })).toEqual({ who: ["2:张敏", "2:王芳"], readsDeputies: false });
    // a column of the deputy: through deputies
    expect(await postings({ deputy: { gender: { eq: "FEMALE" }, mandate: { level: { eq: "COUNTY" } } } })).toEqual({ who: ["2:张敏", "2:王芳"], readsDeputies: true });
    // the mandates of deputies who hold a city mandate: the inner table is the outer one, so through deputies
    const r = await t().gql(`{ deputyMandates(filter: { deputy: { mandate: { level: { eq: CITY } } } }, first: 100) { nodes { deputyId level } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.deputyMandates.nodes.map((m: { deputyId: string; level: string }) => `${m.deputyId}:${m.level}`).sort()).toEqual(["1:CITY", "2:CITY", "2:COUNTY"]);
  });

  it("and, or, not and q", async () => {
    expect(await names({ or: [{ name: { eq: "张伟" } }, { ethnicity: { eq: "苗族" } }] })).toEqual(["张伟", "李娜"]);
    expect(await names({ and: [{ gender: { eq: "FEMALE" } }, { ethnicity: { eq: "汉族" } }] })).toEqual(["张敏"]);
    expect(await names({ not: { gender: { eq: "FEMALE" } } })).toEqual(["Zhang Wei_%", "张伟"]);
    expect(await names({ or: [] })).toEqual([]);
    expect(await names({ q: "大方" })).toEqual(["王芳"]);
    expect(await names({ q: "张" })).toEqual(["张伟", "张敏"]);
  });
});

describe("sorting and paging", () => {
  beforeEach(async () => {
    await t().sql`
      insert into districts (code, name, level)
      select (520000 + i)::text, '区' || lpad((i % 7)::text, 2, '0'), 'county' from generate_series(1, 120) i`;
  });

  type Page = { totalCount: number; nodes: { id: string; name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  const page = async (vars: Record<string, unknown> = {}) => {
    const r = await t().gql(
      `query ($first: Int, $offset: Int, $after: String, $o: [DistrictOrderBy!]) {
        districts(orderBy: $o, first: $first, offset: $offset, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage hasPreviousPage endCursor } }
      }`,
      vars,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.districts as Page;
  };

  it("sorts by several keys with id breaking ties", async () => {
    const p = await page({ o: ["NAME_DESC"], first: 1000 });
    const expected = [...p.nodes].sort((a, b) => (a.name === b.name ? Number(a.id) - Number(b.id) : a.name < b.name ? 1 : -1));
    expect(p.nodes).toEqual(expected);
  });

  it("pages by offset with the total", async () => {
    const p = await page({ o: ["NAME_ASC"], first: 50, offset: 100 });
    expect(p.totalCount).toBe(120);
    expect(p.nodes).toHaveLength(20);
    expect(p.pageInfo.hasNextPage).toBe(false);
  });

  it("pages by keyset cursor through every row exactly once, in both directions of sort", async () => {
    for (const o of [["NAME_ASC"], ["NAME_DESC"], ["NAME_ASC", "CODE_DESC"], ["LEVEL_ASC", "NAME_DESC"]]) {
      const all = (await page({ o, first: 1000 })).nodes.map((n) => n.id);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const p: Page = await page({ o, first: 17, after });
        seen.push(...p.nodes.map((n) => n.id));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    }
  });

  it("pages by cursor over a nullable sort key", async () => {
    await t().sql`insert into deputies (name, gender, birth_date) select 'd' || i, 'male', case when i % 3 = 0 then null else date '1960-01-01' + (i % 5) end from generate_series(1, 40) i`;
    for (const o of [["BIRTH_DATE_ASC"], ["BIRTH_DATE_DESC"]]) {
      const q = `query ($o: [DeputyOrderBy!], $first: Int, $after: String) { deputies(orderBy: $o, first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
      const all = (await t().gql(q, { o, first: 1000 })).data!.deputies.nodes.map((n: { id: string }) => n.id);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const p = (await t().gql(q, { o, first: 7, after })).data!.deputies;
        seen.push(...p.nodes.map((n: { id: string }) => n.id));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    }
  });

  it("has a default page size and refuses more than the maximum", async () => {
    expect((await page()).nodes).toHaveLength(50);
    const r = await t().gql(`{ districts(first: 1001) { nodes { id } } }`);
    expect(r.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("refuses a cursor of another order", async () => {
    const p = await page({ o: ["NAME_ASC"], first: 5 });
    const r = await t().gql(`query ($a: String) { districts(orderBy: [CODE_ASC], after: $a) { nodes { id } } }`, { a: p.pageInfo.endCursor });
    expect(r.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    const garbage = await t().gql(`{ districts(after: "not a cursor") { nodes { id } } }`);
    expect(garbage.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});

describe("date-time filters", () => {
  it("compares timestamps", async () => {
    await t().sql`insert into deputies (name, gender, created_at) values ('早', 'male', '2020-01-01T00:00:00Z'), ('晚', 'male', '2025-01-01T00:00:00Z')`;
    const r = await t().gql(`{ deputies(filter: { createdAt: { gte: "2024-01-01T00:00:00Z" } }) { nodes { name } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.deputies.nodes).toEqual([{ name: "晚" }]);
  });
});
