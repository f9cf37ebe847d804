-- committees.list.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'name', "page"."name", 'kind', upper("page"."kind"::text), 'version', "page"."version", 'measures', (
        select coalesce(json_agg(json_build_object('id', "p1"."id"::text, 'year', "p1"."year") order by "p1"."year" desc, "p1"."number" asc, "p1"."id" asc), '[]'::json) from (
          select * from "measures" where "measures"."committee_id" = "page"."id" order by "measures"."year" desc, "measures"."number" asc, "measures"."id" asc limit 2) "p1"), 'contacts', (
        select coalesce(json_agg(json_build_object('id', "p2"."id"::text, 'date', "p2"."date") order by "p2"."date" desc, "p2"."id" asc), '[]'::json) from (
          select * from "contacts" where "contacts"."committee_id" = "page"."id" order by "contacts"."date" desc, "contacts"."id" asc limit 2) "p2")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "committees") as "total" from (
  select "committees"."id", "committees"."name", "committees"."kind", "committees"."version", row_number() over (order by "committees"."id" asc) as "__rn" from "committees" order by "committees"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'name', "page"."name", 'kind', "page"."kind", 'version', "page"."version", '@measures', (
        select coalesce(json_agg(json_build_object('id', "p1"."id", 'year', "p1"."year") order by "p1"."year" desc, "p1"."number" asc, "p1"."id" asc), '[]'::json) from (
          select * from "measures" where "measures"."committee_id" = "page"."id" order by "measures"."year" desc, "measures"."number" asc, "measures"."id" asc limit 2) "p1"), '@contacts', (
        select coalesce(json_agg(json_build_object('id', "p2"."id", 'date', "p2"."date") order by "p2"."date" desc, "p2"."id" asc), '[]'::json) from (
          select * from "contacts" where "contacts"."committee_id" = "page"."id" order by "contacts"."date" desc, "contacts"."id" asc limit 2) "p2")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "committees") as "total" from (
  select "committees"."id", "committees"."name", "committees"."kind", "committees"."version", row_number() over (order by "committees"."id" asc) as "__rn" from "committees" order by "committees"."id" asc limit 4 offset 0) "page";
