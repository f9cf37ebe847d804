-- proposals.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'congressTerm', "page"."congress_term", 'sessionNumber', "page"."session_number") order by "page"."submitted_at" desc, "page"."number" asc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "proposals" where exists (
    select 1 from "proposal_cosigners" where "proposal_cosigners"."proposal_id" = "proposals"."id")) as "total" from (
  select "proposals"."id", "proposals"."submitted_at", "proposals"."number", "proposals"."congress_term", "proposals"."session_number", row_number() over (order by "proposals"."submitted_at" desc, "proposals"."number" asc, "proposals"."id" asc) as "__rn" from "proposals" where exists (
    select 1 from "proposal_cosigners" where "proposal_cosigners"."proposal_id" = "proposals"."id") order by "proposals"."submitted_at" desc, "proposals"."number" asc, "proposals"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'congressTerm', "page"."congress_term", 'sessionNumber', "page"."session_number") order by "page"."submitted_at" desc, "page"."number" asc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "proposals" where exists (
    select 1 from "proposal_cosigners" where "proposal_cosigners"."proposal_id" = "proposals"."id")) as "total" from (
  select "proposals"."id", "proposals"."submitted_at", "proposals"."number", "proposals"."congress_term", "proposals"."session_number", row_number() over (order by "proposals"."submitted_at" desc, "proposals"."number" asc, "proposals"."id" asc) as "__rn" from "proposals" where exists (
    select 1 from "proposal_cosigners" where "proposal_cosigners"."proposal_id" = "proposals"."id") order by "proposals"."submitted_at" desc, "proposals"."number" asc, "proposals"."id" asc limit 4 offset 0) "page";
