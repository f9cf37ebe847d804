// The dashboard's GraphQL operations (validated against schema.graphql in dashboard.test.ts).

export const STATIONS_QUERY = `query Stations($all: StationFilter, $model: StationFilter, $industry: StationFilter) {
  all: stationsAggregate(filter: $all, groupBy: [DISTRICT_ID, KIND]) { total { count } groups { key { kind districtId district { name } } count } }
  model: stationsAggregate(filter: $model, groupBy: [DISTRICT_ID, KIND]) { total { count } groups { key { kind districtId } count } }
  industry: stationsAggregate(filter: $industry, groupBy: [DISTRICT_ID, KIND]) { total { count } groups { key { kind districtId } count } }
}`;

export const PROPOSALS_QUERY = `query Proposals($year: ProposalFilter, $owed: ProposalFilter, $answered: ProposalFilter, $overdue: ProposalFilter, $lead: ProposalAssignmentFilter, $evaluations: ProposalEvaluationFilter) {
  byStatus: proposalsAggregate(filter: $year, groupBy: [STATUS]) { total { count } groups { key { status } count } }
  byCategory: proposalsAggregate(filter: $year, groupBy: [CATEGORY]) { groups { key { category } count } }
  owed: proposalsAggregate(filter: $owed) { total { count } }
  answered: proposalsAggregate(filter: $answered) { total { count } }
  overdue: proposalsAggregate(filter: $overdue) { total { count } }
  byUnit: proposalAssignmentsAggregate(filter: $lead, groupBy: [UNIT_ID]) { groups { key { unitId unit { name } } proposals: countDistinct(field: PROPOSAL_ID) } }
  evaluations: proposalEvaluationsAggregate(filter: $evaluations, groupBy: [SATISFACTION]) { total { count } groups { key { satisfaction } count } }
}`;

export const TRAINING_QUERY = `query Training($trainings: TrainingFilter, $attended: TrainingAttendanceFilter, $attendedServing: TrainingAttendanceFilter, $serving: DeputyMandateFilter) {
  trainings: trainingsAggregate(filter: $trainings, groupBy: [FORM]) { total { count sum { hours } } groups { key { form } count sum { hours } } }
  attended: trainingAttendancesAggregate(filter: $attended, groupBy: [TRAINING_FORM]) {
    total { count persons: countDistinct(field: DEPUTY_ID) sum { hours } }
    groups { key { trainingForm } count persons: countDistinct(field: DEPUTY_ID) }
  }
  trainedServing: trainingAttendancesAggregate(filter: $attendedServing) { total { persons: countDistinct(field: DEPUTY_ID) } }
  serving: deputyMandatesAggregate(filter: $serving) { total { persons: countDistinct(field: DEPUTY_ID) } }
}`;

export const ACTIVITIES_QUERY = `query Activities($year: ActivityParticipationFilter, $activities: ActivityFilter) {
  byMonth: activityParticipationsAggregate(filter: $year, groupBy: [ACTIVITY_DATE_MONTH, ACTIVITY_AREA]) {
    total { count persons: countDistinct(field: DEPUTY_ID) }
    groups { key { activityDateMonth activityArea } count }
  }
  activities: activitiesAggregate(filter: $activities) { total { count sum { suggestionsCount } } }
}`;

export const COUNTIES_QUERY = "query Counties { districts(filter: { level: { eq: COUNTY } }, orderBy: [CODE_ASC], first: 100) { nodes { id name } } }";

// Serving deputies by level: in the whole city (`all`) and in each county (`c0`, `c1`, …), one
// aggregate each, so every number is an exact count of distinct deputies.
export function deputiesQuery(names: string[]): string {
  const aggregate = (n: string) =>
    `${n}: deputyMandatesAggregate(filter: $${n}, groupBy: [LEVEL]) { total { persons: countDistinct(field: DEPUTY_ID) } groups { key { level } persons: countDistinct(field: DEPUTY_ID) } }`;
  return `query DeputiesByLevel(${names.map((n) => `$${n}: DeputyMandateFilter`).join(", ")}) { ${names.map(aggregate).join(" ")} }`;
}

// The years that have records, for the year pickers.
export const YEARS_QUERY = `query Years {
  activities: activitiesAggregate(groupBy: [DATE_YEAR]) { groups { key { dateYear } } }
  proposals: proposalsAggregate(groupBy: [SUBMITTED_AT_YEAR]) { groups { key { submittedAtYear } } }
}`;

// Every figure of the yearly review, with the list and filter of its records.
export const REVIEW_QUERY = `query YearlyReview($year: Int!) {
  yearlyReview(year: $year) { year sessions { congressTerm sessionNumber } figures { key section label unit value resource filter } }
}`;

// The year's action plan (行动举措): per measure, the activities that serve it and their suggestions,
// and the person-times in them — one aggregate each, whatever the number of measures.
export const MEASURES_QUERY = `query Measures($measures: MeasureFilter, $activities: ActivityFilter, $participations: ActivityParticipationFilter) {
  measures(filter: $measures, orderBy: [NUMBER_ASC], first: 100) { nodes { id number title area } }
  activities: activitiesAggregate(filter: $activities, groupBy: [MEASURE_ID]) { total { count sum { suggestionsCount } } groups { key { measureId } count sum { suggestionsCount } } }
  participations: activityParticipationsAggregate(filter: $participations, groupBy: [ACTIVITY_MEASURE_ID]) { total { count } groups { key { activityMeasureId } count } }
}`;

export const MEASURE_PROGRESS_QUERY = `query MeasureProgress($activities: ActivityFilter, $participations: ActivityParticipationFilter) {
  activities: activitiesAggregate(filter: $activities) { total { count sum { suggestionsCount } } }
  participations: activityParticipationsAggregate(filter: $participations) { total { count } }
}`;
