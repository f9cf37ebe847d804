-- deputyMandates.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'deputyId', "page"."deputy_id"::text, 'level', upper("page"."level"::text)) order by "page"."start_date" asc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "deputy_mandates" where exists (
    select 1 from "deputies" where "deputies"."id" = "deputy_mandates"."deputy_id" and "deputies"."id" in ($1, $2, $3))) as "total" from (
  select "deputy_mandates"."id", "deputy_mandates"."start_date", "deputy_mandates"."deputy_id", "deputy_mandates"."level", row_number() over (order by "deputy_mandates"."start_date" asc, "deputy_mandates"."id" asc) as "__rn" from "deputy_mandates" where exists (
    select 1 from "deputies" where "deputies"."id" = "deputy_mandates"."deputy_id" and "deputies"."id" in ($4, $5, $6)) order by "deputy_mandates"."start_date" asc, "deputy_mandates"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'deputyId', "page"."deputy_id", 'level', "page"."level") order by "page"."start_date" asc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "deputy_mandates" where exists (
    select 1 from "deputies" where "deputies"."id" = "deputy_mandates"."deputy_id" and "deputies"."id" in ($1, $2, $3))) as "total" from (
  select "deputy_mandates"."id", "deputy_mandates"."start_date", "deputy_mandates"."deputy_id", "deputy_mandates"."level", row_number() over (order by "deputy_mandates"."start_date" asc, "deputy_mandates"."id" asc) as "__rn" from "deputy_mandates" where exists (
    select 1 from "deputies" where "deputies"."id" = "deputy_mandates"."deputy_id" and "deputies"."id" in ($4, $5, $6)) order by "deputy_mandates"."start_date" asc, "deputy_mandates"."id" asc limit 4 offset 0) "page";
