-- deputyGroupMembers.aggregate.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
with "r" as (
  select grouping("deputy_group_members"."role") as __g, "deputy_group_members"."role" as "k0", count(*)::int as n from "deputy_group_members"
            group by grouping sets ((), ("deputy_group_members"."role"))
            order by __g desc, "deputy_group_members"."role" asc nulls last) select json_build_object('total', (
    select json_build_object('count', "r"."n") from "r" where "r"."__g" <> 0), 'groups', (
    select coalesce(json_agg(json_build_object('count', "r"."n", 'key', json_build_object('role', upper("r"."k0"::text))) order by "r"."k0" asc nulls last), '[]'::json) from "r" where "r"."__g" = 0))::text as j;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select grouping("deputy_group_members"."role") as __g, "deputy_group_members"."role" as "k0", count(*)::int as n from "deputy_group_members"
            group by grouping sets ((), ("deputy_group_members"."role"))
            order by __g desc, "deputy_group_members"."role" asc nulls last;
