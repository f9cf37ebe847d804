// The data the queries ask for, picked from the loaded data set (the same on every run of one scale).
import { connect } from "@daibiao/db";
import type { Params } from "./queries.js";

export async function pickParams(url: string): Promise<{ params: Params; deputies: number; matches: number }> {
  const { sql } = connect(url, { max: 1 });
  try {
    const [{ n }] = (await sql`select count(*)::int as n from deputies`) as unknown as [{ n: number }];
    if (!n) throw new Error("the database holds no deputies: run `pnpm bench:data` first (same DATABASE_URL or BENCH_DATA_DIR)");
    const districtId = 1;
    const [{ m }] = (await sql`select count(distinct deputy_id)::int as m from deputy_mandates where district_id = ${districtId} and level = 'county'`) as unknown as [{ m: number }];
    const [dep] = await sql<{ id: number }[]>`
      select p.lead_deputy_id as id from proposals p
      where exists (select 1 from training_attendances a where a.deputy_id = p.lead_deputy_id)
        and exists (select 1 from station_deputies s where s.deputy_id = p.lead_deputy_id)
      order by p.id limit 1`;
    const page = Math.min(2000, Math.floor(n / 50));
    const [s] = await sql<{ term: number; session: number }[]>`select congress_term as term, session_number as session from proposals where session_number = 1 order by congress_term desc limit 1`;
    const [y] = await sql<{ year: number }[]>`select coalesce(extract(year from max(date))::int, 2024) as year from activities`;
    return { params: { districtId, deputyId: dep!.id, deepOffset: (page - 1) * 50, term: s!.term, session: s!.session, year: y!.year }, deputies: n, matches: m };
  } finally {
    await sql.end();
  }
}
