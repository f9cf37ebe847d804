-- proposals.record.graphql, in the compiler's "answer" mode (direct.ts: PostgreSQL writes the answer)
select (json_build_object('id', "p0"."id"::text, 'congressTerm', "p0"."congress_term", 'sessionNumber', "p0"."session_number", 'number', "p0"."number", 'title', "p0"."title", 'content', "p0"."content", 'category', upper("p0"."category"::text), 'leadDeputyId', "p0"."lead_deputy_id"::text, 'status', upper("p0"."status"::text), 'mergedIntoId', "p0"."merged_into_id"::text, 'round', "p0"."round", 'submittedAt', "p0"."submitted_at", 'specialFund', "p0"."special_fund", 'fundAmount', "p0"."fund_amount", 'peopleBenefited', "p0"."people_benefited", 'version', "p0"."version", 'leadDeputy', (
      select json_build_object('id', "p1"."id"::text, 'name', "p1"."name", 'gender', upper("p1"."gender"::text)) from "deputies" "p1" where "p1"."id" = "p0"."lead_deputy_id"), 'mergedInto', (
      select json_build_object('id', "p2"."id"::text, 'congressTerm', "p2"."congress_term", 'sessionNumber', "p2"."session_number") from "proposals" "p2" where "p2"."id" = "p0"."merged_into_id"), 'cosigners', (
      select coalesce(json_agg(json_build_object('id', "p3"."id"::text, 'proposalId', "p3"."proposal_id"::text) order by "p3"."id" asc), '[]'::json) from (
        select * from "proposal_cosigners" where "proposal_cosigners"."proposal_id" = "p0"."id" order by "proposal_cosigners"."id" asc limit 2) "p3"), 'assignments', (
      select coalesce(json_agg(json_build_object('id', "p4"."id"::text, 'proposalId', "p4"."proposal_id"::text) order by "p4"."role" asc, "p4"."id" asc), '[]'::json) from (
        select * from "proposal_assignments" where "proposal_assignments"."proposal_id" = "p0"."id" order by "proposal_assignments"."role" asc, "proposal_assignments"."id" asc limit 2) "p4"), 'evaluations', (
      select coalesce(json_agg(json_build_object('id', "p5"."id"::text, 'proposalId', "p5"."proposal_id"::text) order by "p5"."id" asc), '[]'::json) from (
        select * from "proposal_evaluations" where "proposal_evaluations"."proposal_id" = "p0"."id" order by "proposal_evaluations"."id" asc limit 2) "p5"), 'events', (
      select coalesce(json_agg(json_build_object('id', "p6"."id"::text, 'proposalId', "p6"."proposal_id"::text) order by "p6"."at" asc, "p6"."id" asc), '[]'::json) from (
        select * from "proposal_events" where "proposal_events"."proposal_id" = "p0"."id" order by "proposal_events"."at" asc, "proposal_events"."id" asc limit 2) "p6"), 'mergedProposals', (
      select coalesce(json_agg(json_build_object('id', "p7"."id"::text, 'congressTerm', "p7"."congress_term") order by "p7"."submitted_at" desc, "p7"."number" asc, "p7"."id" asc), '[]'::json) from (
        select * from "proposals" where "proposals"."merged_into_id" = "p0"."id" order by "proposals"."submitted_at" desc, "proposals"."number" asc, "proposals"."id" asc limit 2) "p7"), 'opinions', (
      select coalesce(json_agg(json_build_object('id', "p8"."id"::text, 'receptionId', "p8"."reception_id"::text) order by "p8"."raised_on" desc, "p8"."id" asc), '[]'::json) from (
        select * from "opinions" where "opinions"."proposal_id" = "p0"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p8")))::text as "j" from "proposals" "p0" where "p0"."id" = $1;

-- in its "rows" mode (read.ts: graphql-js runs the field resolvers on the records)
select json_build_object('id', "p0"."id", 'congressTerm', "p0"."congress_term", 'sessionNumber', "p0"."session_number", 'number', "p0"."number", 'title', "p0"."title", 'content', "p0"."content", 'category', "p0"."category", 'leadDeputyId', "p0"."lead_deputy_id", 'status', "p0"."status", 'mergedIntoId', "p0"."merged_into_id", 'round', "p0"."round", 'submittedAt', "p0"."submitted_at", 'specialFund', "p0"."special_fund", 'fundAmount', "p0"."fund_amount", 'peopleBenefited', "p0"."people_benefited", 'version', "p0"."version", '@leadDeputy', (
    select json_build_object('id', "p1"."id", 'name', "p1"."name", 'gender', "p1"."gender") from "deputies" "p1" where "p1"."id" = "p0"."lead_deputy_id"), '@mergedInto', (
    select json_build_object('id', "p2"."id", 'congressTerm', "p2"."congress_term", 'sessionNumber', "p2"."session_number") from "proposals" "p2" where "p2"."id" = "p0"."merged_into_id"), '@cosigners', (
    select coalesce(json_agg(json_build_object('id', "p3"."id", 'proposalId', "p3"."proposal_id") order by "p3"."id" asc), '[]'::json) from (
      select * from "proposal_cosigners" where "proposal_cosigners"."proposal_id" = "p0"."id" order by "proposal_cosigners"."id" asc limit 2) "p3"), '@assignments', (
    select coalesce(json_agg(json_build_object('id', "p4"."id", 'proposalId', "p4"."proposal_id") order by "p4"."role" asc, "p4"."id" asc), '[]'::json) from (
      select * from "proposal_assignments" where "proposal_assignments"."proposal_id" = "p0"."id" order by "proposal_assignments"."role" asc, "proposal_assignments"."id" asc limit 2) "p4"), '@evaluations', (
    select coalesce(json_agg(json_build_object('id', "p5"."id", 'proposalId', "p5"."proposal_id") order by "p5"."id" asc), '[]'::json) from (
      select * from "proposal_evaluations" where "proposal_evaluations"."proposal_id" = "p0"."id" order by "proposal_evaluations"."id" asc limit 2) "p5"), '@events', (
    select coalesce(json_agg(json_build_object('id', "p6"."id", 'proposalId', "p6"."proposal_id") order by "p6"."at" asc, "p6"."id" asc), '[]'::json) from (
      select * from "proposal_events" where "proposal_events"."proposal_id" = "p0"."id" order by "proposal_events"."at" asc, "proposal_events"."id" asc limit 2) "p6"), '@mergedProposals', (
    select coalesce(json_agg(json_build_object('id', "p7"."id", 'congressTerm', "p7"."congress_term") order by "p7"."submitted_at" desc, "p7"."number" asc, "p7"."id" asc), '[]'::json) from (
      select * from "proposals" where "proposals"."merged_into_id" = "p0"."id" order by "proposals"."submitted_at" desc, "proposals"."number" asc, "proposals"."id" asc limit 2) "p7"), '@opinions', (
    select coalesce(json_agg(json_build_object('id', "p8"."id", 'receptionId', "p8"."reception_id") order by "p8"."raised_on" desc, "p8"."id" asc), '[]'::json) from (
      select * from "opinions" where "opinions"."proposal_id" = "p0"."id" order by "opinions"."raised_on" desc, "opinions"."id" asc limit 2) "p8")) as "j" from "proposals" "p0" where "p0"."id" = $1;
