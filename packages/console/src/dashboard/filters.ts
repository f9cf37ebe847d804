// The API filters behind every number of the dashboard, for a year. The same filter asks the API for
// the number (an aggregate) and opens the list of its records (listUrl), so the list's total is the
// number clicked.
import { enums } from "../common/enums";

type Filter = Record<string, unknown>;

export const yearRange = (y: number) => ({ gte: `${y}-01-01`, lte: `${y}-12-31` });

export function monthRange(month: string) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { gte: `${month}-01`, lte: `${month}-${String(last).padStart(2, "0")}` };
}

// A mandate held during the year (begun by its end, not ended before its start), at a level, in a
// county (a county's own mandates, and those of its townships).
export function mandateFilter(y: number, { level, county }: { level?: string; county?: string } = {}): Filter {
  return {
    ...(level ? { level: { eq: level } } : {}),
    startDate: { lte: `${y}-12-31` },
    or: [{ endDate: { isNull: true } }, { endDate: { gte: `${y}-01-01` } }],
    ...(county ? { and: [{ or: [{ districtId: { eq: county } }, { district: { parentId: { eq: county } } }] }] } : {}),
  };
}

// Deputies with such a mandate: the list behind a count of distinct deputies.
export const servingDeputies = (y: number, where: { level?: string; county?: string } = {}): Filter => ({ mandate: mandateFilter(y, where) });

// Stations, rooms and online stations in place at the end of the year.
export function stationFilter(y: number, { kind, district, model, industry }: { kind?: string; district?: string | null; model?: boolean; industry?: boolean } = {}): Filter {
  return {
    active: { eq: true },
    openedOn: { lte: `${y}-12-31` },
    ...(kind ? { kind: { eq: kind } } : {}),
    ...(district ? { districtId: { eq: district } } : district === null ? { districtId: { isNull: true } } : {}),
    ...(model ? { isModel: { eq: true }, modelYear: { lte: y } } : {}),
    ...(industry ? { isIndustry: { eq: true } } : {}),
  };
}

// Proposals raised in the year; those that owe an answer (not withdrawn, not accepted or merged into
// another), those answered (the lead unit's current answer given), those past their due date.
const notOwed = ["WITHDRAWN", "NOT_ACCEPTED", "MERGED"];
export const answeredStatuses = ["ANSWERED", "EVALUATED", "CLOSED"];
export const owedStatuses = enums.ProposalStatus.filter((s) => !notOwed.includes(s));

export const proposalFilter = (y: number, extra: Filter = {}): Filter => ({ submittedAt: yearRange(y), ...extra });
export const owedProposals = (y: number) => proposalFilter(y, { status: { in: owedStatuses } });
export const answeredProposals = (y: number) => proposalFilter(y, { status: { in: answeredStatuses } });
export const overdueProposals = (y: number) => proposalFilter(y, { overdue: true });
// Proposals whose lead unit (the current one: not returned) is `unit`.
export const leadUnitProposals = (y: number, unit: string) => proposalFilter(y, { assignment: { unitId: { eq: unit }, role: { eq: "LEAD" }, returnedAt: { isNull: true } } });
export const leadAssignments = (y: number): Filter => ({ role: { eq: "LEAD" }, returnedAt: { isNull: true }, proposal: { submittedAt: yearRange(y) } });
export const evaluations = (y: number, satisfaction?: string): Filter => ({
  proposal: { submittedAt: yearRange(y) },
  ...(satisfaction ? { satisfaction: { eq: satisfaction } } : {}),
});

// Trainings held in the year, and who attended them.
export const trainingFilter = (y: number, form?: string): Filter => ({ startDate: yearRange(y), ...(form ? { form: { eq: form } } : {}) });
export const attendanceFilter = (y: number, form?: string, servingOnly = false): Filter => ({
  status: { eq: "ATTENDED" },
  training: trainingFilter(y, form),
  ...(servingOnly ? { deputy: servingDeputies(y) } : {}),
});

// Person-times of duty activities: one per deputy taking part.
export const participationFilter = (y: number, { month, area }: { month?: string; area?: string } = {}): Filter => ({
  activity: { date: month ? monthRange(month) : yearRange(y), ...(area ? { area: { eq: area } } : {}) },
});

// The year's measures (行动举措), the activities that serve them and the participations in those.
export const measureFilters = (y: number) => ({
  measures: { year: { eq: y } },
  activities: { measure: { year: { eq: y } } },
  participations: { activity: { measure: { year: { eq: y } } } },
});
