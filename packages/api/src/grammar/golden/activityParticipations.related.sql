-- activityParticipations.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'activityId', "page"."activity_id"::text, 'deputyId', "page"."deputy_id"::text) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "activity_participations" where exists (
    select 1 from "activities" where "activities"."id" = "activity_participations"."activity_id" and "activities"."id" in ($1, $2, $3))) as "total" from (
  select "activity_participations"."id", "activity_participations"."activity_id", "activity_participations"."deputy_id", row_number() over (order by "activity_participations"."id" asc) as "__rn" from "activity_participations" where exists (
    select 1 from "activities" where "activities"."id" = "activity_participations"."activity_id" and "activities"."id" in ($4, $5, $6)) order by "activity_participations"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'activityId', "page"."activity_id", 'deputyId', "page"."deputy_id") order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "activity_participations" where exists (
    select 1 from "activities" where "activities"."id" = "activity_participations"."activity_id" and "activities"."id" in ($1, $2, $3))) as "total" from (
  select "activity_participations"."id", "activity_participations"."activity_id", "activity_participations"."deputy_id", row_number() over (order by "activity_participations"."id" asc) as "__rn" from "activity_participations" where exists (
    select 1 from "activities" where "activities"."id" = "activity_participations"."activity_id" and "activities"."id" in ($4, $5, $6)) order by "activity_participations"."id" asc limit 4 offset 0) "page";
