-- proposalAssignments.aggregate.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
with "r" as (
  select grouping("proposal_assignments"."unit_id") as __g, "proposal_assignments"."unit_id" as "k0", count(*)::int as n from "proposal_assignments"
            group by grouping sets ((), ("proposal_assignments"."unit_id"))
            order by __g desc, "proposal_assignments"."unit_id" asc nulls last) select json_build_object('total', (
    select json_build_object('count', "r"."n") from "r" where "r"."__g" <> 0), 'groups', (
    select coalesce(json_agg(json_build_object('count', "r"."n", 'key', json_build_object('unitId', "r"."k0"::text)) order by "r"."k0" asc nulls last), '[]'::json) from "r" where "r"."__g" = 0))::text as j;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select grouping("proposal_assignments"."unit_id") as __g, "proposal_assignments"."unit_id" as "k0", count(*)::int as n from "proposal_assignments"
            group by grouping sets ((), ("proposal_assignments"."unit_id"))
            order by __g desc, "proposal_assignments"."unit_id" asc nulls last;
