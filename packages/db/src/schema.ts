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
  },
  (t) => [
    unique("api_tokens_token_hash_key").on(t.tokenHash),
    index("api_tokens_name_idx").on(t.name),
    check("api_tokens_name_length", sql`char_length(${t.name}) between 1 and 100`),
  ],
);

export const auditLogs = pgTable(
  "audit_logs",
  {
    id: id(),
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

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
export type AuditLog = typeof auditLogs.$inferSelect;
export type SignInFailure = typeof signInFailures.$inferSelect;
