-- trainings.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'title', "page"."title", 'form', upper("page"."form"::text)) order by "page"."start_date" desc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "trainings" where exists (
    select 1 from "training_attendances" where "training_attendances"."training_id" = "trainings"."id")) as "total" from (
  select "trainings"."id", "trainings"."start_date", "trainings"."title", "trainings"."form", row_number() over (order by "trainings"."start_date" desc, "trainings"."id" asc) as "__rn" from "trainings" where exists (
    select 1 from "training_attendances" where "training_attendances"."training_id" = "trainings"."id") order by "trainings"."start_date" desc, "trainings"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'title', "page"."title", 'form', "page"."form") order by "page"."start_date" desc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "trainings" where exists (
    select 1 from "training_attendances" where "training_attendances"."training_id" = "trainings"."id")) as "total" from (
  select "trainings"."id", "trainings"."start_date", "trainings"."title", "trainings"."form", row_number() over (order by "trainings"."start_date" desc, "trainings"."id" asc) as "__rn" from "trainings" where exists (
    select 1 from "training_attendances" where "training_attendances"."training_id" = "trainings"."id") order by "trainings"."start_date" desc, "trainings"."id" asc limit 4 offset 0) "page";
