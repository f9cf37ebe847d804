-- contactDeputies.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'contactId', "page"."contact_id"::text, 'deputyId', "page"."deputy_id"::text) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "contact_deputies" where exists (
    select 1 from "contacts" where "contacts"."id" = "contact_deputies"."contact_id" and "contacts"."id" in ($1, $2, $3))) as "total" from (
  select "contact_deputies"."id", "contact_deputies"."contact_id", "contact_deputies"."deputy_id", row_number() over (order by "contact_deputies"."id" asc) as "__rn" from "contact_deputies" where exists (
    select 1 from "contacts" where "contacts"."id" = "contact_deputies"."contact_id" and "contacts"."id" in ($4, $5, $6)) order by "contact_deputies"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'contactId', "page"."contact_id", 'deputyId', "page"."deputy_id") order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "contact_deputies" where exists (
    select 1 from "contacts" where "contacts"."id" = "contact_deputies"."contact_id" and "contacts"."id" in ($1, $2, $3))) as "total" from (
  select "contact_deputies"."id", "contact_deputies"."contact_id", "contact_deputies"."deputy_id", row_number() over (order by "contact_deputies"."id" asc) as "__rn" from "contact_deputies" where exists (
    select 1 from "contacts" where "contacts"."id" = "contact_deputies"."contact_id" and "contacts"."id" in ($4, $5, $6)) order by "contact_deputies"."id" asc limit 4 offset 0) "page";
