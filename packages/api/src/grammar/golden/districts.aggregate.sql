-- districts.aggregate.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
with "r" as (
  select grouping("districts"."level") as __g, "districts"."level" as "k0", count(*)::int as n from "districts"
            group by grouping sets ((), ("districts"."level"))
            order by __g desc, "districts"."level" asc nulls last) select json_build_object('total', (
    select json_build_object('count', "r"."n") from "r" where "r"."__g" <> 0), 'groups', (
    select coalesce(json_agg(json_build_object('count', "r"."n", 'key', json_build_object('level', upper("r"."k0"::text))) order by "r"."k0" asc nulls last), '[]'::json) from "r" where "r"."__g" = 0))::text as j;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select grouping("districts"."level") as __g, "districts"."level" as "k0", count(*)::int as n from "districts"
            group by grouping sets ((), ("districts"."level"))
            order by __g desc, "districts"."level" asc nulls last;
