-- contacts.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'date', "page"."date", 'by', upper("page"."by"::text)) order by "page"."date" desc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "contacts" where exists (
    select 1 from "contact_deputies" where "contact_deputies"."contact_id" = "contacts"."id")) as "total" from (
  select "contacts"."id", "contacts"."date", "contacts"."by", row_number() over (order by "contacts"."date" desc, "contacts"."id" asc) as "__rn" from "contacts" where exists (
    select 1 from "contact_deputies" where "contact_deputies"."contact_id" = "contacts"."id") order by "contacts"."date" desc, "contacts"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'date', "page"."date", 'by', "page"."by") order by "page"."date" desc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "contacts" where exists (
    select 1 from "contact_deputies" where "contact_deputies"."contact_id" = "contacts"."id")) as "total" from (
  select "contacts"."id", "contacts"."date", "contacts"."by", row_number() over (order by "contacts"."date" desc, "contacts"."id" asc) as "__rn" from "contacts" where exists (
    select 1 from "contact_deputies" where "contact_deputies"."contact_id" = "contacts"."id") order by "contacts"."date" desc, "contacts"."id" asc limit 4 offset 0) "page";
