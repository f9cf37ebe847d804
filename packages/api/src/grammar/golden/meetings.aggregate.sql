-- meetings.aggregate.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
with "r" as (
  select grouping(extract(year from "meetings"."start_date")::int) as __g, extract(year from "meetings"."start_date")::int as "k0", count(*)::int as n from "meetings"
            group by grouping sets ((), (extract(year from "meetings"."start_date")::int))
            order by __g desc, extract(year from "meetings"."start_date")::int asc nulls last) select json_build_object('total', (
    select json_build_object('count', "r"."n") from "r" where "r"."__g" <> 0), 'groups', (
    select coalesce(json_agg(json_build_object('count', "r"."n", 'key', json_build_object('startDateYear', "r"."k0")) order by "r"."k0" asc nulls last), '[]'::json) from "r" where "r"."__g" = 0))::text as j;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select grouping(extract(year from "meetings"."start_date")::int) as __g, extract(year from "meetings"."start_date")::int as "k0", count(*)::int as n from "meetings"
            group by grouping sets ((), (extract(year from "meetings"."start_date")::int))
            order by __g desc, extract(year from "meetings"."start_date")::int asc nulls last;
