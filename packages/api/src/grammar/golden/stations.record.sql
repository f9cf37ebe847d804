-- stations.record.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select (json_build_object('id', "p0"."id"::text, 'name', "p0"."name", 'kind', upper("p0"."kind"::text), 'parentId', "p0"."parent_id"::text, 'districtId', "p0"."district_id"::text, 'townshipId', "p0"."township_id"::text, 'address', "p0"."address", 'isModel', "p0"."is_model", 'modelYear', "p0"."model_year", 'isIndustry', "p0"."is_industry", 'industry', "p0"."industry", 'contactPerson', "p0"."contact_person", 'openedOn', "p0"."opened_on", 'active', "p0"."active", 'version', "p0"."version", 'parent', (
      select json_build_object('id', "p1"."id"::text, 'name', "p1"."name", 'kind', upper("p1"."kind"::text)) from "stations" "p1" where "p1"."id" = "p0"."parent_id"), 'district', (
      select json_build_object('id', "p2"."id"::text, 'code', "p2"."code", 'name', "p2"."name") from "districts" "p2" where "p2"."id" = "p0"."district_id"), 'township', (
      select json_build_object('id', "p3"."id"::text, 'code', "p3"."code", 'name', "p3"."name") from "districts" "p3" where "p3"."id" = "p0"."township_id"), 'rooms', (
      select coalesce(json_agg(json_build_object('id', "p4"."id"::text, 'name', "p4"."name") order by "p4"."id" asc), '[]'::json) from (
        select * from "stations" where "stations"."parent_id" = "p0"."id" order by "stations"."id" asc limit 2) "p4"), 'deputies', (
      select coalesce(json_agg(json_build_object('id', "p5"."id"::text, 'stationId', "p5"."station_id"::text) order by "p5"."id" asc), '[]'::json) from (
        select * from "station_deputies" where "station_deputies"."station_id" = "p0"."id" order by "station_deputies"."id" asc limit 2) "p5"), 'activities', (
      select coalesce(json_agg(json_build_object('id', "p6"."id"::text, 'area', upper("p6"."area"::text)) order by "p6"."date" desc, "p6"."id" asc), '[]'::json) from (
        select * from "activities" where "activities"."station_id" = "p0"."id" order by "activities"."date" desc, "activities"."id" asc limit 2) "p6"), 'receptions', (
      select coalesce(json_agg(json_build_object('id', "p7"."id"::text, 'date', "p7"."date") order by "p7"."date" desc, "p7"."id" asc), '[]'::json) from (
        select * from "receptions" where "receptions"."station_id" = "p0"."id" order by "receptions"."date" desc, "receptions"."id" asc limit 2) "p7")))::text as "j" from "stations" "p0" where "p0"."id" = $1;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select json_build_object('id', "p0"."id", 'name', "p0"."name", 'kind', "p0"."kind", 'parentId', "p0"."parent_id", 'districtId', "p0"."district_id", 'townshipId', "p0"."township_id", 'address', "p0"."address", 'isModel', "p0"."is_model", 'modelYear', "p0"."model_year", 'isIndustry', "p0"."is_industry", 'industry', "p0"."industry", 'contactPerson', "p0"."contact_person", 'openedOn', "p0"."opened_on", 'active', "p0"."active", 'version', "p0"."version", '@parent', (
    select json_build_object('id', "p1"."id", 'name', "p1"."name", 'kind', "p1"."kind") from "stations" "p1" where "p1"."id" = "p0"."parent_id"), '@district', (
    select json_build_object('id', "p2"."id", 'code', "p2"."code", 'name', "p2"."name") from "districts" "p2" where "p2"."id" = "p0"."district_id"), '@township', (
    select json_build_object('id', "p3"."id", 'code', "p3"."code", 'name', "p3"."name") from "districts" "p3" where "p3"."id" = "p0"."township_id"), '@rooms', (
    select coalesce(json_agg(json_build_object('id', "p4"."id", 'name', "p4"."name") order by "p4"."id" asc), '[]'::json) from (
      select * from "stations" where "stations"."parent_id" = "p0"."id" order by "stations"."id" asc limit 2) "p4"), '@deputies', (
    select coalesce(json_agg(json_build_object('id', "p5"."id", 'stationId', "p5"."station_id") order by "p5"."id" asc), '[]'::json) from (
      select * from "station_deputies" where "station_deputies"."station_id" = "p0"."id" order by "station_deputies"."id" asc limit 2) "p5"), '@activities', (
    select coalesce(json_agg(json_build_object('id', "p6"."id", 'area', "p6"."area") order by "p6"."date" desc, "p6"."id" asc), '[]'::json) from (
      select * from "activities" where "activities"."station_id" = "p0"."id" order by "activities"."date" desc, "activities"."id" asc limit 2) "p6"), '@receptions', (
    select coalesce(json_agg(json_build_object('id', "p7"."id", 'date', "p7"."date") order by "p7"."date" desc, "p7"."id" asc), '[]'::json) from (
      select * from "receptions" where "receptions"."station_id" = "p0"."id" order by "receptions"."date" desc, "receptions"."id" asc limit 2) "p7")) as "j" from "stations" "p0" where "p0"."id" = $1;
