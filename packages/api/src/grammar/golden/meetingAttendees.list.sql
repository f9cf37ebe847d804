-- meetingAttendees.list.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'meetingId', "page"."meeting_id"::text, 'deputyId', "page"."deputy_id"::text, 'atForum', "page"."at_forum", 'meeting', (
        select json_build_object('id', "p1"."id"::text, 'title', "p1"."title", 'startDate', "p1"."start_date") from "meetings" "p1" where "p1"."id" = "page"."meeting_id"), 'deputy', (
        select json_build_object('id', "p2"."id"::text, 'name', "p2"."name", 'gender', upper("p2"."gender"::text)) from "deputies" "p2" where "p2"."id" = "page"."deputy_id")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "meeting_attendees") as "total" from (
  select "meeting_attendees"."id", "meeting_attendees"."meeting_id", "meeting_attendees"."deputy_id", "meeting_attendees"."at_forum", row_number() over (order by "meeting_attendees"."id" asc) as "__rn" from "meeting_attendees" order by "meeting_attendees"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'meetingId', "page"."meeting_id", 'deputyId', "page"."deputy_id", 'atForum', "page"."at_forum", '@meeting', (
        select json_build_object('id', "p1"."id", 'title', "p1"."title", 'startDate', "p1"."start_date") from "meetings" "p1" where "p1"."id" = "page"."meeting_id"), '@deputy', (
        select json_build_object('id', "p2"."id", 'name', "p2"."name", 'gender', "p2"."gender") from "deputies" "p2" where "p2"."id" = "page"."deputy_id")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "meeting_attendees") as "total" from (
  select "meeting_attendees"."id", "meeting_attendees"."meeting_id", "meeting_attendees"."deputy_id", "meeting_attendees"."at_forum", row_number() over (order by "meeting_attendees"."id" asc) as "__rn" from "meeting_attendees" order by "meeting_attendees"."id" asc limit 4 offset 0) "page";
