-- measures.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'year', "page"."year", 'number', "page"."number") order by "page"."year" desc, "page"."number" asc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "measures" where exists (
    select 1 from "committees" where "committees"."id" = "measures"."committee_id" and "committees"."id" in ($1, $2, $3))) as "total" from (
  select "measures"."id", "measures"."year", "measures"."number", row_number() over (order by "measures"."year" desc, "measures"."number" asc, "measures"."id" asc) as "__rn" from "measures" where exists (
    select 1 from "committees" where "committees"."id" = "measures"."committee_id" and "committees"."id" in ($4, $5, $6)) order by "measures"."year" desc, "measures"."number" asc, "measures"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'year', "page"."year", 'number', "page"."number") order by "page"."year" desc, "page"."number" asc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "measures" where exists (
    select 1 from "committees" where "committees"."id" = "measures"."committee_id" and "committees"."id" in ($1, $2, $3))) as "total" from (
  select "measures"."id", "measures"."year", "measures"."number", row_number() over (order by "measures"."year" desc, "measures"."number" asc, "measures"."id" asc) as "__rn" from "measures" where exists (
    select 1 from "committees" where "committees"."id" = "measures"."committee_id" and "committees"."id" in ($4, $5, $6)) order by "measures"."year" desc, "measures"."number" asc, "measures"."id" asc limit 4 offset 0) "page";
