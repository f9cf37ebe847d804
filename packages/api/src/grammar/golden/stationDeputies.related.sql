-- stationDeputies.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'stationId', "page"."station_id"::text, 'deputyId', "page"."deputy_id"::text) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "station_deputies" where exists (
    select 1 from "stations" where "stations"."id" = "station_deputies"."station_id" and "stations"."id" in ($1, $2, $3))) as "total" from (
  select "station_deputies"."id", "station_deputies"."station_id", "station_deputies"."deputy_id", row_number() over (order by "station_deputies"."id" asc) as "__rn" from "station_deputies" where exists (
    select 1 from "stations" where "stations"."id" = "station_deputies"."station_id" and "stations"."id" in ($4, $5, $6)) order by "station_deputies"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'stationId', "page"."station_id", 'deputyId', "page"."deputy_id") order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "station_deputies" where exists (
    select 1 from "stations" where "stations"."id" = "station_deputies"."station_id" and "stations"."id" in ($1, $2, $3))) as "total" from (
  select "station_deputies"."id", "station_deputies"."station_id", "station_deputies"."deputy_id", row_number() over (order by "station_deputies"."id" asc) as "__rn" from "station_deputies" where exists (
    select 1 from "stations" where "stations"."id" = "station_deputies"."station_id" and "stations"."id" in ($4, $5, $6)) order by "station_deputies"."id" asc limit 4 offset 0) "page";
