-- meetings.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'title', "page"."title", 'startDate', "page"."start_date") order by "page"."start_date" desc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "meetings" where exists (
    select 1 from "meeting_attendees" where "meeting_attendees"."meeting_id" = "meetings"."id")) as "total" from (
  select "meetings"."id", "meetings"."start_date", "meetings"."title", row_number() over (order by "meetings"."start_date" desc, "meetings"."id" asc) as "__rn" from "meetings" where exists (
    select 1 from "meeting_attendees" where "meeting_attendees"."meeting_id" = "meetings"."id") order by "meetings"."start_date" desc, "meetings"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'title', "page"."title", 'startDate', "page"."start_date") order by "page"."start_date" desc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "meetings" where exists (
    select 1 from "meeting_attendees" where "meeting_attendees"."meeting_id" = "meetings"."id")) as "total" from (
  select "meetings"."id", "meetings"."start_date", "meetings"."title", row_number() over (order by "meetings"."start_date" desc, "meetings"."id" asc) as "__rn" from "meetings" where exists (
    select 1 from "meeting_attendees" where "meeting_attendees"."meeting_id" = "meetings"."id") order by "meetings"."start_date" desc, "meetings"."id" asc limit 4 offset 0) "page";
