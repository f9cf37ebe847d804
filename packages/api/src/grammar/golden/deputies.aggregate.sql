-- deputies.aggregate.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
with "r" as (
  select grouping("deputies"."gender") as __g, "deputies"."gender" as "k0", count(*)::int as n from "deputies"
            group by grouping sets ((), ("deputies"."gender"))
            order by __g desc, "deputies"."gender" asc nulls last) select json_build_object('total', (
    select json_build_object('count', "r"."n") from "r" where "r"."__g" <> 0), 'groups', (
    select coalesce(json_agg(json_build_object('count', "r"."n", 'key', json_build_object('gender', upper("r"."k0"::text))) order by "r"."k0" asc nulls last), '[]'::json) from "r" where "r"."__g" = 0))::text as j;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select grouping("deputies"."gender") as __g, "deputies"."gender" as "k0", count(*)::int as n from "deputies"
            group by grouping sets ((), ("deputies"."gender"))
            order by __g desc, "deputies"."gender" asc nulls last;
