-- contactDeputies.list.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'contactId', "page"."contact_id"::text, 'deputyId', "page"."deputy_id"::text, 'contact', (
        select json_build_object('id', "p1"."id"::text, 'date', "p1"."date", 'by', upper("p1"."by"::text)) from "contacts" "p1" where "p1"."id" = "page"."contact_id"), 'deputy', (
        select json_build_object('id', "p2"."id"::text, 'name', "p2"."name", 'gender', upper("p2"."gender"::text)) from "deputies" "p2" where "p2"."id" = "page"."deputy_id")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "contact_deputies") as "total" from (
  select "contact_deputies"."id", "contact_deputies"."contact_id", "contact_deputies"."deputy_id", row_number() over (order by "contact_deputies"."id" asc) as "__rn" from "contact_deputies" order by "contact_deputies"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'contactId', "page"."contact_id", 'deputyId', "page"."deputy_id", '@contact', (
        select json_build_object('id', "p1"."id", 'date', "p1"."date", 'by', "p1"."by") from "contacts" "p1" where "p1"."id" = "page"."contact_id"), '@deputy', (
        select json_build_object('id', "p2"."id", 'name', "p2"."name", 'gender', "p2"."gender") from "deputies" "p2" where "p2"."id" = "page"."deputy_id")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "contact_deputies") as "total" from (
  select "contact_deputies"."id", "contact_deputies"."contact_id", "contact_deputies"."deputy_id", row_number() over (order by "contact_deputies"."id" asc) as "__rn" from "contact_deputies" order by "contact_deputies"."id" asc limit 4 offset 0) "page";
