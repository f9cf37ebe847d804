-- districts.record.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select (json_build_object('id', "p0"."id"::text, 'code', "p0"."code", 'name', "p0"."name", 'level', upper("p0"."level"::text), 'parentId', "p0"."parent_id"::text, 'version', "p0"."version", 'parent', (
      select json_build_object('id', "p1"."id"::text, 'code', "p1"."code", 'name', "p1"."name") from "districts" "p1" where "p1"."id" = "p0"."parent_id"), 'children', (
      select coalesce(json_agg(json_build_object('id', "p2"."id"::text, 'code', "p2"."code") order by "p2"."code" asc, "p2"."id" asc), '[]'::json) from (
        select * from "districts" where "districts"."parent_id" = "p0"."id" order by "districts"."code" asc, "districts"."id" asc limit 2) "p2"), 'stations', (
      select coalesce(json_agg(json_build_object('id', "p3"."id"::text, 'name', "p3"."name") order by "p3"."id" asc), '[]'::json) from (
        select * from "stations" where "stations"."district_id" = "p0"."id" order by "stations"."id" asc limit 2) "p3"), 'mandates', (
      select coalesce(json_agg(json_build_object('id', "p4"."id"::text, 'deputyId', "p4"."deputy_id"::text) order by "p4"."start_date" asc, "p4"."id" asc), '[]'::json) from (
        select * from "deputy_mandates" where "deputy_mandates"."district_id" = "p0"."id" order by "deputy_mandates"."start_date" asc, "deputy_mandates"."id" asc limit 2) "p4")))::text as "j" from "districts" "p0" where "p0"."id" = $1;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select json_build_object('id', "p0"."id", 'code', "p0"."code", 'name', "p0"."name", 'level', "p0"."level", 'parentId', "p0"."parent_id", 'version', "p0"."version", '@parent', (
    select json_build_object('id', "p1"."id", 'code', "p1"."code", 'name', "p1"."name") from "districts" "p1" where "p1"."id" = "p0"."parent_id"), '@children', (
    select coalesce(json_agg(json_build_object('id', "p2"."id", 'code', "p2"."code") order by "p2"."code" asc, "p2"."id" asc), '[]'::json) from (
      select * from "districts" where "districts"."parent_id" = "p0"."id" order by "districts"."code" asc, "districts"."id" asc limit 2) "p2"), '@stations', (
    select coalesce(json_agg(json_build_object('id', "p3"."id", 'name', "p3"."name") order by "p3"."id" asc), '[]'::json) from (
      select * from "stations" where "stations"."district_id" = "p0"."id" order by "stations"."id" asc limit 2) "p3"), '@mandates', (
    select coalesce(json_agg(json_build_object('id', "p4"."id", 'deputyId', "p4"."deputy_id") order by "p4"."start_date" asc, "p4"."id" asc), '[]'::json) from (
      select * from "deputy_mandates" where "deputy_mandates"."district_id" = "p0"."id" order by "deputy_mandates"."start_date" asc, "deputy_mandates"."id" asc limit 2) "p4")) as "j" from "districts" "p0" where "p0"."id" = $1;
