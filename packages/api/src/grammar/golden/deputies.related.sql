-- deputies.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'name', "page"."name", 'gender', upper("page"."gender"::text)) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "deputies" where exists (
    select 1 from "deputy_mandates" where "deputy_mandates"."deputy_id" = "deputies"."id")) as "total" from (
  select "deputies"."id", "deputies"."name", "deputies"."gender", row_number() over (order by "deputies"."id" asc) as "__rn" from "deputies" where exists (
    select 1 from "deputy_mandates" where "deputy_mandates"."deputy_id" = "deputies"."id") order by "deputies"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'name', "page"."name", 'gender', "page"."gender") order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "deputies" where exists (
    select 1 from "deputy_mandates" where "deputy_mandates"."deputy_id" = "deputies"."id")) as "total" from (
  select "deputies"."id", "deputies"."name", "deputies"."gender", row_number() over (order by "deputies"."id" asc) as "__rn" from "deputies" where exists (
    select 1 from "deputy_mandates" where "deputy_mandates"."deputy_id" = "deputies"."id") order by "deputies"."id" asc limit 4 offset 0) "page";
