// The one source of row shapes. Tables are snake_case plural in SQL, camelCase in TypeScript.
// Every foreign key names its on-delete rule: rows owned by a parent go with it (cascade), rows
// that merely point at a record keep it alive (restrict, reported by the API as CONFLICT).
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";

export const districtLevel = pgEnum("district_level", ["county", "township"]);
export const gender = pgEnum("gender", ["male", "female"]);
export const politicalAffiliation = pgEnum("political_affiliation", [
  "cpc",
  "cpc_probationary",
  "democratic_party",
  "non_party",
  "masses",
]);
export const education = pgEnum("education", [
  "primary",
  "junior_secondary",
  "senior_secondary",
  "vocational",
  "junior_college",
  "bachelor",
  "master",
  "doctorate",
]);
export const occupationSector = pgEnum("occupation_sector", [
  "official",
  "worker",
  "farmer",
  "professional",
  "business",
  "military",
  "other",
]);
export const mandateLevel = pgEnum("mandate_level", ["national", "provincial", "city", "county", "township"]);
export const mandateEndReason = pgEnum("mandate_end_reason", [
  "term_ended",
  "resigned",
  "removed",
  "transferred",
  "deceased",
  "other",
]);
export const trainingForm = pgEnum("training_form", ["class", "lecture", "meeting", "on_site", "online", "self_study"]);
export const attendanceStatus = pgEnum("attendance_status", ["enrolled", "attended", "on_leave", "absent"]);
export const stationKind = pgEnum("station_kind", ["station", "room", "online"]);
export const stationRole = pgEnum("station_role", ["head", "deputy_head", "member"]);
export const handlingUnitKind = pgEnum("handling_unit_kind", [
  "government_department",
  "county_government",
  "court",
  "procuratorate",
  "other",
]);
export const proposalCategory = pgEnum("proposal_category", [
  "finance_economy",
  "agriculture_rural",
  "urban_construction_environment",
  "education_science_culture_health",
  "internal_affairs_justice",
  "social_development",
]);
// The states of a proposal's handling (packages/api/src/proposals/proposal.states.ts has the transitions). New values
// are inserted where they belong in the flow; `withdrawn` stays last because enum values cannot move.
export const proposalStatus = pgEnum("proposal_status", [
  "submitted",
  "accepted",
  "not_accepted",
  "merged",
  "assigned",
  "handling",
  "answered",
  "rehandling",
  "evaluated",
  "closed",
  "withdrawn",
]);
// One per transition mutation; a proposal_events row says which transition it records.
export const proposalEventKind = pgEnum("proposal_event_kind", [
  "submit",
  "accept",
  "reject",
  "merge",
  "withdraw",
  "assign",
  "return",
  "extend",
  "start_handling",
  "opinion",
  "answer",
  "evaluate",
  "close",
]);
// How the lead unit talked with the deputy about its answer.
export const communication = pgEnum("communication", ["face_to_face", "phone", "in_writing"]);
export const assignmentRole = pgEnum("assignment_role", ["lead", "assisting"]);
export const resultClass = pgEnum("result_class", ["A", "B", "C", "D"]);
export const satisfaction = pgEnum("satisfaction", ["satisfied", "basically_satisfied", "dissatisfied"]);
export const activityArea = pgEnum("activity_area", ["legislation", "supervision", "contact", "other"]);
export const activityKind = pgEnum("activity_kind", [
  "legislative_research",
  "opinion_collection",
  "deliberation",
  "inspection",
  "special_inquiry",
  "law_enforcement_check",
  "research",
  "forum",
  "constituent_visit",
  "station_reception",
]);
export const participationRole = pgEnum("participation_role", ["leader", "participant"]);
// How constituents were received: at a station or room (进站接待), online (网上联络站), or by the
// deputies visiting them (走访接访选民).
export const receptionWay = pgEnum("reception_way", ["in_person", "online", "visit"]);
// The course of an opinion (民意): still open, answered on the spot, forwarded to a handling unit,
// turned into a proposal, or closed with a reason.
export const opinionStatus = pgEnum("opinion_status", ["open", "answered", "forwarded", "proposal", "closed"]);
export const groupKind = pgEnum("group_kind", ["district", "sector"]);
export const groupRole = pgEnum("group_role", ["leader", "member"]);
export const committeeKind = pgEnum("committee_kind", ["special_committee", "working_body", "council_of_chairpersons"]);
// Who of the Standing Committee contacted the deputy (两个联系): one of its members, or a committee.
export const contactBy = pgEnum("contact_by", ["member", "committee"]);
export const contactWay = pgEnum("contact_way", ["visit", "phone", "forum", "letter", "online"]);

const id = () => integer("id").primaryKey().generatedByDefaultAsIdentity();
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
// Optimistic locking: every update bumps it; a client sends the version it read.
const version = () => integer("version").notNull().default(1);
const day = (name: string) => date(name, { mode: "string" });
const trgm = (col: AnyPgColumn) => sql`${col} gin_trgm_ops`;

