-- opinions.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'receptionId', "page"."reception_id"::text, 'contactId', "page"."contact_id"::text) order by "page"."raised_on" desc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "opinions" where exists (
    select 1 from "receptions" where "receptions"."id" = "opinions"."reception_id" and "receptions"."id" in ($1, $2, $3))) as "total" from (
  select "opinions"."id", "opinions"."raised_on", "opinions"."reception_id", "opinions"."contact_id", row_number() over (order by "opinions"."raised_on" desc, "opinions"."id" asc) as "__rn" from "opinions" where exists (
    select 1 from "receptions" where "receptions"."id" = "opinions"."reception_id" and "receptions"."id" in ($4, $5, $6)) order by "opinions"."raised_on" desc, "opinions"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'receptionId', "page"."reception_id", 'contactId', "page"."contact_id") order by "page"."raised_on" desc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "opinions" where exists (
    select 1 from "receptions" where "receptions"."id" = "opinions"."reception_id" and "receptions"."id" in ($1, $2, $3))) as "total" from (
  select "opinions"."id", "opinions"."raised_on", "opinions"."reception_id", "opinions"."contact_id", row_number() over (order by "opinions"."raised_on" desc, "opinions"."id" asc) as "__rn" from "opinions" where exists (
    select 1 from "receptions" where "receptions"."id" = "opinions"."reception_id" and "receptions"."id" in ($4, $5, $6)) order by "opinions"."raised_on" desc, "opinions"."id" asc limit 4 offset 0) "page";
