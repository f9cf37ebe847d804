-- trainings.record.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select (json_build_object('id', "p0"."id"::text, 'title', "p0"."title", 'form', upper("p0"."form"::text), 'organiser', "p0"."organiser", 'venue', "p0"."venue", 'startDate', "p0"."start_date", 'endDate', "p0"."end_date", 'hours', "p0"."hours", 'online', "p0"."online", 'description', "p0"."description", 'version', "p0"."version", 'attendances', (
      select coalesce(json_agg(json_build_object('id', "p1"."id"::text, 'trainingId', "p1"."training_id"::text) order by "p1"."id" asc), '[]'::json) from (
        select * from "training_attendances" where "training_attendances"."training_id" = "p0"."id" order by "training_attendances"."id" asc limit 2) "p1")))::text as "j" from "trainings" "p0" where "p0"."id" = $1;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select json_build_object('id', "p0"."id", 'title', "p0"."title", 'form', "p0"."form", 'organiser', "p0"."organiser", 'venue', "p0"."venue", 'startDate', "p0"."start_date", 'endDate', "p0"."end_date", 'hours', "p0"."hours", 'online', "p0"."online", 'description', "p0"."description", 'version', "p0"."version", '@attendances', (
    select coalesce(json_agg(json_build_object('id', "p1"."id", 'trainingId', "p1"."training_id") order by "p1"."id" asc), '[]'::json) from (
      select * from "training_attendances" where "training_attendances"."training_id" = "p0"."id" order by "training_attendances"."id" asc limit 2) "p1")) as "j" from "trainings" "p0" where "p0"."id" = $1;
