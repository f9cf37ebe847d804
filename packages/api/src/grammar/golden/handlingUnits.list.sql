-- handlingUnits.list.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'name', "page"."name", 'kind', upper("page"."kind"::text), 'contactPerson', "page"."contact_person", 'version', "page"."version", 'assignments', (
        select coalesce(json_agg(json_build_object('id', "p1"."id"::text, 'proposalId', "p1"."proposal_id"::text) order by "p1"."role" asc, "p1"."id" asc), '[]'::json) from (
          select * from "proposal_assignments" where "proposal_assignments"."unit_id" = "page"."id" order by "proposal_assignments"."role" asc, "proposal_assignments"."id" asc limit 2) "p1"), 'opinions', (
        select coalesce(json_agg(json_build_object('id', "p2"."id"::text, 'receptionId', "p2"."reception_id"::text) order by "p2"."raised_on" desc, "p2"."id" asc), '[]'::json) from (
          select * from "opinions" where "opinions"."unit_id" = "page"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p2")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "handling_units") as "total" from (
  select "handling_units"."id", "handling_units"."name", "handling_units"."kind", "handling_units"."contact_person", "handling_units"."version", row_number() over (order by "handling_units"."id" asc) as "__rn" from "handling_units" order by "handling_units"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'name', "page"."name", 'kind', "page"."kind", 'contactPerson', "page"."contact_person", 'version', "page"."version", '@assignments', (
        select coalesce(json_agg(json_build_object('id', "p1"."id", 'proposalId', "p1"."proposal_id") order by "p1"."role" asc, "p1"."id" asc), '[]'::json) from (
          select * from "proposal_assignments" where "proposal_assignments"."unit_id" = "page"."id" order by "proposal_assignments"."role" asc, "proposal_assignments"."id" asc limit 2) "p1"), '@opinions', (
        select coalesce(json_agg(json_build_object('id', "p2"."id", 'receptionId', "p2"."reception_id") order by "p2"."raised_on" desc, "p2"."id" asc), '[]'::json) from (
          select * from "opinions" where "opinions"."unit_id" = "page"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p2")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "handling_units") as "total" from (
  select "handling_units"."id", "handling_units"."name", "handling_units"."kind", "handling_units"."contact_person", "handling_units"."version", row_number() over (order by "handling_units"."id" asc) as "__rn" from "handling_units" order by "handling_units"."id" asc limit 4 offset 0) "page";
