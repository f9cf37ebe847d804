-- meetings.record.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select (json_build_object('id', "p0"."id"::text, 'title', "p0"."title", 'startDate', "p0"."start_date", 'endDate', "p0"."end_date", 'forumDate', "p0"."forum_date", 'notes', "p0"."notes", 'version', "p0"."version", 'attendees', (
      select coalesce(json_agg(json_build_object('id', "p1"."id"::text, 'meetingId', "p1"."meeting_id"::text) order by "p1"."id" asc), '[]'::json) from (
        select * from "meeting_attendees" where "meeting_attendees"."meeting_id" = "p0"."id" order by "meeting_attendees"."id" asc limit 2) "p1"), 'opinions', (
      select coalesce(json_agg(json_build_object('id', "p2"."id"::text, 'receptionId', "p2"."reception_id"::text) order by "p2"."raised_on" desc, "p2"."id" asc), '[]'::json) from (
        select * from "opinions" where "opinions"."meeting_id" = "p0"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p2")))::text as "j" from "meetings" "p0" where "p0"."id" = $1;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select json_build_object('id', "p0"."id", 'title', "p0"."title", 'startDate', "p0"."start_date", 'endDate', "p0"."end_date", 'forumDate', "p0"."forum_date", 'notes', "p0"."notes", 'version', "p0"."version", '@attendees', (
    select coalesce(json_agg(json_build_object('id', "p1"."id", 'meetingId', "p1"."meeting_id") order by "p1"."id" asc), '[]'::json) from (
      select * from "meeting_attendees" where "meeting_attendees"."meeting_id" = "p0"."id" order by "meeting_attendees"."id" asc limit 2) "p1"), '@opinions', (
    select coalesce(json_agg(json_build_object('id', "p2"."id", 'receptionId', "p2"."reception_id") order by "p2"."raised_on" desc, "p2"."id" asc), '[]'::json) from (
      select * from "opinions" where "opinions"."meeting_id" = "p0"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p2")) as "j" from "meetings" "p0" where "p0"."id" = $1;
