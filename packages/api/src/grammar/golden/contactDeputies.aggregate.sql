-- contactDeputies.aggregate.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
with "r" as (
  select grouping("contact_deputies"."contact_id") as __g, "contact_deputies"."contact_id" as "k0", count(*)::int as n from "contact_deputies"
            group by grouping sets ((), ("contact_deputies"."contact_id"))
            order by __g desc, "contact_deputies"."contact_id" asc nulls last) select json_build_object('total', (
    select json_build_object('count', "r"."n") from "r" where "r"."__g" <> 0), 'groups', (
    select coalesce(json_agg(json_build_object('count', "r"."n", 'key', json_build_object('contactId', "r"."k0"::text)) order by "r"."k0" asc nulls last), '[]'::json) from "r" where "r"."__g" = 0))::text as j;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select grouping("contact_deputies"."contact_id") as __g, "contact_deputies"."contact_id" as "k0", count(*)::int as n from "contact_deputies"
            group by grouping sets ((), ("contact_deputies"."contact_id"))
            order by __g desc, "contact_deputies"."contact_id" asc nulls last;
