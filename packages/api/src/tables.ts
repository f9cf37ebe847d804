// Root lists of child rows, and which aggregates exist: one declaration per table, all served by
// grammar/crud.ts and grammar/aggregate.ts.
import {
  activities,
  activityParticipations,
  deputies,
  deputyMandates,
  districts,
  handlingUnits,
  proposalAssignments,
  proposalEvaluations,
  proposals,
  stations,
  trainingAttendances,
  trainings,
} from "@daibiao/db";
import { activityParticipationSpec, activitySpec } from "./activities/activity.args.js";
import { Activity, ActivityParticipation } from "./activities/activity.type.js";
import { deputyMandateSpec, deputySpec } from "./deputies/deputy.args.js";
import { Deputy, DeputyMandate } from "./deputies/deputy.type.js";
import { districtSpec } from "./districts/district.args.js";
import { District } from "./districts/district.type.js";
import { aggregateResolvers, columnGroups, parentGroups } from "./grammar/aggregate.js";
import { listResolver } from "./grammar/crud.js";
import { columnsOf } from "./grammar/resource.js";
import { handlingUnitSpec } from "./handling-units/handling-unit.args.js";
import { HandlingUnit } from "./handling-units/handling-unit.type.js";
import {
  proposalAssignmentSpec,
  proposalCosignerSpec,
  proposalEvaluationSpec,
  proposalEventSpec,
  proposalSpec,
} from "./proposals/proposal.args.js";
import { ProposalAssignment, ProposalCosigner, ProposalEvaluation, ProposalEvent } from "./proposals/proposal.type.js";
import { stationDeputySpec, stationSpec } from "./stations/station.args.js";
import { Station, StationDeputy } from "./stations/station.type.js";
import { trainingAttendanceSpec, trainingSpec } from "./trainings/training.args.js";
import { opinions, receptionDeputies, receptions } from "@daibiao/db";
import { opinionSpec } from "./opinions/opinion.args.js";
import { receptionDeputySpec, receptionSpec } from "./receptions/reception.args.js";
import { Reception, ReceptionDeputy } from "./receptions/reception.type.js";
import { Training, TrainingAttendance } from "./trainings/training.type.js";

export const childListResolvers: Function[] = [
  listResolver({ spec: deputyMandateSpec, node: DeputyMandate, plural: "deputyMandates" }),
  listResolver({ spec: trainingAttendanceSpec, node: TrainingAttendance, plural: "trainingAttendances" }),
  listResolver({ spec: stationDeputySpec, node: StationDeputy, plural: "stationDeputies" }),
  listResolver({ spec: proposalCosignerSpec, node: ProposalCosigner, plural: "proposalCosigners" }),
  listResolver({ spec: proposalAssignmentSpec, node: ProposalAssignment, plural: "proposalAssignments" }),
  listResolver({ spec: proposalEvaluationSpec, node: ProposalEvaluation, plural: "proposalEvaluations" }),
  listResolver({ spec: proposalEventSpec, node: ProposalEvent, plural: "proposalEvents" }),
  listResolver({ spec: activityParticipationSpec, node: ActivityParticipation, plural: "activityParticipations" }),
  listResolver({ spec: receptionDeputySpec, node: ReceptionDeputy, plural: "receptionDeputies" }),
];

const district = (key: string) => ({ type: () => District, spec: () => districtSpec, key, nullable: true });

