-- deputyGroupMembers.list.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'groupId', "page"."group_id"::text, 'deputyId', "page"."deputy_id"::text, 'role', upper("page"."role"::text), 'group', (
        select json_build_object('id', "p1"."id"::text, 'name', "p1"."name", 'kind', upper("p1"."kind"::text)) from "deputy_groups" "p1" where "p1"."id" = "page"."group_id"), 'deputy', (
        select json_build_object('id', "p2"."id"::text, 'name', "p2"."name", 'gender', upper("p2"."gender"::text)) from "deputies" "p2" where "p2"."id" = "page"."deputy_id")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "deputy_group_members") as "total" from (
  select "deputy_group_members"."id", "deputy_group_members"."group_id", "deputy_group_members"."deputy_id", "deputy_group_members"."role", row_number() over (order by "deputy_group_members"."id" asc) as "__rn" from "deputy_group_members" order by "deputy_group_members"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'groupId', "page"."group_id", 'deputyId', "page"."deputy_id", 'role', "page"."role", '@group', (
        select json_build_object('id', "p1"."id", 'name', "p1"."name", 'kind', "p1"."kind") from "deputy_groups" "p1" where "p1"."id" = "page"."group_id"), '@deputy', (
        select json_build_object('id', "p2"."id", 'name', "p2"."name", 'gender', "p2"."gender") from "deputies" "p2" where "p2"."id" = "page"."deputy_id")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "deputy_group_members") as "total" from (
  select "deputy_group_members"."id", "deputy_group_members"."group_id", "deputy_group_members"."deputy_id", "deputy_group_members"."role", row_number() over (order by "deputy_group_members"."id" asc) as "__rn" from "deputy_group_members" order by "deputy_group_members"."id" asc limit 4 offset 0) "page";
