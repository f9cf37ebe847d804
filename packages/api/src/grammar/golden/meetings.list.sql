-- meetings.list.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'title', "page"."title", 'startDate', "page"."start_date", 'endDate', "page"."end_date", 'forumDate', "page"."forum_date", 'notes', "page"."notes", 'version', "page"."version", 'attendees', (
        select coalesce(json_agg(json_build_object('id', "p1"."id"::text, 'meetingId', "p1"."meeting_id"::text) order by "p1"."id" asc), '[]'::json) from (
          select * from "meeting_attendees" where "meeting_attendees"."meeting_id" = "page"."id" order by "meeting_attendees"."id" asc limit 2) "p1"), 'opinions', (
        select coalesce(json_agg(json_build_object('id', "p2"."id"::text, 'receptionId', "p2"."reception_id"::text) order by "p2"."raised_on" desc, "p2"."id" asc), '[]'::json) from (
          select * from "opinions" where "opinions"."meeting_id" = "page"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p2")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "meetings") as "total" from (
  select "meetings"."id", "meetings"."title", "meetings"."start_date", "meetings"."end_date", "meetings"."forum_date", "meetings"."notes", "meetings"."version", row_number() over (order by "meetings"."id" asc) as "__rn" from "meetings" order by "meetings"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'title', "page"."title", 'startDate', "page"."start_date", 'endDate', "page"."end_date", 'forumDate', "page"."forum_date", 'notes', "page"."notes", 'version', "page"."version", '@attendees', (
        select coalesce(json_agg(json_build_object('id', "p1"."id", 'meetingId', "p1"."meeting_id") order by "p1"."id" asc), '[]'::json) from (
          select * from "meeting_attendees" where "meeting_attendees"."meeting_id" = "page"."id" order by "meeting_attendees"."id" asc limit 2) "p1"), '@opinions', (
        select coalesce(json_agg(json_build_object('id', "p2"."id", 'receptionId', "p2"."reception_id") order by "p2"."raised_on" desc, "p2"."id" asc), '[]'::json) from (
          select * from "opinions" where "opinions"."meeting_id" = "page"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p2")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "meetings") as "total" from (
  select "meetings"."id", "meetings"."title", "meetings"."start_date", "meetings"."end_date", "meetings"."forum_date", "meetings"."notes", "meetings"."version", row_number() over (order by "meetings"."id" asc) as "__rn" from "meetings" order by "meetings"."id" asc limit 4 offset 0) "page";
