-- deputyGroups.record.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select (json_build_object('id', "p0"."id"::text, 'name', "p0"."name", 'kind', upper("p0"."kind"::text), 'districtId', "p0"."district_id"::text, 'sector', upper("p0"."sector"::text), 'description', "p0"."description", 'version', "p0"."version", 'district', (
      select json_build_object('id', "p1"."id"::text, 'code', "p1"."code", 'name', "p1"."name") from "districts" "p1" where "p1"."id" = "p0"."district_id"), 'members', (
      select coalesce(json_agg(json_build_object('id', "p2"."id"::text, 'groupId', "p2"."group_id"::text) order by "p2"."id" asc), '[]'::json) from (
        select * from "deputy_group_members" where "deputy_group_members"."group_id" = "p0"."id" order by "deputy_group_members"."id" asc limit 2) "p2"), 'activities', (
      select coalesce(json_agg(json_build_object('id', "p3"."id"::text, 'area', upper("p3"."area"::text)) order by "p3"."date" desc, "p3"."id" asc), '[]'::json) from (
        select * from "activities" where "activities"."group_id" = "p0"."id" order by "activities"."date" desc, "activities"."id" asc limit 2) "p3")))::text as "j" from "deputy_groups" "p0" where "p0"."id" = $1;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select json_build_object('id', "p0"."id", 'name', "p0"."name", 'kind', "p0"."kind", 'districtId', "p0"."district_id", 'sector', "p0"."sector", 'description', "p0"."description", 'version', "p0"."version", '@district', (
    select json_build_object('id', "p1"."id", 'code', "p1"."code", 'name', "p1"."name") from "districts" "p1" where "p1"."id" = "p0"."district_id"), '@members', (
    select coalesce(json_agg(json_build_object('id', "p2"."id", 'groupId', "p2"."group_id") order by "p2"."id" asc), '[]'::json) from (
      select * from "deputy_group_members" where "deputy_group_members"."group_id" = "p0"."id" order by "deputy_group_members"."id" asc limit 2) "p2"), '@activities', (
    select coalesce(json_agg(json_build_object('id', "p3"."id", 'area', "p3"."area") order by "p3"."date" desc, "p3"."id" asc), '[]'::json) from (
      select * from "activities" where "activities"."group_id" = "p0"."id" order by "activities"."date" desc, "activities"."id" asc limit 2) "p3")) as "j" from "deputy_groups" "p0" where "p0"."id" = $1;