export const districts = pgTable(
  "districts",
  {
    id: id(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    level: districtLevel("level").notNull(),
    parentId: integer("parent_id").references((): AnyPgColumn => districts.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    unique("districts_code_key").on(t.code),
    index("districts_name_idx").on(t.name),
    index("districts_name_trgm_idx").using("gin", trgm(t.name)),
    index("districts_level_idx").on(t.level),
    index("districts_parent_id_idx").on(t.parentId),
    check("districts_code_format", sql`${t.code} ~ '^[0-9]{6}([0-9]{3})?$'`),
    check("districts_name_length", sql`char_length(${t.name}) between 1 and 100`),
    check("districts_township_has_parent", sql`${t.level} = 'county' or ${t.parentId} is not null`),
  ],
);

export const deputies = pgTable(
  "deputies",
  {
    id: id(),
    name: text("name").notNull(),
    gender: gender("gender").notNull(),
    ethnicity: text("ethnicity").notNull().default("汉族"),
    birthDate: day("birth_date"),
    politicalAffiliation: politicalAffiliation("political_affiliation"),
    education: education("education"),
    occupationSector: occupationSector("occupation_sector"),
    workUnit: text("work_unit"),
    jobTitle: text("job_title"),
    phone: text("phone"),
    // The ID-card number is kept encrypted (AES-256-GCM, key outside the database), with a keyed hash
    // to find duplicates and the last four characters for display; the plain number is never stored.
    idCardCipher: text("id_card_cipher"),
    idCardHash: text("id_card_hash"),
    idCardLast4: text("id_card_last4"),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    // sorts and filters the API offers (explain.test.ts checks each one uses an index)
    index("deputies_updated_at_idx").on(t.updatedAt, t.id),
    index("deputies_work_unit_idx").on(t.workUnit),
    unique("deputies_id_card_hash_key").on(t.idCardHash),
    index("deputies_name_idx").on(t.name, t.id),
    index("deputies_name_trgm_idx").using("gin", trgm(t.name)),
    index("deputies_gender_idx").on(t.gender),
    index("deputies_ethnicity_idx").on(t.ethnicity),
    index("deputies_birth_date_idx").on(t.birthDate),
    index("deputies_political_affiliation_idx").on(t.politicalAffiliation),
    index("deputies_education_idx").on(t.education),
    index("deputies_occupation_sector_idx").on(t.occupationSector),
    index("deputies_work_unit_trgm_idx").using("gin", trgm(t.workUnit)),
    index("deputies_created_at_idx").on(t.createdAt),
    check("deputies_name_length", sql`char_length(${t.name}) between 1 and 50`),
    check("deputies_ethnicity_length", sql`char_length(${t.ethnicity}) between 1 and 20`),
    check("deputies_phone_format", sql`${t.phone} ~ '^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$'`),
    check("deputies_birth_date_range", sql`${t.birthDate} between '1900-01-01' and '2100-01-01'`),
    check(
      "deputies_id_card_complete",
      sql`(${t.idCardCipher} is null) = (${t.idCardHash} is null) and (${t.idCardHash} is null) = (${t.idCardLast4} is null)`,
    ),
  ],
);

export const deputyMandates = pgTable(
  "deputy_mandates",
  {
    id: id(),
    deputyId: integer("deputy_id")
      .notNull()
      .references(() => deputies.id, { onDelete: "cascade" }),
    level: mandateLevel("level").notNull(),
    congressTerm: integer("congress_term").notNull(),
    districtId: integer("district_id").references(() => districts.id, { onDelete: "restrict" }),
    electoralUnit: text("electoral_unit"),
    delegation: text("delegation"),
    startDate: day("start_date").notNull(),
    endDate: day("end_date"),
    endReason: mandateEndReason("end_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("deputy_mandates_congress_term_idx").on(t.congressTerm, t.id),
    index("deputy_mandates_end_date_idx").on(t.endDate, t.id),
    unique("deputy_mandates_deputy_level_term_key").on(t.deputyId, t.level, t.congressTerm),
    index("deputy_mandates_deputy_id_idx").on(t.deputyId),
    index("deputy_mandates_level_district_idx").on(t.level, t.districtId),
    index("deputy_mandates_district_id_idx").on(t.districtId),
    index("deputy_mandates_start_date_idx").on(t.startDate),
    check("deputy_mandates_term_range", sql`${t.congressTerm} between 1 and 99`),
    check("deputy_mandates_dates_order", sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    check("deputy_mandates_end_reason_needs_end", sql`${t.endReason} is null or ${t.endDate} is not null`),
  ],
);

export const trainings = pgTable(
  "trainings",
  {
    id: id(),
    title: text("title").notNull(),
    form: trainingForm("form").notNull(),
    organiser: text("organiser"),
    venue: text("venue"),
    startDate: day("start_date").notNull(),
    endDate: day("end_date").notNull(),
    hours: numeric("hours", { precision: 6, scale: 1, mode: "number" }),
    online: boolean("online").notNull().default(false),
    description: text("description"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("trainings_title_idx").on(t.title),
    index("trainings_title_trgm_idx").using("gin", trgm(t.title)),
    index("trainings_form_idx").on(t.form),
    index("trainings_start_date_idx").on(t.startDate),
    index("trainings_end_date_idx").on(t.endDate),
    index("trainings_online_idx").on(t.online),
    check("trainings_title_length", sql`char_length(${t.title}) between 1 and 200`),
    check("trainings_dates_order", sql`${t.endDate} >= ${t.startDate}`),
    check("trainings_hours_range", sql`${t.hours} >= 0 and ${t.hours} <= 10000`),
  ],
);

export const trainingAttendances = pgTable(
  "training_attendances",
  {
    id: id(),
    trainingId: integer("training_id")
      .notNull()
      .references(() => trainings.id, { onDelete: "cascade" }),
    deputyId: integer("deputy_id")
      .notNull()
      .references(() => deputies.id, { onDelete: "restrict" }),
    status: attendanceStatus("status").notNull().default("enrolled"),
    hours: numeric("hours", { precision: 6, scale: 1, mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("training_attendances_hours_idx").on(t.hours, t.id),
    unique("training_attendances_training_deputy_key").on(t.trainingId, t.deputyId),
    index("training_attendances_deputy_id_idx").on(t.deputyId),
    index("training_attendances_status_idx").on(t.status),
    check("training_attendances_hours_range", sql`${t.hours} >= 0 and ${t.hours} <= 10000`),
  ],
);

export const stations = pgTable(
  "stations",
  {
    id: id(),
    name: text("name").notNull(),
    kind: stationKind("kind").notNull(),
    parentId: integer("parent_id").references((): AnyPgColumn => stations.id, { onDelete: "restrict" }),
    districtId: integer("district_id").references(() => districts.id, { onDelete: "restrict" }),
    townshipId: integer("township_id").references(() => districts.id, { onDelete: "restrict" }),
    address: text("address"),
    isModel: boolean("is_model").notNull().default(false),
    modelYear: integer("model_year"),
    isIndustry: boolean("is_industry").notNull().default(false),
    industry: text("industry"),
    contactPerson: text("contact_person"),
    contactPhone: text("contact_phone"),
    openedOn: day("opened_on"),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("stations_model_year_idx").on(t.modelYear, t.id),
    index("stations_name_idx").on(t.name),
    index("stations_name_trgm_idx").using("gin", trgm(t.name)),
    index("stations_kind_district_idx").on(t.kind, t.districtId),
    index("stations_parent_id_idx").on(t.parentId),
    index("stations_district_id_idx").on(t.districtId),
    index("stations_township_id_idx").on(t.townshipId),
    index("stations_is_model_idx").on(t.isModel, t.modelYear),
    index("stations_is_industry_idx").on(t.isIndustry),
    index("stations_opened_on_idx").on(t.openedOn),
    index("stations_active_idx").on(t.active),
    // the yearly review's counts of stations and rooms standing at the end of a year, from the index alone
    index("stations_review_idx").on(t.kind, t.active, t.openedOn, t.isModel, t.modelYear, t.isIndustry),
    check("stations_name_length", sql`char_length(${t.name}) between 1 and 200`),
    check("stations_parent_only_for_rooms", sql`${t.parentId} is null or ${t.kind} = 'room'`),
    check("stations_not_own_parent", sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
    check("stations_model_year", sql`(${t.isModel} or ${t.modelYear} is null) and ${t.modelYear} between 2000 and 2100`),
    check("stations_industry", sql`${t.isIndustry} or ${t.industry} is null`),
    check("stations_contact_phone_format", sql`${t.contactPhone} ~ '^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$'`),
  ],
);

export const stationDeputies = pgTable(
  "station_deputies",
  {
    id: id(),
    stationId: integer("station_id")
      .notNull()
      .references(() => stations.id, { onDelete: "cascade" }),
    deputyId: integer("deputy_id")
      .notNull()
      .references(() => deputies.id, { onDelete: "restrict" }),
    role: stationRole("role").notNull().default("member"),
    fromDate: day("from_date"),
    toDate: day("to_date"),
    createdAt: createdAt(),
  },
  (t) => [
    index("station_deputies_station_id_idx").on(t.stationId),
    index("station_deputies_from_date_idx").on(t.fromDate, t.id),
    index("station_deputies_role_idx").on(t.role, t.id),
    unique("station_deputies_station_deputy_from_key").on(t.stationId, t.deputyId, t.fromDate).nullsNotDistinct(),
    index("station_deputies_deputy_id_idx").on(t.deputyId),
    check("station_deputies_dates_order", sql`${t.toDate} is null or ${t.fromDate} is null or ${t.toDate} >= ${t.fromDate}`),
  ],
);

export const handlingUnits = pgTable(
  "handling_units",
  {
    id: id(),
    name: text("name").notNull(),
    kind: handlingUnitKind("kind").notNull(),
    contactPerson: text("contact_person"),
    contactPhone: text("contact_phone"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    unique("handling_units_name_key").on(t.name),
    index("handling_units_name_trgm_idx").using("gin", trgm(t.name)),
    index("handling_units_kind_idx").on(t.kind),
    check("handling_units_name_length", sql`char_length(${t.name}) between 1 and 200`),
    check("handling_units_contact_phone_format", sql`${t.contactPhone} ~ '^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$'`),
  ],
);

export const proposals = pgTable(
  "proposals",
  {
    id: id(),
    congressTerm: integer("congress_term").notNull(),
    // null: raised between sessions (闭会期间)
    sessionNumber: integer("session_number"),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    content: text("content"),
    category: proposalCategory("category").notNull(),
    leadDeputyId: integer("lead_deputy_id")
      .notNull()
      .references(() => deputies.id, { onDelete: "restrict" }),
    // Changed only by the transition mutations, each of which writes a proposal_events row.
    status: proposalStatus("status").notNull().default("submitted"),
    // The proposal this one was merged into (并案), when its status is `merged`.
    mergedIntoId: integer("merged_into_id").references((): AnyPgColumn => proposals.id, { onDelete: "restrict" }),
    // The handling round: 1 for the first answer, one more for each re-handling after a dissatisfied evaluation.
    round: integer("round").notNull().default(1),
    submittedAt: day("submitted_at").notNull(),
    specialFund: boolean("special_fund").notNull().default(false),
    fundAmount: numeric("fund_amount", { precision: 14, scale: 2, mode: "number" }),
    peopleBenefited: integer("people_benefited"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("proposals_round_idx").on(t.round, t.id),
    // round has few values: "round desc, id asc" (the id always ascending) needs its own order
    index("proposals_round_desc_idx").on(t.round.desc().nullsFirst(), t.id),
    index("proposals_people_benefited_idx").on(t.peopleBenefited, t.id),
    index("proposals_fund_amount_idx").on(t.fundAmount, t.id),
    unique("proposals_session_number_key").on(t.congressTerm, t.sessionNumber, t.number).nullsNotDistinct(),
    index("proposals_title_idx").on(t.title),
    index("proposals_title_trgm_idx").using("gin", trgm(t.title)),
    index("proposals_lead_deputy_id_idx").on(t.leadDeputyId),
    index("proposals_status_category_idx").on(t.status, t.category),
    index("proposals_category_idx").on(t.category),
    // A session's proposals, and their totals by status and category (dashboard, yearly review, BI):
    // the count and the sum of people benefited come from the index alone (id for count(id) forms).
    index("proposals_session_idx").on(t.congressTerm, t.sessionNumber, t.status, t.category, t.peopleBenefited, t.id),
    index("proposals_number_idx").on(t.number),
    index("proposals_submitted_at_idx").on(t.submittedAt),
    // the yearly review's figures of the proposals raised at a session in a year, from the index alone
    index("proposals_session_review_idx")
      .on(t.submittedAt, t.status, t.specialFund, t.peopleBenefited, t.congressTerm, t.sessionNumber)
      .where(sql`${t.sessionNumber} is not null`),
    index("proposals_special_fund_idx").on(t.specialFund),
    index("proposals_merged_into_id_idx").on(t.mergedIntoId),
    check("proposals_term_range", sql`${t.congressTerm} between 1 and 99`),
    check("proposals_session_range", sql`${t.sessionNumber} between 1 and 20`),
    check("proposals_number_positive", sql`${t.number} > 0`),
    check("proposals_title_length", sql`char_length(${t.title}) between 1 and 200`),
    check("proposals_fund_amount_nonnegative", sql`${t.fundAmount} >= 0`),
    check("proposals_fund_only_special", sql`${t.specialFund} or ${t.fundAmount} is null`),
    check("proposals_people_benefited_nonnegative", sql`${t.peopleBenefited} >= 0`),
    check("proposals_round_range", sql`${t.round} between 1 and 9`),
    // Compared as text: the migration that adds 'merged' to the enum may not use the new value yet.
    check("proposals_merged_into_id_only_merged", sql`(${t.status}::text = 'merged') = (${t.mergedIntoId} is not null)`),
    check("proposals_merged_into_id_not_self", sql`${t.mergedIntoId} <> ${t.id}`),
  ],
);

export const proposalCosigners = pgTable(
  "proposal_cosigners",
  {
    id: id(),
    proposalId: integer("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    deputyId: integer("deputy_id")
      .notNull()
      .references(() => deputies.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("proposal_cosigners_proposal_deputy_key").on(t.proposalId, t.deputyId),
    index("proposal_cosigners_deputy_id_idx").on(t.deputyId),
  ],
);

export const proposalAssignments = pgTable(
  "proposal_assignments",
  {
    id: id(),
    proposalId: integer("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => handlingUnits.id, { onDelete: "restrict" }),
    role: assignmentRole("role").notNull().default("lead"),
    assignedAt: day("assigned_at").notNull(),
    // The current due date: set at assignment, moved by an extension or a re-handling.
    dueAt: day("due_at"),
    // The lead unit's current answer; all null while an answer is owed (cleared for a re-handling).
    answeredAt: day("answered_at"),
    documentNumber: text("document_number"),
    communication: communication("communication"),
    answer: text("answer"),
    resultClass: resultClass("result_class"),
    // An assisting unit's opinion to the lead unit, given before the lead unit answers.
    opinion: text("opinion"),
    opinionAt: day("opinion_at"),
    // A unit's return of a wrongly assigned proposal; a returned assignment stays as history.
    returnedAt: day("returned_at"),
    returnReason: text("return_reason"),
    // The one extension an assignment may get: the due date before it, why, and who approved it.
    extended: boolean("extended").notNull().default(false),
    originalDueAt: day("original_due_at"),
    extensionReason: text("extension_reason"),
    extensionApprovedBy: text("extension_approved_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // the default order (role), the other sorts, and a plain one on the proposal (the others on it are partial)
    index("proposal_assignments_proposal_id_idx").on(t.proposalId),
    index("proposal_assignments_role_idx").on(t.role, t.id),
    index("proposal_assignments_assigned_at_idx").on(t.assignedAt, t.id),
    index("proposal_assignments_answered_at_idx").on(t.answeredAt, t.id),
    index("proposal_assignments_extended_idx").on(t.extended),
    // A unit holds one live assignment per proposal, and a proposal one live lead; returned ones are history.
    uniqueIndex("proposal_assignments_proposal_unit_key").on(t.proposalId, t.unitId).where(sql`${t.returnedAt} is null`),
    uniqueIndex("proposal_assignments_one_lead_key").on(t.proposalId).where(sql`${t.role} = 'lead' and ${t.returnedAt} is null`),
    index("proposal_assignments_unit_id_idx").on(t.unitId),
    index("proposal_assignments_due_at_idx").on(t.dueAt),
    // what the overdue and due-soon filters look for: live assignments still owing an answer
    index("proposal_assignments_open_due_idx").on(t.dueAt, t.proposalId).where(sql`${t.returnedAt} is null and ${t.answeredAt} is null`),
    check("proposal_assignments_due_order", sql`${t.dueAt} is null or ${t.dueAt} >= ${t.assignedAt}`),
    check("proposal_assignments_answer_order", sql`${t.answeredAt} is null or ${t.answeredAt} >= ${t.assignedAt}`),
    check("proposal_assignments_document_number_length", sql`char_length(${t.documentNumber}) between 1 and 100`),
    check("proposal_assignments_document_number_answered", sql`${t.documentNumber} is null or ${t.answeredAt} is not null`),
    check("proposal_assignments_communication_answered", sql`${t.communication} is null or ${t.answeredAt} is not null`),
    check("proposal_assignments_document_number_lead", sql`${t.documentNumber} is null or ${t.role} = 'lead'`),
    check("proposal_assignments_opinion_assisting", sql`${t.opinion} is null or ${t.role} = 'assisting'`),
    check("proposal_assignments_opinion_given", sql`(${t.opinion} is null) = (${t.opinionAt} is null)`),
    check("proposal_assignments_opinion_at_order", sql`${t.opinionAt} is null or ${t.opinionAt} >= ${t.assignedAt}`),
    check("proposal_assignments_return_reason_given", sql`(${t.returnedAt} is null) = (${t.returnReason} is null)`),
    check("proposal_assignments_returned_at_order", sql`${t.returnedAt} is null or ${t.returnedAt} >= ${t.assignedAt}`),
    check(
      "proposal_assignments_extended_details",
      sql`${t.extended} = (${t.originalDueAt} is not null) and ${t.extended} = (${t.extensionReason} is not null) and ${t.extended} = (${t.extensionApprovedBy} is not null)`,
    ),
  ],
);

export const proposalEvaluations = pgTable(
  "proposal_evaluations",
  {
    id: id(),
    proposalId: integer("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    deputyId: integer("deputy_id")
      .notNull()
      .references(() => deputies.id, { onDelete: "restrict" }),
    // 1 for the first answer, 2 for the answer after re-handling
    round: integer("round").notNull().default(1),
    satisfaction: satisfaction("satisfaction").notNull(),
    comment: text("comment"),
    evaluatedAt: timestamp("evaluated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("proposal_evaluations_proposal_deputy_round_key").on(t.proposalId, t.deputyId, t.round),
    index("proposal_evaluations_deputy_id_idx").on(t.deputyId),
    check("proposal_evaluations_round_range", sql`${t.round} between 1 and 9`),
  ],
);

export const proposalEvents = pgTable(
  "proposal_events",
  {
    id: id(),
    proposalId: integer("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    kind: proposalEventKind("kind").notNull(),
    // equal when the transition keeps the state (an extension, an opinion, one of several evaluations)
    fromStatus: proposalStatus("from_status"),
    toStatus: proposalStatus("to_status").notNull(),
    // the handling round the event belongs to
    round: integer("round").notNull().default(1),
    // who recorded it: a user name, "token:<name>" or "system"
    actor: text("actor"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    note: text("note"),
  },
  (t) => [
    index("proposal_events_at_idx").on(t.at, t.id),
    index("proposal_events_round_idx").on(t.round),
    index("proposal_events_proposal_id_idx").on(t.proposalId, t.at),
    index("proposal_events_kind_idx").on(t.kind, t.at),
    check("proposal_events_round_range", sql`${t.round} between 1 and 9`),
  ],
);

export const activities = pgTable(
  "activities",
  {
    id: id(),
    area: activityArea("area").notNull(),
    kind: activityKind("kind").notNull(),
    title: text("title").notNull(),
    date: day("date").notNull(),
    districtId: integer("district_id").references(() => districts.id, { onDelete: "restrict" }),
    stationId: integer("station_id").references(() => stations.id, { onDelete: "restrict" }),
    // the deputy group that held it (代表小组活动), and the measure of the year's action plan it serves
    groupId: integer("group_id").references((): AnyPgColumn => deputyGroups.id, { onDelete: "restrict" }),
    measureId: integer("measure_id").references((): AnyPgColumn => measures.id, { onDelete: "restrict" }),
    suggestionsCount: integer("suggestions_count").notNull().default(0),
    description: text("description"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("activities_suggestions_count_idx").on(t.suggestionsCount, t.id),
    index("activities_title_idx").on(t.title),
    index("activities_title_trgm_idx").using("gin", trgm(t.title)),
    index("activities_area_date_idx").on(t.area, t.date),
    index("activities_kind_idx").on(t.kind),
    index("activities_date_idx").on(t.date),
    index("activities_district_id_idx").on(t.districtId),
    index("activities_station_id_idx").on(t.stationId),
    index("activities_group_id_idx").on(t.groupId),
    index("activities_measure_id_idx").on(t.measureId),
    check("activities_title_length", sql`char_length(${t.title}) between 1 and 200`),
    check("activities_suggestions_nonnegative", sql`${t.suggestionsCount} >= 0`),
  ],
);

export const activityParticipations = pgTable(
  "activity_participations",
  {
    id: id(),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    deputyId: integer("deputy_id")
      .notNull()
      .references(() => deputies.id, { onDelete: "restrict" }),
    role: participationRole("role").notNull().default("participant"),
    createdAt: createdAt(),
  },
  (t) => [
    index("activity_participations_role_idx").on(t.role, t.id),
    unique("activity_participations_activity_deputy_key").on(t.activityId, t.deputyId),
    index("activity_participations_deputy_id_idx").on(t.deputyId),
  ],
);

// ---------- the rest of the deputies' work: receptions and opinions, groups, the "two contacts",
// the year's action plan, and the points rule of the duty record ----------

const phoneFormat = (col: AnyPgColumn) => sql`${col} ~ '^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$'`;

// 专门委员会 and working bodies of the Standing Committee: they own measures and contact deputies.
export const committees = pgTable(
  "committees",
  {
    id: id(),
    name: text("name").notNull(),
    kind: committeeKind("kind").notNull().default("special_committee"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    unique("committees_name_key").on(t.name),
    index("committees_kind_idx").on(t.kind),
    check("committees_name_length", sql`char_length(${t.name}) between 1 and 100`),
  ],
);

// The year's action plan (e.g. 2024's "高质量发展,代表在行动": 12 measures in three areas).
export const measures = pgTable(
  "measures",
  {
    id: id(),
    year: integer("year").notNull(),
    number: integer("number").notNull(),
    area: activityArea("area").notNull(),
    title: text("title").notNull(),
    committeeId: integer("committee_id").references(() => committees.id, { onDelete: "restrict" }),
    description: text("description"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    unique("measures_year_number_key").on(t.year, t.number),
    index("measures_area_idx").on(t.area, t.id),
    index("measures_committee_id_idx").on(t.committeeId),
    index("measures_title_idx").on(t.title),
    check("measures_year_range", sql`${t.year} between 2000 and 2100`),
    check("measures_number_range", sql`${t.number} between 1 and 99`),
    check("measures_title_length", sql`char_length(${t.title}) between 1 and 200`),
  ],
);

// 代表小组: deputies grouped by district or by sector.
export const deputyGroups = pgTable(
  "deputy_groups",
  {
    id: id(),
    name: text("name").notNull(),
    kind: groupKind("kind").notNull(),
    districtId: integer("district_id").references(() => districts.id, { onDelete: "restrict" }),
    sector: occupationSector("sector"),
    description: text("description"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    unique("deputy_groups_name_key").on(t.name),
    index("deputy_groups_kind_idx").on(t.kind, t.id),
    index("deputy_groups_district_id_idx").on(t.districtId),
    index("deputy_groups_sector_idx").on(t.sector),
    check("deputy_groups_name_length", sql`char_length(${t.name}) between 1 and 100`),
    check("deputy_groups_district_or_sector", sql`(${t.kind} = 'district') = (${t.districtId} is not null) and (${t.kind} = 'sector') = (${t.sector} is not null)`),
  ],
);

export const deputyGroupMembers = pgTable(
  "deputy_group_members",
  {
    id: id(),
    groupId: integer("group_id")
      .notNull()
      .references(() => deputyGroups.id, { onDelete: "cascade" }),
    deputyId: integer("deputy_id")
      .notNull()
      .references(() => deputies.id, { onDelete: "restrict" }),
    role: groupRole("role").notNull().default("member"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("deputy_group_members_group_deputy_key").on(t.groupId, t.deputyId),
    index("deputy_group_members_deputy_id_idx").on(t.deputyId),
    index("deputy_group_members_role_idx").on(t.role, t.id),
  ],
);

// 接待群众: deputies receiving constituents at a station or room, online, or by visiting them.
export const receptions = pgTable(
  "receptions",
  {
    id: id(),
    date: day("date").notNull(),
    way: receptionWay("way").notNull(),
    stationId: integer("station_id").references(() => stations.id, { onDelete: "restrict" }),
    districtId: integer("district_id").references(() => districts.id, { onDelete: "restrict" }),
    constituentsCount: integer("constituents_count").notNull().default(0),
    subject: text("subject"),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("receptions_date_idx").on(t.date, t.id),
    index("receptions_way_idx").on(t.way, t.date),
    index("receptions_station_id_idx").on(t.stationId, t.date),
    index("receptions_district_id_idx").on(t.districtId, t.date),
    index("receptions_constituents_count_idx").on(t.constituentsCount, t.id),
    check("receptions_constituents_count_range", sql`${t.constituentsCount} between 0 and 100000`),
    check("receptions_station_unless_visit", sql`${t.way} = 'visit' or ${t.stationId} is not null`),
    check("receptions_subject_length", sql`char_length(${t.subject}) <= 200`),
  ],
);

export const receptionDeputies = pgTable(
  "reception_deputies",
  {
    id: id(),
    receptionId: integer("reception_id")
      .notNull()
      .references(() => receptions.id, { onDelete: "cascade" }),
    deputyId: integer("deputy_id")
      .notNull()
      .references(() => deputies.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("reception_deputies_reception_deputy_key").on(t.receptionId, t.deputyId),
    index("reception_deputies_deputy_id_idx").on(t.deputyId),
  ],
);

// 常委会组成人员和专委会联系代表: a contact with one or more deputies.
export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    date: day("date").notNull(),
    by: contactBy("by").notNull(),
    // the Standing Committee member who made it (by = member), or the committee (by = committee)
    memberName: text("member_name"),
    committeeId: integer("committee_id").references(() => committees.id, { onDelete: "restrict" }),
    way: contactWay("way").notNull(),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("contacts_date_idx").on(t.date, t.id),
    index("contacts_by_idx").on(t.by, t.date),
    index("contacts_way_idx").on(t.way, t.id),
    index("contacts_committee_id_idx").on(t.committeeId),
    check("contacts_member_or_committee", sql`(${t.by} = 'member') = (${t.memberName} is not null) and (${t.by} = 'committee') = (${t.committeeId} is not null)`),
    check("contacts_member_name_length", sql`char_length(${t.memberName}) between 1 and 50`),
  ],
);

export const contactDeputies = pgTable(
  "contact_deputies",
  {
    id: id(),
    contactId: integer("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    deputyId: integer("deputy_id")
      .notNull()
      .references(() => deputies.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("contact_deputies_contact_deputy_key").on(t.contactId, t.deputyId),
    index("contact_deputies_deputy_id_idx").on(t.deputyId),
  ],
);

// A Standing Committee meeting that deputies attended as non-voting participants (列席), and the
// forum held for them (列席代表座谈会).
export const meetings = pgTable(
  "meetings",
  {
    id: id(),
    title: text("title").notNull(),
    startDate: day("start_date").notNull(),
    endDate: day("end_date"),
    forumDate: day("forum_date"),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("meetings_start_date_idx").on(t.startDate, t.id),
    index("meetings_title_idx").on(t.title),
    check("meetings_title_length", sql`char_length(${t.title}) between 1 and 200`),
    check("meetings_dates_order", sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    check("meetings_forum_within", sql`${t.forumDate} is null or (${t.forumDate} >= ${t.startDate} and (${t.endDate} is null or ${t.forumDate} <= ${t.endDate}))`),
  ],
);

export const meetingAttendees = pgTable(
  "meeting_attendees",
  {
    id: id(),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    deputyId: integer("deputy_id")
      .notNull()
      .references(() => deputies.id, { onDelete: "restrict" }),
    // took part in the forum held for the attending deputies
    atForum: boolean("at_forum").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    unique("meeting_attendees_meeting_deputy_key").on(t.meetingId, t.deputyId),
    index("meeting_attendees_deputy_id_idx").on(t.deputyId),
  ],
);

// 民意: an opinion raised at a reception, in a contact, or by a deputy attending a meeting, and its
// course. The columns each course needs are required by it, and only by it.
export const opinions = pgTable(
  "opinions",
  {
    id: id(),
    receptionId: integer("reception_id").references(() => receptions.id, { onDelete: "cascade" }),
    contactId: integer("contact_id").references(() => contacts.id, { onDelete: "cascade" }),
    meetingId: integer("meeting_id").references(() => meetings.id, { onDelete: "cascade" }),
    // the deputy who took it up or gave it
    deputyId: integer("deputy_id").references(() => deputies.id, { onDelete: "restrict" }),
    raisedOn: day("raised_on").notNull(),
    content: text("content").notNull(),
    category: proposalCategory("category").notNull(),
    constituentName: text("constituent_name"),
    constituentPhone: text("constituent_phone"),
    status: opinionStatus("status").notNull().default("open"),
    // answered on the spot: the answer; forwarded: the unit, and its reply when it comes
    answer: text("answer"),
    unitId: integer("unit_id").references(() => handlingUnits.id, { onDelete: "restrict" }),
    proposalId: integer("proposal_id").references(() => proposals.id, { onDelete: "restrict" }),
    closeReason: text("close_reason"),
    // when it was resolved: answered, closed, or the unit's or the proposal's answer recorded
    resolvedOn: day("resolved_on"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("opinions_reception_id_idx").on(t.receptionId),
    index("opinions_contact_id_idx").on(t.contactId),
    index("opinions_meeting_id_idx").on(t.meetingId),
    index("opinions_deputy_id_idx").on(t.deputyId),
    index("opinions_unit_id_idx").on(t.unitId),
    index("opinions_proposal_id_idx").on(t.proposalId),
    index("opinions_raised_on_idx").on(t.raisedOn, t.id),
    index("opinions_status_idx").on(t.status, t.raisedOn),
    index("opinions_category_idx").on(t.category, t.id),
    index("opinions_resolved_on_idx").on(t.resolvedOn, t.id),
    check("opinions_one_source", sql`num_nonnulls(${t.receptionId}, ${t.contactId}, ${t.meetingId}) = 1`),
    check("opinions_content_length", sql`char_length(${t.content}) between 1 and 5000`),
    check("opinions_constituent_name_length", sql`char_length(${t.constituentName}) between 1 and 50`),
    check("opinions_constituent_phone_format", phoneFormat(t.constituentPhone)),
    check("opinions_answered", sql`(${t.status} = 'answered') <= (${t.answer} is not null and ${t.resolvedOn} is not null)`),
    check("opinions_forwarded", sql`(${t.status} = 'forwarded') = (${t.unitId} is not null)`),
    check("opinions_proposal", sql`(${t.status} = 'proposal') = (${t.proposalId} is not null)`),
    check("opinions_closed", sql`(${t.status} = 'closed') = (${t.closeReason} is not null) and (${t.status} <> 'closed' or ${t.resolvedOn} is not null)`),
    check("opinions_open_unresolved", sql`${t.status} <> 'open' or ${t.resolvedOn} is null`),
    check("opinions_resolved_after_raised", sql`${t.resolvedOn} >= ${t.raisedOn}`),
  ],
);

// 履职积分: points per kind of work. The rule of a year is the one with the greatest `from_year` not
// after it; a rule is written for the current or a later year only, so past scores never change.
export const dutyPointRules = pgTable(
  "duty_point_rules",
  {
    id: id(),
    fromYear: integer("from_year").notNull(),
    trainingPoints: numeric("training_points", { precision: 6, scale: 2, mode: "number" }).notNull().default(2),
    activityPoints: numeric("activity_points", { precision: 6, scale: 2, mode: "number" }).notNull().default(2),
    proposalLeadPoints: numeric("proposal_lead_points", { precision: 6, scale: 2, mode: "number" }).notNull().default(5),
    proposalCosignPoints: numeric("proposal_cosign_points", { precision: 6, scale: 2, mode: "number" }).notNull().default(1),
    receptionPoints: numeric("reception_points", { precision: 6, scale: 2, mode: "number" }).notNull().default(2),
    opinionPoints: numeric("opinion_points", { precision: 6, scale: 2, mode: "number" }).notNull().default(1),
    contactPoints: numeric("contact_points", { precision: 6, scale: 2, mode: "number" }).notNull().default(1),
    meetingPoints: numeric("meeting_points", { precision: 6, scale: 2, mode: "number" }).notNull().default(3),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    unique("duty_point_rules_from_year_key").on(t.fromYear),
    check("duty_point_rules_from_year_range", sql`${t.fromYear} between 2000 and 2100`),
    check(
      "duty_point_rules_points_range",
      sql`least(${t.trainingPoints}, ${t.activityPoints}, ${t.proposalLeadPoints}, ${t.proposalCosignPoints}, ${t.receptionPoints}, ${t.opinionPoints}, ${t.contactPoints}, ${t.meetingPoints}) >= 0 and greatest(${t.trainingPoints}, ${t.activityPoints}, ${t.proposalLeadPoints}, ${t.proposalCosignPoints}, ${t.receptionPoints}, ${t.opinionPoints}, ${t.contactPoints}, ${t.meetingPoints}) <= 100`,
    ),
  ],
);

// The office's deadlines for handling proposals: one row (id 1); the column defaults are the
// defaults of the rules, and a database without the row uses them.
export const settings = pgTable(
  "settings",
  {
    id: integer("id").primaryKey().default(1),
    // the answer is due this many months after assignment
    answerDueMonths: integer("answer_due_months").notNull().default(3),
    // one extension, to at most this many months after assignment
    extensionMaxMonths: integer("extension_max_months").notNull().default(6),
    // a unit may return a wrongly assigned proposal within this many days of assignment
    returnWindowDays: integer("return_window_days").notNull().default(7),
    // after a dissatisfied evaluation, the new answer is due this many months later
    rehandlingDueMonths: integer("rehandling_due_months").notNull().default(1),
    // days after an answer for the deputies to evaluate it; then the proposal may be closed without all evaluations
    evaluationWindowDays: integer("evaluation_window_days").notNull().default(30),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    check("settings_id_single_row", sql`${t.id} = 1`),
    check("settings_answer_due_months_range", sql`${t.answerDueMonths} between 1 and 12`),
    check("settings_extension_max_months_range", sql`${t.extensionMaxMonths} between ${t.answerDueMonths} and 24`),
    check("settings_return_window_days_range", sql`${t.returnWindowDays} between 1 and 90`),
    check("settings_rehandling_due_months_range", sql`${t.rehandlingDueMonths} between 1 and 12`),
    check("settings_evaluation_window_days_range", sql`${t.evaluationWindowDays} between 1 and 365`),
  ],
);

export type District = typeof districts.$inferSelect;
export type Deputy = typeof deputies.$inferSelect;
export type DeputyMandate = typeof deputyMandates.$inferSelect;
export type Training = typeof trainings.$inferSelect;
export type TrainingAttendance = typeof trainingAttendances.$inferSelect;
export type Station = typeof stations.$inferSelect;
export type StationDeputy = typeof stationDeputies.$inferSelect;
export type HandlingUnit = typeof handlingUnits.$inferSelect;
export type Proposal = typeof proposals.$inferSelect;
export type ProposalCosigner = typeof proposalCosigners.$inferSelect;
export type ProposalAssignment = typeof proposalAssignments.$inferSelect;
export type ProposalEvaluation = typeof proposalEvaluations.$inferSelect;
export type ProposalEvent = typeof proposalEvents.$inferSelect;
export type Settings = typeof settings.$inferSelect;
export type Activity = typeof activities.$inferSelect;
export type ActivityParticipation = typeof activityParticipations.$inferSelect;
export type Committee = typeof committees.$inferSelect;
export type Measure = typeof measures.$inferSelect;
export type DeputyGroup = typeof deputyGroups.$inferSelect;
export type DeputyGroupMember = typeof deputyGroupMembers.$inferSelect;
export type Reception = typeof receptions.$inferSelect;
export type ReceptionDeputy = typeof receptionDeputies.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
export type ContactDeputy = typeof contactDeputies.$inferSelect;
export type Meeting = typeof meetings.$inferSelect;
export type MeetingAttendee = typeof meetingAttendees.$inferSelect;
export type Opinion = typeof opinions.$inferSelect;
export type DutyPointRule = typeof dutyPointRules.$inferSelect;

// ---------- who may do what (sign-in, API tokens, the audit log) ----------

export const userRole = pgEnum("user_role", ["admin", "editor", "viewer"]);

export const users = pgTable(
  "users",
  {
    id: id(),
    username: text("username").notNull(),
    displayName: text("display_name"),
    role: userRole("role").notNull(),
    // argon2id, PHC string
    passwordHash: text("password_hash").notNull(),
    active: boolean("active").notNull().default(true),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    unique("users_username_key").on(t.username),
    index("users_role_idx").on(t.role),
    check("users_username_format", sql`${t.username} ~ '^[A-Za-z0-9_.-]{2,50}$'`),
  ],
);

// A signed-in console session; the cookie holds a random token, the table only its SHA-256.
export const sessions = pgTable(
  "sessions",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    tokenHash: text("token_hash").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [unique("sessions_token_hash_key").on(t.tokenHash), index("sessions_user_id_idx").on(t.userId), index("sessions_expires_at_idx").on(t.expiresAt)],
);

// Read-only API tokens for BI tools and dashboards, stored only as a SHA-256 hash.
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: id(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    // the first characters, so a person can tell tokens apart
    prefix: text("prefix").notNull(),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    // a token for a public screen: it may only GET saved queries (/saved/<name>), never POST /graphql
    savedQueriesOnly: boolean("saved_queries_only").notNull().default(false),
  },
  (t) => [
    unique("api_tokens_token_hash_key").on(t.tokenHash),
    index("api_tokens_name_idx").on(t.name),
    check("api_tokens_name_length", sql`char_length(${t.name}) between 1 and 100`),
  ],
);

// A named GraphQL query with its default variables, saved by an admin for dashboards and BI tools:
// GET /saved/<name> runs it (variables from the query string override the defaults) and answers JSON
// or CSV, cacheable for maxAge seconds.
export const savedQueries = pgTable(
  "saved_queries",
  {
    id: id(),
    // the URL's last part: letters, digits, '-' and '_'
    name: text("name").notNull(),
    title: text("title").notNull(),
    query: text("query").notNull(),
    variables: jsonb("variables").$type<Record<string, unknown>>().notNull().default({}),
    // Cache-Control: private, max-age=<maxAge>
    maxAge: integer("max_age").notNull().default(60),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    unique("saved_queries_name_key").on(t.name),
    check("saved_queries_name_format", sql`${t.name} ~ '^[A-Za-z0-9_-]{1,100}$'`),
    check("saved_queries_title_length", sql`char_length(${t.title}) between 1 and 200`),
    check("saved_queries_query_length", sql`char_length(${t.query}) between 1 and 100000`),
    check("saved_queries_variables_object", sql`jsonb_typeof(${t.variables}) = 'object'`),
    check("saved_queries_max_age_range", sql`${t.maxAge} between 0 and 86400`),
  ],
);

// Partitioned by year of `at` (Asia/Shanghai), PostgreSQL's declarative partitioning: migration 0012
// made it so (drizzle-kit cannot write that), and audit_logs_ensure_year(y) adds a year's partition
// (migrate() makes next year's in advance); a DEFAULT partition takes any row outside them. The key
// is (id, at), as PostgreSQL asks of a partitioned table's unique keys; ids come from one sequence.
export const auditLogs = pgTable(
  "audit_logs",
  {
    id: integer("id").notNull().generatedByDefaultAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    // who, as shown: a user name or "token:<name>"; kept when the user is deleted
    actor: text("actor").notNull(),
    operation: text("operation").notNull(),
    recordType: text("record_type").notNull(),
    recordId: text("record_id"),
    // the values before and after, personal data masked
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.at] }),
    index("audit_logs_at_idx").on(t.at),
    index("audit_logs_user_id_idx").on(t.userId, t.at),
    index("audit_logs_record_idx").on(t.recordType, t.recordId, t.at),
    index("audit_logs_operation_idx").on(t.operation, t.at),
  ],
);

// Failed sign-ins, one row each, for the throttle (per user name and per address, in a sliding window).
// In the database, so every API process behind a load balancer counts the same failures. Never the
// password; rows older than the window are deleted as new failures come in.
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    // bigint: failures from ever new addresses may outrun an integer over the years, deleted rows or not
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    // lower-cased, as the throttle compares it
    username: text("username").notNull(),
    address: text("address").notNull(),
  },
  (t) => [
    index("sign_in_failures_username_idx").on(t.username, t.at),
    index("sign_in_failures_address_idx").on(t.address, t.at),
    index("sign_in_failures_at_idx").on(t.at),
  ],
);

// ---------- the yearly review's summaries (issue 17) ----------
// Kept up to date by triggers in the same transaction as each change of the records they summarise
// (drizzle/0010_review_summary_triggers.sql), so the review of a year reads thousands of rows instead of
// counting millions, and its figures stay exactly equal to counting the records.

// Per activity: its participants, and those of them who held a city congress mandate in the
// activity's year (市人大代表参与监督工作); the activity's date and area copied for the review's range scan.
export const reviewActivityTotals = pgTable(
  "review_activity_totals",
  {
    activityId: integer("activity_id")
      .primaryKey()
      .references(() => activities.id, { onDelete: "cascade" }),
    date: day("date").notNull(),
    area: activityArea("area").notNull(),
    participants: integer("participants").notNull().default(0),
    cityParticipants: integer("city_participants").notNull().default(0),
  },
  (t) => [
    index("review_activity_totals_date_idx").on(t.date, t.area, t.participants, t.cityParticipants),
    check("review_activity_totals_counts", sql`${t.participants} >= 0 and ${t.cityParticipants} between 0 and ${t.participants}`),
  ],
);

// Per year and deputy: the classes (form CLASS) starting in the year that the deputy attended; a row
// only while there is at least one, so a year's rows are the deputies trained (培训各级人大代表).
export const reviewTrainedDeputies = pgTable(
  "review_trained_deputies",
  {
    year: integer("year").notNull(),
    deputyId: integer("deputy_id").notNull(),
    classes: integer("classes").notNull(),
  },
  // (no CHECK on classes: PostgreSQL checks the row an INSERT … ON CONFLICT proposes, a negative
  // change included, before it finds the row to add it to)
  (t) => [primaryKey({ columns: [t.year, t.deputyId] })],
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
export type SavedQuery = typeof savedQueries.$inferSelect;
export type AuditLog = typeof auditLogs.$inferSelect;
export type SignInFailure = typeof signInFailures.$inferSelect;