export const aggregateResolverClasses: Function[] = [
  ...aggregateResolvers({
    spec: districtSpec,
    plural: "districts",
    groupBy: columnGroups(districts, ["level", "parentId"]),
    keyRelations: { parent: district("parentId") },
    distinct: columnsOf(districts, ["id"]),
  }),
  ...aggregateResolvers({
    spec: deputySpec,
    plural: "deputies",
    groupBy: columnGroups(deputies, ["gender", "ethnicity", "politicalAffiliation", "education", "occupationSector", "birthDate"]),
    distinct: columnsOf(deputies, ["id", "ethnicity"]),
  }),
  ...aggregateResolvers({
    spec: deputyMandateSpec,
    plural: "deputyMandates",
    groupBy: {
      ...columnGroups(deputyMandates, ["level", "congressTerm", "districtId", "startDate", "endDate", "endReason", "delegation"]),
      ...parentGroups(deputies, deputyMandates.deputyId, "deputy", ["gender", "ethnicity", "politicalAffiliation", "education", "occupationSector"]),
    },
    keyRelations: { district: district("districtId") },
    distinct: columnsOf(deputyMandates, ["id", "deputyId", "districtId"]),
  }),
  ...aggregateResolvers({
    spec: trainingSpec,
    plural: "trainings",
    groupBy: columnGroups(trainings, ["form", "online", "startDate"]),
    numeric: columnsOf(trainings, ["hours"]),
    distinct: columnsOf(trainings, ["id"]),
  }),
  ...aggregateResolvers({
    spec: trainingAttendanceSpec,
    plural: "trainingAttendances",
    groupBy: {
      ...columnGroups(trainingAttendances, ["status", "trainingId", "deputyId"]),
      ...parentGroups(trainings, trainingAttendances.trainingId, "training", ["form", "online", "startDate"]),
    },
    keyRelations: {
      training: { type: () => Training, spec: () => trainingSpec, key: "trainingId", nullable: true },
      deputy: { type: () => Deputy, spec: () => deputySpec, key: "deputyId", nullable: true },
    },
    numeric: columnsOf(trainingAttendances, ["hours"]),
    distinct: columnsOf(trainingAttendances, ["id", "deputyId", "trainingId"]),
  }),
  ...aggregateResolvers({
    spec: stationSpec,
    plural: "stations",
    groupBy: columnGroups(stations, ["kind", "districtId", "townshipId", "parentId", "isModel", "modelYear", "isIndustry", "industry", "active", "openedOn"]),
    keyRelations: {
      district: district("districtId"),
      township: district("townshipId"),
      parent: { type: () => Station, spec: () => stationSpec, key: "parentId", nullable: true },
    },
    distinct: columnsOf(stations, ["id", "districtId", "townshipId", "parentId"]),
  }),
  ...aggregateResolvers({
    spec: handlingUnitSpec,
    plural: "handlingUnits",
    groupBy: columnGroups(handlingUnits, ["kind"]),
    distinct: columnsOf(handlingUnits, ["id"]),
  }),
  ...aggregateResolvers({
    spec: proposalSpec,
    plural: "proposals",
    groupBy: columnGroups(proposals, ["status", "category", "congressTerm", "sessionNumber", "specialFund", "submittedAt", "leadDeputyId", "round"]),
    keyRelations: { leadDeputy: { type: () => Deputy, spec: () => deputySpec, key: "leadDeputyId", nullable: true } },
    numeric: columnsOf(proposals, ["fundAmount", "peopleBenefited"]),
    distinct: columnsOf(proposals, ["id", "leadDeputyId"]),
  }),
  ...aggregateResolvers({
    spec: proposalAssignmentSpec,
    plural: "proposalAssignments",
    groupBy: {
      ...columnGroups(proposalAssignments, ["unitId", "role", "resultClass", "communication", "extended", "assignedAt", "dueAt", "answeredAt", "returnedAt"]),
      ...parentGroups(proposals, proposalAssignments.proposalId, "proposal", ["status", "category", "congressTerm", "sessionNumber", "specialFund"]),
    },
    keyRelations: {
      unit: { type: () => HandlingUnit, spec: () => handlingUnitSpec, key: "unitId", nullable: true },
    },
    distinct: columnsOf(proposalAssignments, ["id", "proposalId", "unitId"]),
  }),
  ...aggregateResolvers({
    spec: proposalEvaluationSpec,
    plural: "proposalEvaluations",
    groupBy: {
      ...columnGroups(proposalEvaluations, ["satisfaction", "round"]),
      ...parentGroups(proposals, proposalEvaluations.proposalId, "proposal", ["category", "congressTerm", "sessionNumber"]),
    },
    distinct: columnsOf(proposalEvaluations, ["id", "proposalId", "deputyId"]),
  }),
  ...aggregateResolvers({
    spec: activitySpec,
    plural: "activities",
    groupBy: columnGroups(activities, ["area", "kind", "date", "districtId", "stationId"]),
    keyRelations: {
      district: district("districtId"),
      station: { type: () => Station, spec: () => stationSpec, key: "stationId", nullable: true },
    },
    numeric: columnsOf(activities, ["suggestionsCount"]),
    distinct: columnsOf(activities, ["id", "districtId", "stationId"]),
  }),
  ...aggregateResolvers({
    spec: activityParticipationSpec,
    plural: "activityParticipations",
    groupBy: {
      ...columnGroups(activityParticipations, ["role", "deputyId", "activityId"]),
      ...parentGroups(activities, activityParticipations.activityId, "activity", ["area", "kind", "date", "districtId", "stationId"]),
    },
    keyRelations: {
      activity: { type: () => Activity, spec: () => activitySpec, key: "activityId", nullable: true },
      activityDistrict: district("activityDistrictId"),
      activityStation: { type: () => Station, spec: () => stationSpec, key: "activityStationId", nullable: true },
    },
    distinct: columnsOf(activityParticipations, ["id", "deputyId", "activityId"]),
  }),
  // receptions of constituents and the opinions raised (issue 14)
  ...aggregateResolvers({
    spec: receptionSpec,
    plural: "receptions",
    groupBy: columnGroups(receptions, ["way", "date", "stationId", "districtId"]),
    keyRelations: {
      station: { type: () => Station, spec: () => stationSpec, key: "stationId", nullable: true },
      district: district("districtId"),
    },
    numeric: columnsOf(receptions, ["constituentsCount"]),
    distinct: columnsOf(receptions, ["id", "stationId", "districtId"]),
  }),
  ...aggregateResolvers({
    spec: receptionDeputySpec,
    plural: "receptionDeputies",
    groupBy: {
      ...columnGroups(receptionDeputies, ["deputyId", "receptionId"]),
      ...parentGroups(receptions, receptionDeputies.receptionId, "reception", ["way", "date", "stationId", "districtId"]),
    },
    keyRelations: {
      deputy: { type: () => Deputy, spec: () => deputySpec, key: "deputyId", nullable: true },
      reception: { type: () => Reception, spec: () => receptionSpec, key: "receptionId", nullable: true },
    },
    distinct: columnsOf(receptionDeputies, ["id", "deputyId", "receptionId"]),
  }),
  ...aggregateResolvers({
    spec: opinionSpec,
    plural: "opinions",
    groupBy: {
      ...columnGroups(opinions, ["status", "category", "raisedOn", "resolvedOn", "unitId", "deputyId", "receptionId"]),
      ...parentGroups(receptions, opinions.receptionId, "reception", ["way", "stationId", "districtId"]),
    },
    keyRelations: {
      unit: { type: () => HandlingUnit, spec: () => handlingUnitSpec, key: "unitId", nullable: true },
      deputy: { type: () => Deputy, spec: () => deputySpec, key: "deputyId", nullable: true },
      receptionStation: { type: () => Station, spec: () => stationSpec, key: "receptionStationId", nullable: true },
      receptionDistrict: district("receptionDistrictId"),
    },
    distinct: columnsOf(opinions, ["id", "unitId", "deputyId", "receptionId", "proposalId"]),
  }),
];
