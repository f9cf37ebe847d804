-- receptions.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'date', "page"."date", 'way', upper("page"."way"::text)) order by "page"."date" desc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "receptions" where exists (
    select 1 from "reception_deputies" where "reception_deputies"."reception_id" = "receptions"."id")) as "total" from (
  select "receptions"."id", "receptions"."date", "receptions"."way", row_number() over (order by "receptions"."date" desc, "receptions"."id" asc) as "__rn" from "receptions" where exists (
    select 1 from "reception_deputies" where "reception_deputies"."reception_id" = "receptions"."id") order by "receptions"."date" desc, "receptions"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'date', "page"."date", 'way', "page"."way") order by "page"."date" desc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "receptions" where exists (
    select 1 from "reception_deputies" where "reception_deputies"."reception_id" = "receptions"."id")) as "total" from (
  select "receptions"."id", "receptions"."date", "receptions"."way", row_number() over (order by "receptions"."date" desc, "receptions"."id" asc) as "__rn" from "receptions" where exists (
    select 1 from "reception_deputies" where "reception_deputies"."reception_id" = "receptions"."id") order by "receptions"."date" desc, "receptions"."id" asc limit 4 offset 0) "page";
