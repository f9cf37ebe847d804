-- deputies.list.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select coalesce(json_agg(json_build_object('id', "page"."id"::text, 'name', "page"."name", 'gender', upper("page"."gender"::text), 'ethnicity', "page"."ethnicity", 'birthDate', "page"."birth_date", 'politicalAffiliation', upper("page"."political_affiliation"::text), 'education', upper("page"."education"::text), 'occupationSector', upper("page"."occupation_sector"::text), 'workUnit', "page"."work_unit", 'jobTitle', "page"."job_title", 'notes', "page"."notes", 'version', "page"."version", 'mandates', (
        select coalesce(json_agg(json_build_object('id', "p1"."id"::text, 'deputyId', "p1"."deputy_id"::text) order by "p1"."start_date" asc, "p1"."id" asc), '[]'::json) from (
          select * from "deputy_mandates" where "deputy_mandates"."deputy_id" = "page"."id" order by "deputy_mandates"."start_date" asc, "deputy_mandates"."id" asc limit 2) "p1"), 'stations', (
        select coalesce(json_agg(json_build_object('id', "p2"."id"::text, 'stationId', "p2"."station_id"::text) order by "p2"."id" asc), '[]'::json) from (
          select * from "station_deputies" where "station_deputies"."deputy_id" = "page"."id" order by "station_deputies"."id" asc limit 2) "p2"), 'trainings', (
        select coalesce(json_agg(json_build_object('id', "p3"."id"::text, 'trainingId', "p3"."training_id"::text) order by "p3"."id" asc), '[]'::json) from (
          select * from "training_attendances" where "training_attendances"."deputy_id" = "page"."id" order by "training_attendances"."id" asc limit 2) "p3"), 'proposals', (
        select coalesce(json_agg(json_build_object('id', "p4"."id"::text, 'congressTerm', "p4"."congress_term") order by "p4"."submitted_at" desc, "p4"."number" asc, "p4"."id" asc), '[]'::json) from (
          select * from "proposals" where "proposals"."lead_deputy_id" = "page"."id" order by "proposals"."submitted_at" desc, "proposals"."number" asc, "proposals"."id" asc limit 2) "p4"), 'cosignedProposals', (
        select coalesce(json_agg(json_build_object('id', "p5"."id"::text, 'proposalId', "p5"."proposal_id"::text) order by "p5"."id" asc), '[]'::json) from (
          select * from "proposal_cosigners" where "proposal_cosigners"."deputy_id" = "page"."id" order by "proposal_cosigners"."id" asc limit 2) "p5"), 'activities', (
        select coalesce(json_agg(json_build_object('id', "p6"."id"::text, 'activityId', "p6"."activity_id"::text) order by "p6"."id" asc), '[]'::json) from (
          select * from "activity_participations" where "activity_participations"."deputy_id" = "page"."id" order by "activity_participations"."id" asc limit 2) "p6"), 'receptions', (
        select coalesce(json_agg(json_build_object('id', "p7"."id"::text, 'receptionId', "p7"."reception_id"::text) order by "p7"."id" asc), '[]'::json) from (
          select * from "reception_deputies" where "reception_deputies"."deputy_id" = "page"."id" order by "reception_deputies"."id" asc limit 2) "p7"), 'groups', (
        select coalesce(json_agg(json_build_object('id', "p8"."id"::text, 'groupId', "p8"."group_id"::text) order by "p8"."id" asc), '[]'::json) from (
          select * from "deputy_group_members" where "deputy_group_members"."deputy_id" = "page"."id" order by "deputy_group_members"."id" asc limit 2) "p8"), 'contacts', (
        select coalesce(json_agg(json_build_object('id', "p9"."id"::text, 'contactId', "p9"."contact_id"::text) order by "p9"."id" asc), '[]'::json) from (
          select * from "contact_deputies" where "contact_deputies"."deputy_id" = "page"."id" order by "contact_deputies"."id" asc limit 2) "p9"), 'meetings', (
        select coalesce(json_agg(json_build_object('id', "p10"."id"::text, 'meetingId', "p10"."meeting_id"::text) order by "p10"."id" asc), '[]'::json) from (
          select * from "meeting_attendees" where "meeting_attendees"."deputy_id" = "page"."id" order by "meeting_attendees"."id" asc limit 2) "p10")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json)::text as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "deputies") as "total" from (
  select "deputies"."id", "deputies"."name", "deputies"."gender", "deputies"."ethnicity", "deputies"."birth_date", "deputies"."political_affiliation", "deputies"."education", "deputies"."occupation_sector", "deputies"."work_unit", "deputies"."job_title", "deputies"."notes", "deputies"."version", row_number() over (order by "deputies"."id" asc) as "__rn" from "deputies" order by "deputies"."id" asc limit 4 offset 0) "page";

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select coalesce(json_agg(json_build_object('id', "page"."id", 'name', "page"."name", 'gender', "page"."gender", 'ethnicity', "page"."ethnicity", 'birthDate', "page"."birth_date", 'politicalAffiliation', "page"."political_affiliation", 'education', "page"."education", 'occupationSector', "page"."occupation_sector", 'workUnit', "page"."work_unit", 'jobTitle', "page"."job_title", 'notes', "page"."notes", 'version', "page"."version", '@mandates', (
        select coalesce(json_agg(json_build_object('id', "p1"."id", 'deputyId', "p1"."deputy_id") order by "p1"."start_date" asc, "p1"."id" asc), '[]'::json) from (
          select * from "deputy_mandates" where "deputy_mandates"."deputy_id" = "page"."id" order by "deputy_mandates"."start_date" asc, "deputy_mandates"."id" asc limit 2) "p1"), '@stations', (
        select coalesce(json_agg(json_build_object('id', "p2"."id", 'stationId', "p2"."station_id") order by "p2"."id" asc), '[]'::json) from (
          select * from "station_deputies" where "station_deputies"."deputy_id" = "page"."id" order by "station_deputies"."id" asc limit 2) "p2"), '@trainings', (
        select coalesce(json_agg(json_build_object('id', "p3"."id", 'trainingId', "p3"."training_id") order by "p3"."id" asc), '[]'::json) from (
          select * from "training_attendances" where "training_attendances"."deputy_id" = "page"."id" order by "training_attendances"."id" asc limit 2) "p3"), '@proposals', (
        select coalesce(json_agg(json_build_object('id', "p4"."id", 'congressTerm', "p4"."congress_term") order by "p4"."submitted_at" desc, "p4"."number" asc, "p4"."id" asc), '[]'::json) from (
          select * from "proposals" where "proposals"."lead_deputy_id" = "page"."id" order by "proposals"."submitted_at" desc, "proposals"."number" asc, "proposals"."id" asc limit 2) "p4"), '@cosignedProposals', (
        select coalesce(json_agg(json_build_object('id', "p5"."id", 'proposalId', "p5"."proposal_id") order by "p5"."id" asc), '[]'::json) from (
          select * from "proposal_cosigners" where "proposal_cosigners"."deputy_id" = "page"."id" order by "proposal_cosigners"."id" asc limit 2) "p5"), '@activities', (
        select coalesce(json_agg(json_build_object('id', "p6"."id", 'activityId', "p6"."activity_id") order by "p6"."id" asc), '[]'::json) from (
          select * from "activity_participations" where "activity_participations"."deputy_id" = "page"."id" order by "activity_participations"."id" asc limit 2) "p6"), '@receptions', (
        select coalesce(json_agg(json_build_object('id', "p7"."id", 'receptionId', "p7"."reception_id") order by "p7"."id" asc), '[]'::json) from (
          select * from "reception_deputies" where "reception_deputies"."deputy_id" = "page"."id" order by "reception_deputies"."id" asc limit 2) "p7"), '@groups', (
        select coalesce(json_agg(json_build_object('id', "p8"."id", 'groupId', "p8"."group_id") order by "p8"."id" asc), '[]'::json) from (
          select * from "deputy_group_members" where "deputy_group_members"."deputy_id" = "page"."id" order by "deputy_group_members"."id" asc limit 2) "p8"), '@contacts', (
        select coalesce(json_agg(json_build_object('id', "p9"."id", 'contactId', "p9"."contact_id") order by "p9"."id" asc), '[]'::json) from (
          select * from "contact_deputies" where "contact_deputies"."deputy_id" = "page"."id" order by "contact_deputies"."id" asc limit 2) "p9"), '@meetings', (
        select coalesce(json_agg(json_build_object('id', "p10"."id", 'meetingId', "p10"."meeting_id") order by "p10"."id" asc), '[]'::json) from (
          select * from "meeting_attendees" where "meeting_attendees"."deputy_id" = "page"."id" order by "meeting_attendees"."id" asc limit 2) "p10")) order by "page"."id" asc) filter (where "page"."__rn" <= 3), '[]'::json) as "n0", count(*)::int as "fetched", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[1] as "firstKeys", (array_agg(json_build_array("page"."id") order by "page"."id" asc))[least(count(*), 3)] as "lastKeys", (
  select count(*)::int from "deputies") as "total" from (
  select "deputies"."id", "deputies"."name", "deputies"."gender", "deputies"."ethnicity", "deputies"."birth_date", "deputies"."political_affiliation", "deputies"."education", "deputies"."occupation_sector", "deputies"."work_unit", "deputies"."job_title", "deputies"."notes", "deputies"."version", row_number() over (order by "deputies"."id" asc) as "__rn" from "deputies" order by "deputies"."id" asc limit 4 offset 0) "page";
