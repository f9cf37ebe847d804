-- proposalEvents.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'proposalId', "page"."proposal_id"::text, 'kind', upper("page"."kind"::text)) order by "page"."at" asc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "proposal_events" where exists (
    select 1 from "proposals" where "proposals"."id" = "proposal_events"."proposal_id" and "proposals"."id" in ($1, $2, $3))) as "total" from (
  select "proposal_events"."id", "proposal_events"."at", "proposal_events"."proposal_id", "proposal_events"."kind", row_number() over (order by "proposal_events"."at" asc, "proposal_events"."id" asc) as "__rn" from "proposal_events" where exists (
    select 1 from "proposals" where "proposals"."id" = "proposal_events"."proposal_id" and "proposals"."id" in ($4, $5, $6)) order by "proposal_events"."at" asc, "proposal_events"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'proposalId', "page"."proposal_id", 'kind', "page"."kind") order by "page"."at" asc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "proposal_events" where exists (
    select 1 from "proposals" where "proposals"."id" = "proposal_events"."proposal_id" and "proposals"."id" in ($1, $2, $3))) as "total" from (
  select "proposal_events"."id", "proposal_events"."at", "proposal_events"."proposal_id", "proposal_events"."kind", row_number() over (order by "proposal_events"."at" asc, "proposal_events"."id" asc) as "__rn" from "proposal_events" where exists (
    select 1 from "proposals" where "proposals"."id" = "proposal_events"."proposal_id" and "proposals"."id" in ($4, $5, $6)) order by "proposal_events"."at" asc, "proposal_events"."id" asc limit 4 offset 0) "page";
