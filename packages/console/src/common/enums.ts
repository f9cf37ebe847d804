// The API's enums, in the order a clerk expects to pick from them. A unit test checks each against
// schema.graphql, so a value added or renamed on the server fails a console test.
export const enums = {
  Gender: ["MALE", "FEMALE"],
  MandateLevel: ["NATIONAL", "PROVINCIAL", "CITY", "COUNTY", "TOWNSHIP"],
  MandateEndReason: ["TERM_ENDED", "RESIGNED", "REMOVED", "TRANSFERRED", "DECEASED", "OTHER"],
  PoliticalAffiliation: ["CPC", "CPC_PROBATIONARY", "DEMOCRATIC_PARTY", "NON_PARTY", "MASSES"],
  Education: ["DOCTORATE", "MASTER", "BACHELOR", "JUNIOR_COLLEGE", "VOCATIONAL", "SENIOR_SECONDARY", "JUNIOR_SECONDARY", "PRIMARY"],
  OccupationSector: ["OFFICIAL", "WORKER", "FARMER", "PROFESSIONAL", "BUSINESS", "MILITARY", "OTHER"],
  DistrictLevel: ["COUNTY", "TOWNSHIP"],
  TrainingForm: ["CLASS", "LECTURE", "MEETING", "ON_SITE", "ONLINE", "SELF_STUDY"],
  AttendanceStatus: ["ENROLLED", "ATTENDED", "ON_LEAVE", "ABSENT"],
  StationKind: ["STATION", "ROOM", "ONLINE"],
  StationRole: ["HEAD", "DEPUTY_HEAD", "MEMBER"],
  HandlingUnitKind: ["GOVERNMENT_DEPARTMENT", "COUNTY_GOVERNMENT", "COURT", "PROCURATORATE", "OTHER"],
  ProposalCategory: [
    "FINANCE_ECONOMY",
    "AGRICULTURE_RURAL",
    "URBAN_CONSTRUCTION_ENVIRONMENT",
    "EDUCATION_SCIENCE_CULTURE_HEALTH",
    "SOCIAL_DEVELOPMENT",
    "INTERNAL_AFFAIRS_JUSTICE",
  ],
  ProposalStatus: ["SUBMITTED", "ACCEPTED", "ASSIGNED", "HANDLING", "ANSWERED", "REHANDLING", "EVALUATED", "CLOSED", "NOT_ACCEPTED", "MERGED", "WITHDRAWN"],
  AssignmentRole: ["LEAD", "ASSISTING"],
  ResultClass: ["A", "B", "C", "D"],
  Satisfaction: ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"],
  ActivityArea: ["LEGISLATION", "SUPERVISION", "CONTACT", "OTHER"],
  ActivityKind: [
    "LEGISLATIVE_RESEARCH",
    "OPINION_COLLECTION",
    "DELIBERATION",
    "RESEARCH",
    "INSPECTION",
    "SPECIAL_INQUIRY",
    "LAW_ENFORCEMENT_CHECK",
    "FORUM",
    "CONSTITUENT_VISIT",
    "STATION_RECEPTION",
  ],
  ParticipationRole: ["LEADER", "PARTICIPANT"],
  // deputies' work (issue 14)
  CommitteeKind: ["SPECIAL_COMMITTEE", "WORKING_BODY", "COUNCIL_OF_CHAIRPERSONS"],
  GroupKind: ["DISTRICT", "SECTOR"],
  GroupRole: ["LEADER", "MEMBER"],
  ContactBy: ["MEMBER", "COMMITTEE"],
  ContactWay: ["VISIT", "PHONE", "FORUM", "LETTER", "ONLINE"],
  UserRole: ["ADMIN", "EDITOR", "VIEWER"],
  ReceptionWay: ["IN_PERSON", "ONLINE", "VISIT"],
  OpinionStatus: ["OPEN", "FORWARDED", "ANSWERED", "PROPOSAL", "CLOSED"],
} as const;

export type EnumName = keyof typeof enums;

// Choices for SelectInput/SelectField; react-admin translates the names.
export const choices = (name: EnumName) => enums[name].map((id) => ({ id, name: `enums.${name}.${id}` }));
