-- activities.record.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select (json_build_object('id', "p0"."id"::text, 'area', upper("p0"."area"::text), 'kind', upper("p0"."kind"::text), 'title', "p0"."title", 'date', "p0"."date", 'districtId', "p0"."district_id"::text, 'stationId', "p0"."station_id"::text, 'groupId', "p0"."group_id"::text, 'measureId', "p0"."measure_id"::text, 'suggestionsCount', "p0"."suggestions_count", 'description', "p0"."description", 'version', "p0"."version", 'district', (
      select json_build_object('id', "p1"."id"::text, 'code', "p1"."code", 'name', "p1"."name") from "districts" "p1" where "p1"."id" = "p0"."district_id"), 'station', (
      select json_build_object('id', "p2"."id"::text, 'name', "p2"."name", 'kind', upper("p2"."kind"::text)) from "stations" "p2" where "p2"."id" = "p0"."station_id"), 'group', (
      select json_build_object('id', "p3"."id"::text, 'name', "p3"."name", 'kind', upper("p3"."kind"::text)) from "deputy_groups" "p3" where "p3"."id" = "p0"."group_id"), 'measure', (
      select json_build_object('id', "p4"."id"::text, 'year', "p4"."year", 'number', "p4"."number") from "measures" "p4" where "p4"."id" = "p0"."measure_id"), 'participations', (
      select coalesce(json_agg(json_build_object('id', "p5"."id"::text, 'activityId', "p5"."activity_id"::text) order by "p5"."id" asc), '[]'::json) from (
        select * from "activity_participations" where "activity_participations"."activity_id" = "p0"."id" order by "activity_participations"."id" asc limit 2) "p5")))::text as "j" from "activities" "p0" where "p0"."id" = $1;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select json_build_object('id', "p0"."id", 'area', "p0"."area", 'kind', "p0"."kind", 'title', "p0"."title", 'date', "p0"."date", 'districtId', "p0"."district_id", 'stationId', "p0"."station_id", 'groupId', "p0"."group_id", 'measureId', "p0"."measure_id", 'suggestionsCount', "p0"."suggestions_count", 'description', "p0"."description", 'version', "p0"."version", '@district', (
    select json_build_object('id', "p1"."id", 'code', "p1"."code", 'name', "p1"."name") from "districts" "p1" where "p1"."id" = "p0"."district_id"), '@station', (
    select json_build_object('id', "p2"."id", 'name', "p2"."name", 'kind', "p2"."kind") from "stations" "p2" where "p2"."id" = "p0"."station_id"), '@group', (
    select json_build_object('id', "p3"."id", 'name', "p3"."name", 'kind', "p3"."kind") from "deputy_groups" "p3" where "p3"."id" = "p0"."group_id"), '@measure', (
    select json_build_object('id', "p4"."id", 'year', "p4"."year", 'number', "p4"."number") from "measures" "p4" where "p4"."id" = "p0"."measure_id"), '@participations', (
    select coalesce(json_agg(json_build_object('id', "p5"."id", 'activityId', "p5"."activity_id") order by "p5"."id" asc), '[]'::json) from (
      select * from "activity_participations" where "activity_participations"."activity_id" = "p0"."id" order by "activity_participations"."id" asc limit 2) "p5")) as "j" from "activities" "p0" where "p0"."id" = $1;
