-- meetingAttendees.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'meetingId', "page"."meeting_id"::text, 'deputyId', "page"."deputy_id"::text) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "meeting_attendees" where exists (
    select 1 from "meetings" where "meetings"."id" = "meeting_attendees"."meeting_id" and "meetings"."id" in ($1, $2, $3))) as "total" from (
  select "meeting_attendees"."id", "meeting_attendees"."meeting_id", "meeting_attendees"."deputy_id", row_number() over (order by "meeting_attendees"."id" asc) as "__rn" from "meeting_attendees" where exists (
    select 1 from "meetings" where "meetings"."id" = "meeting_attendees"."meeting_id" and "meetings"."id" in ($4, $5, $6)) order by "meeting_attendees"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'meetingId', "page"."meeting_id", 'deputyId', "page"."deputy_id") order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "meeting_attendees" where exists (
    select 1 from "meetings" where "meetings"."id" = "meeting_attendees"."meeting_id" and "meetings"."id" in ($1, $2, $3))) as "total" from (
  select "meeting_attendees"."id", "meeting_attendees"."meeting_id", "meeting_attendees"."deputy_id", row_number() over (order by "meeting_attendees"."id" asc) as "__rn" from "meeting_attendees" where exists (
    select 1 from "meetings" where "meetings"."id" = "meeting_attendees"."meeting_id" and "meetings"."id" in ($4, $5, $6)) order by "meeting_attendees"."id" asc limit 4 offset 0) "page";
