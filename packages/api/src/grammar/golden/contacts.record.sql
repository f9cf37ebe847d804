-- contacts.record.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select (json_build_object('id', "p0"."id"::text, 'date', "p0"."date", 'by', upper("p0"."by"::text), 'memberName', "p0"."member_name", 'committeeId', "p0"."committee_id"::text, 'way', upper("p0"."way"::text), 'notes', "p0"."notes", 'version', "p0"."version", 'committee', (
      select json_build_object('id', "p1"."id"::text, 'name', "p1"."name", 'kind', upper("p1"."kind"::text)) from "committees" "p1" where "p1"."id" = "p0"."committee_id"), 'deputies', (
      select coalesce(json_agg(json_build_object('id', "p2"."id"::text, 'contactId', "p2"."contact_id"::text) order by "p2"."id" asc), '[]'::json) from (
        select * from "contact_deputies" where "contact_deputies"."contact_id" = "p0"."id" order by "contact_deputies"."id" asc limit 2) "p2"), 'opinions', (
      select coalesce(json_agg(json_build_object('id', "p3"."id"::text, 'receptionId', "p3"."reception_id"::text) order by "p3"."raised_on" desc, "p3"."id" asc), '[]'::json) from (
        select * from "opinions" where "opinions"."contact_id" = "p0"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p3")))::text as "j" from "contacts" "p0" where "p0"."id" = $1;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select json_build_object('id', "p0"."id", 'date', "p0"."date", 'by', "p0"."by", 'memberName', "p0"."member_name", 'committeeId', "p0"."committee_id", 'way', "p0"."way", 'notes', "p0"."notes", 'version', "p0"."version", '@committee', (
    select json_build_object('id', "p1"."id", 'name', "p1"."name", 'kind', "p1"."kind") from "committees" "p1" where "p1"."id" = "p0"."committee_id"), '@deputies', (
    select coalesce(json_agg(json_build_object('id', "p2"."id", 'contactId', "p2"."contact_id") order by "p2"."id" asc), '[]'::json) from (
      select * from "contact_deputies" where "contact_deputies"."contact_id" = "p0"."id" order by "contact_deputies"."id" asc limit 2) "p2"), '@opinions', (
    select coalesce(json_agg(json_build_object('id', "p3"."id", 'receptionId', "p3"."reception_id") order by "p3"."raised_on" desc, "p3"."id" asc), '[]'::json) from (
      select * from "opinions" where "opinions"."contact_id" = "p0"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p3")) as "j" from "contacts" "p0" where "p0"."id" = $1;
