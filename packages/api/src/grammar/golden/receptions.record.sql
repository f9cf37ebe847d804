-- receptions.record.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select (json_build_object('id', "p0"."id"::text, 'date', "p0"."date", 'way', upper("p0"."way"::text), 'stationId', "p0"."station_id"::text, 'districtId', "p0"."district_id"::text, 'constituentsCount', "p0"."constituents_count", 'subject', "p0"."subject", 'notes', "p0"."notes", 'version', "p0"."version", 'station', (
      select json_build_object('id', "p1"."id"::text, 'name', "p1"."name", 'kind', upper("p1"."kind"::text)) from "stations" "p1" where "p1"."id" = "p0"."station_id"), 'district', (
      select json_build_object('id', "p2"."id"::text, 'code', "p2"."code", 'name', "p2"."name") from "districts" "p2" where "p2"."id" = "p0"."district_id"), 'deputies', (
      select coalesce(json_agg(json_build_object('id', "p3"."id"::text, 'receptionId', "p3"."reception_id"::text) order by "p3"."id" asc), '[]'::json) from (
        select * from "reception_deputies" where "reception_deputies"."reception_id" = "p0"."id" order by "reception_deputies"."id" asc limit 2) "p3"), 'opinions', (
      select coalesce(json_agg(json_build_object('id', "p4"."id"::text, 'receptionId', "p4"."reception_id"::text) order by "p4"."raised_on" desc, "p4"."id" asc), '[]'::json) from (
        select * from "opinions" where "opinions"."reception_id" = "p0"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p4")))::text as "j" from "receptions" "p0" where "p0"."id" = $1;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select json_build_object('id', "p0"."id", 'date', "p0"."date", 'way', "p0"."way", 'stationId', "p0"."station_id", 'districtId', "p0"."district_id", 'constituentsCount', "p0"."constituents_count", 'subject', "p0"."subject", 'notes', "p0"."notes", 'version', "p0"."version", '@station', (
    select json_build_object('id', "p1"."id", 'name', "p1"."name", 'kind', "p1"."kind") from "stations" "p1" where "p1"."id" = "p0"."station_id"), '@district', (
    select json_build_object('id', "p2"."id", 'code', "p2"."code", 'name', "p2"."name") from "districts" "p2" where "p2"."id" = "p0"."district_id"), '@deputies', (
    select coalesce(json_agg(json_build_object('id', "p3"."id", 'receptionId', "p3"."reception_id") order by "p3"."id" asc), '[]'::json) from (
      select * from "reception_deputies" where "reception_deputies"."reception_id" = "p0"."id" order by "reception_deputies"."id" asc limit 2) "p3"), '@opinions', (
    select coalesce(json_agg(json_build_object('id', "p4"."id", 'receptionId', "p4"."reception_id") order by "p4"."raised_on" desc, "p4"."id" asc), '[]'::json) from (
      select * from "opinions" where "opinions"."reception_id" = "p0"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p4")) as "j" from "receptions" "p0" where "p0"."id" = $1;
