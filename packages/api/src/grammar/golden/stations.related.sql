-- stations.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'name', "page"."name", 'kind', upper("page"."kind"::text)) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "stations" where exists (
    select 1 from "station_deputies" where "station_deputies"."station_id" = "stations"."id")) as "total" from (
  select "stations"."id", "stations"."name", "stations"."kind", row_number() over (order by "stations"."id" asc) as "__rn" from "stations" where exists (
    select 1 from "station_deputies" where "station_deputies"."station_id" = "stations"."id") order by "stations"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'name', "page"."name", 'kind', "page"."kind") order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "stations" where exists (
    select 1 from "station_deputies" where "station_deputies"."station_id" = "stations"."id")) as "total" from (
  select "stations"."id", "stations"."name", "stations"."kind", row_number() over (order by "stations"."id" asc) as "__rn" from "stations" where exists (
    select 1 from "station_deputies" where "station_deputies"."station_id" = "stations"."id") order by "stations"."id" asc limit 4 offset 0) "page";
