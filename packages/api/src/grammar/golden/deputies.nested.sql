-- deputies.nested.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'name', "page"."name", 'gender', upper("page"."gender"::text), 'cityMandates', (
        select coalesce(json_agg(json_build_object('id', "p1"."id"::text, 'level', upper("p1"."level"::text), 'congressTerm', "p1"."congress_term", 'startDate', "p1"."start_date", 'district', (
                select json_build_object('id', "p2"."id"::text, 'name', "p2"."name", 'level', upper("p2"."level"::text), 'parent', (
                    select json_build_object('id', "p3"."id"::text, 'name', "p3"."name") from "districts" "p3" where "p3"."id" = "p2"."parent_id")) from "districts" "p2" where "p2"."id" = "p1"."district_id")) order by "p1"."start_date" desc, "p1"."id" asc), '[]'::json) from (
          select * from "deputy_mandates" where "deputy_mandates"."deputy_id" = "page"."id" and "deputy_mandates"."level" = $1 order by "deputy_mandates"."start_date" desc, "deputy_mandates"."id" asc limit 1) "p1"), 'trainings', (
        select coalesce(json_agg(json_build_object('id', "p4"."id"::text, 'training', (
                select json_build_object('id', "p5"."id"::text, 'title', "p5"."title", 'attendances', (
                    select coalesce(json_agg(json_build_object('id', "p6"."id"::text, 'deputyId', "p6"."deputy_id"::text) order by "p6"."id" asc), '[]'::json) from (
                      select * from "training_attendances" where "training_attendances"."training_id" = "p5"."id" order by "training_attendances"."id" asc limit 1) "p6")) from "trainings" "p5" where "p5"."id" = "p4"."training_id")) order by "p4"."id" desc), '[]'::json) from (
          select * from "training_attendances" where "training_attendances"."deputy_id" = "page"."id" order by "training_attendances"."id" desc limit 2) "p4")) order by "page"."name" asc, "page"."id" asc) filter (where "page"."__rn" <= 2), '[]'::json)::text as "n0", count(*)::int as "fetched" from (
  select "deputies"."id", "deputies"."name", "deputies"."gender", row_number() over (order by "deputies"."name" asc, "deputies"."id" asc) as "__rn" from "deputies" where exists (
    select 1 from "deputy_mandates" where "deputy_mandates"."deputy_id" = "deputies"."id" and "deputy_mandates"."level" = $2) order by "deputies"."name" asc, "deputies"."id" asc limit 3 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'name', "page"."name", 'gender', "page"."gender", '@cityMandates', (
        select coalesce(json_agg(json_build_object('id', "p1"."id", 'level', "p1"."level", 'congressTerm', "p1"."congress_term", 'startDate', "p1"."start_date", 'districtId', "p1"."district_id", '@district', (
                select json_build_object('id', "p2"."id", 'name', "p2"."name", 'level', "p2"."level", 'parentId', "p2"."parent_id", '@parent', (
                    select json_build_object('id', "p3"."id", 'name', "p3"."name") from "districts" "p3" where "p3"."id" = "p2"."parent_id")) from "districts" "p2" where "p2"."id" = "p1"."district_id")) order by "p1"."start_date" desc, "p1"."id" asc), '[]'::json) from (
          select * from "deputy_mandates" where "deputy_mandates"."deputy_id" = "page"."id" and "deputy_mandates"."level" = $1 order by "deputy_mandates"."start_date" desc, "deputy_mandates"."id" asc limit 1) "p1"), '@trainings', (
        select coalesce(json_agg(json_build_object('id', "p4"."id", 'trainingId', "p4"."training_id", '@training', (
                select json_build_object('id', "p5"."id", 'title', "p5"."title", '@attendances', (
                    select coalesce(json_agg(json_build_object('id', "p6"."id", 'deputyId', "p6"."deputy_id") order by "p6"."id" asc), '[]'::json) from (
                      select * from "training_attendances" where "training_attendances"."training_id" = "p5"."id" order by "training_attendances"."id" asc limit 1) "p6")) from "trainings" "p5" where "p5"."id" = "p4"."training_id")) order by "p4"."id" desc), '[]'::json) from (
          select * from "training_attendances" where "training_attendances"."deputy_id" = "page"."id" order by "training_attendances"."id" desc limit 2) "p4")) order by "page"."name" asc, "page"."id" asc) filter (where "page"."__rn" <= 2), '[]'::json) as "n0", count(*)::int as "fetched" from (
  select "deputies"."id", "deputies"."name", "deputies"."gender", row_number() over (order by "deputies"."name" asc, "deputies"."id" asc) as "__rn" from "deputies" where exists (
    select 1 from "deputy_mandates" where "deputy_mandates"."deputy_id" = "deputies"."id" and "deputy_mandates"."level" = $2) order by "deputies"."name" asc, "deputies"."id" asc limit 3 offset 0) "page";
