-- deputyGroups.list.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'name', "page"."name", 'kind', upper("page"."kind"::text), 'districtId', "page"."district_id"::text, 'sector', upper("page"."sector"::text), 'description', "page"."description", 'version', "page"."version", 'district', (
        select json_build_object('id', "p1"."id"::text, 'code', "p1"."code", 'name', "p1"."name") from "districts" "p1" where "p1"."id" = "page"."district_id"), 'members', (
        select coalesce(json_agg(json_build_object('id', "p2"."id"::text, 'groupId', "p2"."group_id"::text) order by "p2"."id" asc), '[]'::json) from (
          select * from "deputy_group_members" where "deputy_group_members"."group_id" = "page"."id" order by "deputy_group_members"."id" asc limit 2) "p2"), 'activities', (
        select coalesce(json_agg(json_build_object('id', "p3"."id"::text, 'area', upper("p3"."area"::text)) order by "p3"."date" desc, "p3"."id" asc), '[]'::json) from (
          select * from "activities" where "activities"."group_id" = "page"."id" order by "activities"."date" desc, "activities"."id" asc limit 2) "p3")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "deputy_groups") as "total" from (
  select "deputy_groups"."id", "deputy_groups"."name", "deputy_groups"."kind", "deputy_groups"."district_id", "deputy_groups"."sector", "deputy_groups"."description", "deputy_groups"."version", row_number() over (order by "deputy_groups"."id" asc) as "__rn" from "deputy_groups" order by "deputy_groups"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'name', "page"."name", 'kind', "page"."kind", 'districtId', "page"."district_id", 'sector', "page"."sector", 'description', "page"."description", 'version', "page"."version", '@district', (
        select json_build_object('id', "p1"."id", 'code', "p1"."code", 'name', "p1"."name") from "districts" "p1" where "p1"."id" = "page"."district_id"), '@members', (
        select coalesce(json_agg(json_build_object('id', "p2"."id", 'groupId', "p2"."group_id") order by "p2"."id" asc), '[]'::json) from (
          select * from "deputy_group_members" where "deputy_group_members"."group_id" = "page"."id" order by "deputy_group_members"."id" asc limit 2) "p2"), '@activities', (
        select coalesce(json_agg(json_build_object('id', "p3"."id", 'area', "p3"."area") order by "p3"."date" desc, "p3"."id" asc), '[]'::json) from (
          select * from "activities" where "activities"."group_id" = "page"."id" order by "activities"."date" desc, "activities"."id" asc limit 2) "p3")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "deputy_groups") as "total" from (
  select "deputy_groups"."id", "deputy_groups"."name", "deputy_groups"."kind", "deputy_groups"."district_id", "deputy_groups"."sector", "deputy_groups"."description", "deputy_groups"."version", row_number() over (order by "deputy_groups"."id" asc) as "__rn" from "deputy_groups" order by "deputy_groups"."id" asc limit 4 offset 0) "page";
