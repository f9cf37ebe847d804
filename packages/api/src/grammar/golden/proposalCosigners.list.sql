-- proposalCosigners.list.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'proposalId', "page"."proposal_id"::text, 'deputyId', "page"."deputy_id"::text, 'proposal', (
        select json_build_object('id', "p1"."id"::text, 'congressTerm', "p1"."congress_term", 'sessionNumber', "p1"."session_number") from "proposals" "p1" where "p1"."id" = "page"."proposal_id"), 'deputy', (
        select json_build_object('id', "p2"."id"::text, 'name', "p2"."name", 'gender', upper("p2"."gender"::text)) from "deputies" "p2" where "p2"."id" = "page"."deputy_id")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "proposal_cosigners") as "total" from (
  select "proposal_cosigners"."id", "proposal_cosigners"."proposal_id", "proposal_cosigners"."deputy_id", row_number() over (order by "proposal_cosigners"."id" asc) as "__rn" from "proposal_cosigners" order by "proposal_cosigners"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'proposalId', "page"."proposal_id", 'deputyId', "page"."deputy_id", '@proposal', (
        select json_build_object('id', "p1"."id", 'congressTerm', "p1"."congress_term", 'sessionNumber', "p1"."session_number") from "proposals" "p1" where "p1"."id" = "page"."proposal_id"), '@deputy', (
        select json_build_object('id', "p2"."id", 'name', "p2"."name", 'gender', "p2"."gender") from "deputies" "p2" where "p2"."id" = "page"."deputy_id")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "proposal_cosigners") as "total" from (
  select "proposal_cosigners"."id", "proposal_cosigners"."proposal_id", "proposal_cosigners"."deputy_id", row_number() over (order by "proposal_cosigners"."id" asc) as "__rn" from "proposal_cosigners" order by "proposal_cosigners"."id" asc limit 4 offset 0) "page";
