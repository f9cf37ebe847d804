-- districts.list.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'code', "page"."code", 'name', "page"."name", 'level', upper("page"."level"::text), 'parentId', "page"."parent_id"::text, 'version', "page"."version", 'parent', (
        select json_build_object('id', "p1"."id"::text, 'code', "p1"."code", 'name', "p1"."name") from "districts" "p1" where "p1"."id" = "page"."parent_id"), 'children', (
        select coalesce(json_agg(json_build_object('id', "p2"."id"::text, 'code', "p2"."code") order by "p2"."code" asc, "p2"."id" asc), '[]'::json) from (
          select * from "districts" where "districts"."parent_id" = "page"."id" order by "districts"."code" asc, "districts"."id" asc limit 2) "p2"), 'stations', (
        select coalesce(json_agg(json_build_object('id', "p3"."id"::text, 'name', "p3"."name") order by "p3"."id" asc), '[]'::json) from (
          select * from "stations" where "stations"."district_id" = "page"."id" order by "stations"."id" asc limit 2) "p3"), 'mandates', (
        select coalesce(json_agg(json_build_object('id', "p4"."id"::text, 'deputyId', "p4"."deputy_id"::text) order by "p4"."start_date" asc, "p4"."id" asc), '[]'::json) from (
          select * from "deputy_mandates" where "deputy_mandates"."district_id" = "page"."id" order by "deputy_mandates"."start_date" asc, "deputy_mandates"."id" asc limit 2) "p4")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "districts") as "total" from (
  select "districts"."id", "districts"."code", "districts"."name", "districts"."level", "districts"."parent_id", "districts"."version", row_number() over (order by "districts"."id" asc) as "__rn" from "districts" order by "districts"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'code', "page"."code", 'name', "page"."name", 'level', "page"."level", 'parentId', "page"."parent_id", 'version', "page"."version", '@parent', (
        select json_build_object('id', "p1"."id", 'code', "p1"."code", 'name', "p1"."name") from "districts" "p1" where "p1"."id" = "page"."parent_id"), '@children', (
        select coalesce(json_agg(json_build_object('id', "p2"."id", 'code', "p2"."code") order by "p2"."code" asc, "p2"."id" asc), '[]'::json) from (
          select * from "districts" where "districts"."parent_id" = "page"."id" order by "districts"."code" asc, "districts"."id" asc limit 2) "p2"), '@stations', (
        select coalesce(json_agg(json_build_object('id', "p3"."id", 'name', "p3"."name") order by "p3"."id" asc), '[]'::json) from (
          select * from "stations" where "stations"."district_id" = "page"."id" order by "stations"."id" asc limit 2) "p3"), '@mandates', (
        select coalesce(json_agg(json_build_object('id', "p4"."id", 'deputyId', "p4"."deputy_id") order by "p4"."start_date" asc, "p4"."id" asc), '[]'::json) from (
          select * from "deputy_mandates" where "deputy_mandates"."district_id" = "page"."id" order by "deputy_mandates"."start_date" asc, "deputy_mandates"."id" asc limit 2) "p4")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "districts") as "total" from (
  select "districts"."id", "districts"."code", "districts"."name", "districts"."level", "districts"."parent_id", "districts"."version", row_number() over (order by "districts"."id" asc) as "__rn" from "districts" order by "districts"."id" asc limit 4 offset 0) "page";
