-- proposalCosigners.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'proposalId', "page"."proposal_id"::text, 'deputyId', "page"."deputy_id"::text) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "proposal_cosigners" where exists (
    select 1 from "proposals" where "proposals"."id" = "proposal_cosigners"."proposal_id" and "proposals"."id" in ($1, $2, $3))) as "total" from (
  select "proposal_cosigners"."id", "proposal_cosigners"."proposal_id", "proposal_cosigners"."deputy_id", row_number() over (order by "proposal_cosigners"."id" asc) as "__rn" from "proposal_cosigners" where exists (
    select 1 from "proposals" where "proposals"."id" = "proposal_cosigners"."proposal_id" and "proposals"."id" in ($4, $5, $6)) order by "proposal_cosigners"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'proposalId', "page"."proposal_id", 'deputyId', "page"."deputy_id") order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "proposal_cosigners" where exists (
    select 1 from "proposals" where "proposals"."id" = "proposal_cosigners"."proposal_id" and "proposals"."id" in ($1, $2, $3))) as "total" from (
  select "proposal_cosigners"."id", "proposal_cosigners"."proposal_id", "proposal_cosigners"."deputy_id", row_number() over (order by "proposal_cosigners"."id" asc) as "__rn" from "proposal_cosigners" where exists (
    select 1 from "proposals" where "proposals"."id" = "proposal_cosigners"."proposal_id" and "proposals"."id" in ($4, $5, $6)) order by "proposal_cosigners"."id" asc limit 4 offset 0) "page";
