-- deputyGroupMembers.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'groupId', "page"."group_id"::text, 'deputyId', "page"."deputy_id"::text) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "deputy_group_members" where exists (
    select 1 from "deputy_groups" where "deputy_groups"."id" = "deputy_group_members"."group_id" and "deputy_groups"."id" in ($1, $2, $3))) as "total" from (
  select "deputy_group_members"."id", "deputy_group_members"."group_id", "deputy_group_members"."deputy_id", row_number() over (order by "deputy_group_members"."id" asc) as "__rn" from "deputy_group_members" where exists (
    select 1 from "deputy_groups" where "deputy_groups"."id" = "deputy_group_members"."group_id" and "deputy_groups"."id" in ($4, $5, $6)) order by "deputy_group_members"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'groupId', "page"."group_id", 'deputyId', "page"."deputy_id") order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "deputy_group_members" where exists (
    select 1 from "deputy_groups" where "deputy_groups"."id" = "deputy_group_members"."group_id" and "deputy_groups"."id" in ($1, $2, $3))) as "total" from (
  select "deputy_group_members"."id", "deputy_group_members"."group_id", "deputy_group_members"."deputy_id", row_number() over (order by "deputy_group_members"."id" asc) as "__rn" from "deputy_group_members" where exists (
    select 1 from "deputy_groups" where "deputy_groups"."id" = "deputy_group_members"."group_id" and "deputy_groups"."id" in ($4, $5, $6)) order by "deputy_group_members"."id" asc limit 4 offset 0) "page";
