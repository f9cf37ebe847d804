// Keyset cursors are exact: a walk by `after` returns every row once, in order, whatever the sort key
// holds (microsecond-apart timestamps, numerics, ties, nulls), and a cursor that is not one of ours is
// refused with BAD_USER_INPUT, never a 500.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useTestDb, type TestDb } from "../../../../test/harness.js";
import { READ_PATHS } from "../../../../test/read-paths.js";

const t = useTestDb();

async function walk(db: TestDb, query: string, variables: Record<string, unknown>, field: string, path: (typeof READ_PATHS)[number]) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const r = await db.gql(query, { ...variables, after }, { path });
    expect(r.errors).toBeUndefined();
    const c = r.data![field];
    ids.push(...c.nodes.map((n: { id: string }) => n.id));
    if (!c.pageInfo.hasNextPage) return ids;
    after = c.pageInfo.endCursor;
  }
  throw new Error("more than 100 pages");
}

describe("keyset cursors", () => {
  it("40 deputies created microseconds apart: every page by CREATED_AT_DESC, on every read path", async () => {
    await t().sql`insert into deputies (name, gender, created_at)
      select '代表' || i, 'male', timestamptz '2024-03-01 08:00:00.123+08' + i * interval '1 microsecond'
      from generate_series(1, 40) i`;
    const truth = (await t().sql`select id from deputies where created_at >= '2024-01-01' order by created_at desc, id`).map((r) => String(r.id));
    expect(truth).toHaveLength(40);
    const q = `query ($after: String) { deputies(filter: { createdAt: { gte: "2024-01-01T00:00:00Z" } }, orderBy: [CREATED_AT_DESC], first: 5, after: $after) {
      nodes { id } pageInfo { hasNextPage endCursor } } }`;
    for (const path of READ_PATHS) expect(await walk(t(), q, {}, "deputies", path), path).toEqual(truth);
  });

  it("numeric, integer and date sort keys with ties and nulls (fund amounts of 12 digits, people benefited, days), ascending and descending", async () => {
    const [lead] = await t().sql`insert into deputies (name, gender) values ('领衔', 'male') returning id`;
    await t().sql`insert into proposals (congress_term, session_number, number, title, category, lead_deputy_id, submitted_at, special_fund, fund_amount, people_benefited)
      select 3, 4, i, '建议' || i, 'finance_economy', ${lead!.id}, date '2024-01-10' + (i % 2), i % 4 <> 0,
        case when i % 4 = 0 then null else 999999999999.97 + (i % 3) * 0.01 end,
        case when i % 5 = 0 then null else i % 3 end
      from generate_series(1, 23) i`;
    for (const dir of ["ASC", "DESC"]) {
      for (const [key, col] of [["FUND_AMOUNT", "fund_amount"], ["PEOPLE_BENEFITED", "people_benefited"], ["SUBMITTED_AT", "submitted_at"]]) {
        const truth = (await t().sql.unsafe(`select id from proposals order by ${col} ${dir}, id`)).map((r) => String(r.id));
        const q = `query ($after: String) { proposals(orderBy: [${key}_${dir}], first: 4, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
        for (const path of READ_PATHS) expect(await walk(t(), q, {}, "proposals", path), `${key}_${dir} ${path}`).toEqual(truth);
      }
    }
  });

  it("refuses forged and stale-shaped cursors with BAD_USER_INPUT naming `after`", async () => {
    await t().sql`insert into deputies (name, gender) select '代表' || i, 'male' from generate_series(1, 3) i`;
    const q = `query ($after: String, $o: [DeputyOrderBy!]) { deputies(orderBy: $o, first: 2, after: $after) { nodes { id } pageInfo { endCursor } } }`;
    const ok = await t().gql(q, { o: ["CREATED_AT_DESC"] });
    const good = ok.data!.deputies.pageInfo.endCursor as string;
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    const decoded = JSON.parse(Buffer.from(good, "base64url").toString("utf8"));
    const forged = [
      "not base64 at all!",
      enc("just a string"),
      enc({ o: decoded.o }),
      enc({ ...decoded, v: ["not a time", decoded.v[1]] }),
      enc({ ...decoded, v: [{ a: 1 }, decoded.v[1]] }),
      enc({ ...decoded, v: [decoded.v[0], "1; drop table deputies"] }),
      enc({ ...decoded, v: [decoded.v[0], 1e300] }),
      enc({ ...decoded, v: [decoded.v[0], -1.5] }),
      enc({ ...decoded, v: ["99999-01-01T00:00:00Z", decoded.v[1]] }),
      enc({ ...decoded, v: [decoded.v[0], decoded.v[1], 3] }),
      good.slice(0, -3),
    ];
    for (const path of READ_PATHS) {
      for (const after of forged) {
        const r = await t().gql(q, { o: ["CREATED_AT_DESC"], after }, { path });
        expect(r.errors?.[0]?.extensions?.code, `${path} ${after}`).toBe("BAD_USER_INPUT");
        expect(r.errors![0]!.extensions!.fields).toEqual([expect.objectContaining({ field: "after" })]);
      }
      // a cursor of another order
      const other = await t().gql(q, { o: ["NAME_ASC"], after: good }, { path });
      expect(other.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    const [{ n }] = await t().sql`select count(*)::int as n from deputies`;
    expect(n).toBe(3);
  });

  it("any value sent as a cursor is a cursor of ours or BAD_USER_INPUT (random text, random JSON, our shape with random values)", async () => {
    await t().sql`insert into deputies (name, gender, birth_date) select '代表' || i, 'male', case when i % 2 = 0 then null else date '1970-01-01' + i end from generate_series(1, 3) i`;
    const q = `query ($after: String) { deputies(orderBy: [BIRTH_DATE_DESC, CREATED_AT_ASC], first: 2, after: $after) { nodes { id } } }`;
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    const value = fc.oneof(fc.jsonValue(), fc.constantFrom(null, "1970-01-02", "2024-06-01T10:00:00.000001Z", 1, -0, 2 ** 31, "NaN", "\u0000"));
    const cursor = fc.oneof(
      fc.string(),
      fc.jsonValue().map(enc),
      fc.tuple(value, value, value).map((v) => enc({ o: "birthDate:d,createdAt:a,id:a", v })),
    );
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(cursor, fc.constantFrom(...READ_PATHS), async (after, path) => {
        const r = await t().gql(q, { after }, { path });
        if (r.errors) {
          expect(r.errors.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
          refused++;
        } else expect(Array.isArray(r.data!.deputies.nodes)).toBe(true);
      }),
      { numRuns: 150, seed: 13 },
    );
    expect(refused).toBeGreaterThan(100);
  });
});
