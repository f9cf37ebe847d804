-- activities.related.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'area', upper("page"."area"::text), 'kind', upper("page"."kind"::text)) order by "page"."date" desc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (
  select count(*)::int from "activities" where exists (
    select 1 from "activity_participations" where "activity_participations"."activity_id" = "activities"."id")) as "total" from (
  select "activities"."id", "activities"."date", "activities"."area", "activities"."kind", row_number() over (order by "activities"."date" desc, "activities"."id" asc) as "__rn" from "activities" where exists (
    select 1 from "activity_participations" where "activity_participations"."activity_id" = "activities"."id") order by "activities"."date" desc, "activities"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'area', "page"."area", 'kind', "page"."kind") order by "page"."date" desc, "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (
  select count(*)::int from "activities" where exists (
    select 1 from "activity_participations" where "activity_participations"."activity_id" = "activities"."id")) as "total" from (
  select "activities"."id", "activities"."date", "activities"."area", "activities"."kind", row_number() over (order by "activities"."date" desc, "activities"."id" asc) as "__rn" from "activities" where exists (
    select 1 from "activity_participations" where "activity_participations"."activity_id" = "activities"."id") order by "activities"."date" desc, "activities"."id" asc limit 4 offset 0) "page";
