-- committees.record.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select (json_build_object('id', "p0"."id"::text, 'name', "p0"."name", 'kind', upper("p0"."kind"::text), 'version', "p0"."version", 'measures', (
      select coalesce(json_agg(json_build_object('id', "p1"."id"::text, 'year', "p1"."year") order by "p1"."year" desc, "p1"."number" asc, "p1"."id" asc), '[]'::json) from (
        select * from "measures" where "measures"."committee_id" = "p0"."id" order by "measures"."year" desc, "measures"."number" asc, "measures"."id" asc limit 2) "p1"), 'contacts', (
      select coalesce(json_agg(json_build_object('id', "p2"."id"::text, 'date', "p2"."date") order by "p2"."date" desc, "p2"."id" asc), '[]'::json) from (
        select * from "contacts" where "contacts"."committee_id" = "p0"."id" order by "contacts"."date" desc, "contacts"."id" asc limit 2) "p2")))::text as "j" from "committees" "p0" where "p0"."id" = $1;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select json_build_object('id', "p0"."id", 'name', "p0"."name", 'kind', "p0"."kind", 'version', "p0"."version", '@measures', (
    select coalesce(json_agg(json_build_object('id', "p1"."id", 'year', "p1"."year") order by "p1"."year" desc, "p1"."number" asc, "p1"."id" asc), '[]'::json) from (
      select * from "measures" where "measures"."committee_id" = "p0"."id" order by "measures"."year" desc, "measures"."number" asc, "measures"."id" asc limit 2) "p1"), '@contacts', (
    select coalesce(json_agg(json_build_object('id', "p2"."id", 'date', "p2"."date") order by "p2"."date" desc, "p2"."id" asc), '[]'::json) from (
      select * from "contacts" where "contacts"."committee_id" = "p0"."id" order by "contacts"."date" desc, "contacts"."id" asc limit 2) "p2")) as "j" from "committees" "p0" where "p0"."id" = $1;
