-- measures.record.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select (json_build_object('id', "p0"."id"::text, 'year', "p0"."year", 'number', "p0"."number", 'area', upper("p0"."area"::text), 'title', "p0"."title", 'committeeId', "p0"."committee_id"::text, 'description', "p0"."description", 'version', "p0"."version", 'committee', (
      select json_build_object('id', "p1"."id"::text, 'name', "p1"."name", 'kind', upper("p1"."kind"::text)) from "committees" "p1" where "p1"."id" = "p0"."committee_id"), 'activities', (
      select coalesce(json_agg(json_build_object('id', "p2"."id"::text, 'area', upper("p2"."area"::text)) order by "p2"."date" desc, "p2"."id" asc), '[]'::json) from (
        select * from "activities" where "activities"."measure_id" = "p0"."id" order by "activities"."date" desc, "activities"."id" asc limit 2) "p2")))::text as "j" from "measures" "p0" where "p0"."id" = $1;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select json_build_object('id', "p0"."id", 'year', "p0"."year", 'number', "p0"."number", 'area', "p0"."area", 'title', "p0"."title", 'committeeId', "p0"."committee_id", 'description', "p0"."description", 'version', "p0"."version", '@committee', (
    select json_build_object('id', "p1"."id", 'name', "p1"."name", 'kind', "p1"."kind") from "committees" "p1" where "p1"."id" = "p0"."committee_id"), '@activities', (
    select coalesce(json_agg(json_build_object('id', "p2"."id", 'area', "p2"."area") order by "p2"."date" desc, "p2"."id" asc), '[]'::json) from (
      select * from "activities" where "activities"."measure_id" = "p0"."id" order by "activities"."date" desc, "activities"."id" asc limit 2) "p2")) as "j" from "measures" "p0" where "p0"."id" = $1;
