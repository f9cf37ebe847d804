// Receptions, their deputies and the opinions raised, for the tests that walk every list over the demo
// data (paging, read paths), while the demo data holds none: added only where the table is empty.
import type { Sql } from "../packages/db/src/index.js";

export async function addReceptions(sql: Sql): Promise<void> {
  await sql`insert into receptions (date, way, station_id, constituents_count, subject)
    select date '2024-01-01' + i, (array['in_person', 'online', 'visit']::reception_way[])[1 + i % 3], (select min(id) from stations), i % 5, '接待' || i % 7
    from generate_series(1, 40) i where not exists (select 1 from receptions)`;
  await sql`insert into reception_deputies (reception_id, deputy_id)
    select r.id, d.id from receptions r cross join lateral (select id from deputies order by id limit 1 + r.id % 3) d
    where not exists (select 1 from reception_deputies)`;
  await sql`insert into opinions (reception_id, raised_on, content, category, constituent_name, constituent_phone, status, answer, close_reason, resolved_on)
    select r.id, r.date, '意见' || i, (array['finance_economy', 'social_development', 'agriculture_rural']::proposal_category[])[1 + i % 3],
      case when i % 2 = 0 then '群众' || i end, case when i % 2 = 0 then '139' || lpad(i::text, 8, '0') end,
      (array['open', 'answered', 'closed']::opinion_status[])[1 + i % 3],
      case when i % 3 = 1 then '答复' end, case when i % 3 = 2 then '办结' end, case when i % 3 <> 0 then r.date + i % 4 end
    from generate_series(1, 60) i join receptions r on r.id = (select min(id) from receptions) + i % 40
    where not exists (select 1 from opinions)`;
}
