// No N+1: a page with nested relations costs a fixed number of SQL statements, whatever its size.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

const PAGE = /* GraphQL */ `
  query ($first: Int) {
    deputies(first: $first, orderBy: [NAME_ASC]) {
      totalCount
      nodes {
        id name
        mandates { level district { name parent { name } } }
        stations { role station { name parent { name } } }
        proposals(first: 3) { title assignments { unit { name } } }
      }
    }
  }
`;

describe("statements per request", () => {
  it("is bounded by the shape of the query, for a page of 1 as for a page of 100 deputies with mandates, stations and proposals", async () => {
    await t().sql`insert into districts (id, code, name, level) values (1, '520502', '七星关区', 'county')`;
    await t().sql`insert into districts (id, code, name, level, parent_id) select 1 + i, '520502' || lpad(i::text, 3, '0'), '镇' || i, 'township', 1 from generate_series(1, 20) i`;
    await t().sql`insert into deputies (id, name, gender) select i, '代表' || lpad(i::text, 3, '0'), 'male' from generate_series(1, 100) i`;
    await t().sql`insert into deputy_mandates (deputy_id, level, congress_term, district_id, start_date)
      select i, 'county'::mandate_level, 19, 2 + i % 20, date '2021-06-01' from generate_series(1, 100) i
      union all select i, 'city', 3, 1, '2021-09-01' from generate_series(1, 100, 3) i`;
    await t().sql`insert into stations (id, name, kind) values (1, '联络站', 'station')`;
    await t().sql`insert into stations (id, name, kind, parent_id) select 1 + i, '联络室' || i, 'room', 1 from generate_series(1, 10) i`;
    await t().sql`insert into station_deputies (station_id, deputy_id) select 2 + i % 10, i from generate_series(1, 100) i`;
    await t().sql`insert into handling_units (id, name, kind) values (1, '市财政局', 'government_department'), (2, '市教育局', 'government_department')`;
    await t().sql`insert into proposals (id, congress_term, session_number, number, title, category, lead_deputy_id, submitted_at)
      select i, 3, 4, i, '建议' || i, 'finance_economy', 1 + i % 100, '2024-01-10' from generate_series(1, 300) i`;
    await t().sql`insert into proposal_assignments (proposal_id, unit_id, assigned_at) select i, 1 + i % 2, '2024-02-01' from generate_series(1, 300) i`;

    const cost = async (first: number) => {
      t().statements.length = 0;
      const r = await t().gql(PAGE, { first });
      expect(r.errors).toBeUndefined();
      expect(r.data!.deputies.nodes).toHaveLength(first);
      if (process.env.DEBUG_SQL) console.log(first, t().statements.map((s) => s.slice(0, 90)));
      return t().statements.length;
    };
    // the page, every relation below it and its total: one statement, in which PostgreSQL writes the
    // answer (direct.ts)
    const bound = 1;
    const one = await cost(1);
    const hundred = await cost(100);
    expect(one).toBeLessThanOrEqual(bound);
    expect(hundred).toBeLessThanOrEqual(bound);
    console.log(`statements for a nested page of 100 deputies: ${hundred}`);
  });
});
