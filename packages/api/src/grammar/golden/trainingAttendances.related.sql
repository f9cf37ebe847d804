-- trainingAttendances.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'trainingId', "page"."training_id"::text, 'deputyId', "page"."deputy_id"::text) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "training_attendances" where exists (
    select 1 from "trainings" where "trainings"."id" = "training_attendances"."training_id" and "trainings"."id" in ($1, $2, $3))) as "total" from (
  select "training_attendances"."id", "training_attendances"."training_id", "training_attendances"."deputy_id", row_number() over (order by "training_attendances"."id" asc) as "__rn" from "training_attendances" where exists (
    select 1 from "trainings" where "trainings"."id" = "training_attendances"."training_id" and "trainings"."id" in ($4, $5, $6)) order by "training_attendances"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'trainingId', "page"."training_id", 'deputyId', "page"."deputy_id") order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "training_attendances" where exists (
    select 1 from "trainings" where "trainings"."id" = "training_attendances"."training_id" and "trainings"."id" in ($1, $2, $3))) as "total" from (
  select "training_attendances"."id", "training_attendances"."training_id", "training_attendances"."deputy_id", row_number() over (order by "training_attendances"."id" asc) as "__rn" from "training_attendances" where exists (
    select 1 from "trainings" where "trainings"."id" = "training_attendances"."training_id" and "trainings"."id" in ($4, $5, $6)) order by "training_attendances"."id" asc limit 4 offset 0) "page";
