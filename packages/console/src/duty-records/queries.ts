// The duty record's queries: one per page, each a fixed number of SQL statements on the API.
export const COUNT_KEYS = [
  "trainings",
  "trainingHours",
  "activities",
  "legislation",
  "supervision",
  "contact",
  "otherActivities",
  "proposalsLed",
  "proposalsCosigned",
  "receptions",
  "constituents",
  "opinions",
  "opinionsResolved",
  "opinionsToProposals",
  "stations",
  "contacts",
  "meetings",
  "forums",
] as const;
export type DutyCounts = Record<(typeof COUNT_KEYS)[number], number>;

export type DutyRecord = {
  year: number;
  points: number;
  rank: number | null;
  serving: boolean;
  hasDuty: boolean;
  counts: DutyCounts;
  rule: { fromYear: number } | null;
  trainings: { trainingId: string; status: string; hours: number | null; training: { title: string; form: string; startDate: string; hours: number | null } }[];
  activities: { activityId: string; role: string; activity: { title: string; area: string; kind: string; date: string } }[];
  proposalsLed: { id: string; number: number; title: string; status: string; submittedAt: string }[];
  proposalsCosigned: { proposalId: string; proposal: { number: number; title: string; status: string; submittedAt: string } }[];
  stations: { stationId: string; role: string; fromDate: string | null; toDate: string | null; station: { name: string; kind: string } }[];
  receptions: { receptionId: string; reception: { date: string; way: string; constituentsCount: number; subject: string | null; station: { name: string } | null } }[];
  opinions: { id: string; raisedOn: string; content: string; category: string; status: string; unit: { name: string } | null; proposal: { id: string; number: number; title: string } | null }[];
  contacts: { contactId: string; contact: { date: string; by: string; way: string; memberName: string | null; committee: { name: string } | null } }[];
  meetings: { meetingId: string; atForum: boolean; meeting: { title: string; startDate: string } }[];
};

export type DeputyWithRecord = {
  id: string;
  name: string;
  gender: string;
  ethnicity: string | null;
  politicalAffiliation: string | null;
  workUnit: string | null;
  jobTitle: string | null;
  mandates: { level: string; congressTerm: number; endDate: string | null; district: { name: string } | null }[];
  dutyRecord: DutyRecord;
};

const counts = `counts { ${COUNT_KEYS.join(" ")} }`;

export const DUTY_RECORD_QUERY = `query DutyRecord($id: ID!, $year: Int!) {
  deputy(id: $id) {
    id name gender ethnicity politicalAffiliation workUnit jobTitle
    mandates { level congressTerm endDate district { name } }
    dutyRecord(year: $year) {
      year points rank serving hasDuty ${counts} rule { fromYear }
      trainings { trainingId status hours training { title form startDate hours } }
      activities { activityId role activity { title area kind date } }
      proposalsLed { id number title status submittedAt }
      proposalsCosigned { proposalId proposal { number title status submittedAt } }
      stations { stationId role fromDate toDate station { name kind } }
      receptions { receptionId reception { date way constituentsCount subject station { name } } }
      opinions { id raisedOn content category status unit { name } proposal { id number title } }
      contacts { contactId contact { date by way memberName committee { name } } }
      meetings { meetingId atForum meeting { title startDate } }
    }
  }
}`;

export type RankedRecord = { deputyId: string; points: number; rank: number | null; counts: DutyCounts; deputy: { name: string; workUnit: string | null } };
export type RankedPage = { totalCount: number; nodes: RankedRecord[] };

const rankedFields = `totalCount nodes { deputyId points rank ${counts} deputy { name workUnit } }`;
export const DUTY_RANKING_QUERY = `query DutyRanking($year: Int!, $level: MandateLevel, $first: Int, $offset: Int) {
  dutyRanking(year: $year, level: $level, first: $first, offset: $offset) { ${rankedFields} }
}`;
export const WITHOUT_DUTY_QUERY = `query DeputiesWithoutDuty($year: Int!, $level: MandateLevel, $first: Int, $offset: Int) {
  deputiesWithoutDuty(year: $year, level: $level, first: $first, offset: $offset) { ${rankedFields} }
}`;

export const POINT_KEYS = [
  "trainingPoints",
  "activityPoints",
  "proposalLeadPoints",
  "proposalCosignPoints",
  "receptionPoints",
  "opinionPoints",
  "contactPoints",
  "meetingPoints",
] as const;
export type PointRule = Record<(typeof POINT_KEYS)[number], number> & { fromYear: number; version: number };
export const RULES_QUERY = `query DutyPointRules { dutyPointRules { fromYear version ${POINT_KEYS.join(" ")} } }`;
export const SET_RULE_MUTATION = `mutation SetDutyPointRule($input: DutyPointRuleInput!) {
  setDutyPointRule(input: $input) { fromYear version ${POINT_KEYS.join(" ")} }
}`;
