-- contacts.list.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'date', "page"."date", 'by', upper("page"."by"::text), 'memberName', "page"."member_name", 'committeeId', "page"."committee_id"::text, 'way', upper("page"."way"::text), 'notes', "page"."notes", 'version', "page"."version", 'committee', (
        select json_build_object('id', "p1"."id"::text, 'name', "p1"."name", 'kind', upper("p1"."kind"::text)) from "committees" "p1" where "p1"."id" = "page"."committee_id"), 'deputies', (
        select coalesce(json_agg(json_build_object('id', "p2"."id"::text, 'contactId', "p2"."contact_id"::text) order by "p2"."id" asc), '[]'::json) from (
          select * from "contact_deputies" where "contact_deputies"."contact_id" = "page"."id" order by "contact_deputies"."id" asc limit 2) "p2"), 'opinions', (
        select coalesce(json_agg(json_build_object('id', "p3"."id"::text, 'receptionId', "p3"."reception_id"::text) order by "p3"."raised_on" desc, "p3"."id" asc), '[]'::json) from (
          select * from "opinions" where "opinions"."contact_id" = "page"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p3")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "contacts") as "total" from (
  select "contacts"."id", "contacts"."date", "contacts"."by", "contacts"."member_name", "contacts"."committee_id", "contacts"."way", "contacts"."notes", "contacts"."version", row_number() over (order by "contacts"."id" asc) as "__rn" from "contacts" order by "contacts"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'date', "page"."date", 'by', "page"."by", 'memberName', "page"."member_name", 'committeeId', "page"."committee_id", 'way', "page"."way", 'notes', "page"."notes", 'version', "page"."version", '@committee', (
        select json_build_object('id', "p1"."id", 'name', "p1"."name", 'kind', "p1"."kind") from "committees" "p1" where "p1"."id" = "page"."committee_id"), '@deputies', (
        select coalesce(json_agg(json_build_object('id', "p2"."id", 'contactId', "p2"."contact_id") order by "p2"."id" asc), '[]'::json) from (
          select * from "contact_deputies" where "contact_deputies"."contact_id" = "page"."id" order by "contact_deputies"."id" asc limit 2) "p2"), '@opinions', (
        select coalesce(json_agg(json_build_object('id', "p3"."id", 'receptionId', "p3"."reception_id") order by "p3"."raised_on" desc, "p3"."id" asc), '[]'::json) from (
          select * from "opinions" where "opinions"."contact_id" = "page"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p3")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "contacts") as "total" from (
  select "contacts"."id", "contacts"."date", "contacts"."by", "contacts"."member_name", "contacts"."committee_id", "contacts"."way", "contacts"."notes", "contacts"."version", row_number() over (order by "contacts"."id" asc) as "__rn" from "contacts" order by "contacts"."id" asc limit 4 offset 0) "page";
