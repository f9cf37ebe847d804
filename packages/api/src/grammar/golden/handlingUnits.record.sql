-- handlingUnits.record.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select (json_build_object('id', "p0"."id"::text, 'name', "p0"."name", 'kind', upper("p0"."kind"::text), 'contactPerson', "p0"."contact_person", 'version', "p0"."version", 'assignments', (
      select coalesce(json_agg(json_build_object('id', "p1"."id"::text, 'proposalId', "p1"."proposal_id"::text) order by "p1"."role" asc, "p1"."id" asc), '[]'::json) from (
        select * from "proposal_assignments" where "proposal_assignments"."unit_id" = "p0"."id" order by "proposal_assignments"."role" asc, "proposal_assignments"."id" asc limit 2) "p1"), 'opinions', (
      select coalesce(json_agg(json_build_object('id', "p2"."id"::text, 'receptionId', "p2"."reception_id"::text) order by "p2"."raised_on" desc, "p2"."id" asc), '[]'::json) from (
        select * from "opinions" where "opinions"."unit_id" = "p0"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p2")))::text as "j" from "handling_units" "p0" where "p0"."id" = $1;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select json_build_object('id', "p0"."id", 'name', "p0"."name", 'kind', "p0"."kind", 'contactPerson', "p0"."contact_person", 'version', "p0"."version", '@assignments', (
    select coalesce(json_agg(json_build_object('id', "p1"."id", 'proposalId', "p1"."proposal_id") order by "p1"."role" asc, "p1"."id" asc), '[]'::json) from (
      select * from "proposal_assignments" where "proposal_assignments"."unit_id" = "p0"."id" order by "proposal_assignments"."role" asc, "proposal_assignments"."id" asc limit 2) "p1"), '@opinions', (
    select coalesce(json_agg(json_build_object('id', "p2"."id", 'receptionId', "p2"."reception_id") order by "p2"."raised_on" desc, "p2"."id" asc), '[]'::json) from (
      select * from "opinions" where "opinions"."unit_id" = "p0"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p2")) as "j" from "handling_units" "p0" where "p0"."id" = $1;
