// Root lists of child rows, and which aggregates exist: one declaration per table, all served by
// grammar/crud.ts and grammar/aggregate.ts.
import {
  activities,
  activityParticipations,
  committees,
  contactDeputies,
  contacts,
  deputyGroupMembers,
  deputyGroups,
  meetingAttendees,
  meetings,
  measures,
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
import { activityParticipationSpec, activitySpec } from "./activities/activity.table.js";
import { Activity, ActivityParticipation } from "./activities/activity.type.js";
import { deputyMandateSpec, deputySpec } from "./deputies/deputy.table.js";
import { Deputy, DeputyMandate } from "./deputies/deputy.type.js";
import { districtSpec } from "./districts/district.table.js";
import { District } from "./districts/district.type.js";
import { aggregateResolvers, columnGroups, parentGroups } from "./grammar/aggregate.js";
import { listResolver } from "./grammar/crud.js";
import { columnsOf } from "./grammar/resource.js";
import { handlingUnitSpec } from "./handling-units/handling-unit.table.js";
import { HandlingUnit } from "./handling-units/handling-unit.type.js";
import {
  proposalAssignmentSpec,
  proposalCosignerSpec,
  proposalEvaluationSpec,
  proposalEventSpec,
  proposalSpec,
} from "./proposals/proposal.table.js";
import { ProposalAssignment, ProposalCosigner, ProposalEvaluation, ProposalEvent } from "./proposals/proposal.type.js";
import { stationDeputySpec, stationSpec } from "./stations/station.table.js";
import { Station, StationDeputy } from "./stations/station.type.js";
import { committeeSpec } from "./committees/committee.table.js";
import { Committee } from "./committees/committee.type.js";
import { contactDeputySpec, contactSpec } from "./contacts/contact.table.js";
import { Contact, ContactDeputy } from "./contacts/contact.type.js";
import { deputyGroupMemberSpec, deputyGroupSpec } from "./deputy-groups/deputy-group.table.js";
import { DeputyGroup, DeputyGroupMember } from "./deputy-groups/deputy-group.type.js";
import { measureSpec } from "./measures/measure.table.js";
import { Measure } from "./measures/measure.type.js";
import { meetingAttendeeSpec, meetingSpec } from "./meetings/meeting.table.js";
import { Meeting, MeetingAttendee } from "./meetings/meeting.type.js";
import { trainingAttendanceSpec, trainingSpec } from "./trainings/training.table.js";
import { opinions, receptionDeputies, receptions } from "@daibiao/db";
import { opinionSpec } from "./opinions/opinion.table.js";
import { receptionDeputySpec, receptionSpec } from "./receptions/reception.table.js";
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
  // deputies' work (issue 14): groups, contacts, meetings
  listResolver({ spec: deputyGroupMemberSpec, node: DeputyGroupMember, plural: "deputyGroupMembers" }),
  listResolver({ spec: contactDeputySpec, node: ContactDeputy, plural: "contactDeputies" }),
  listResolver({ spec: meetingAttendeeSpec, node: MeetingAttendee, plural: "meetingAttendees" }),
  listResolver({ spec: receptionDeputySpec, node: ReceptionDeputy, plural: "receptionDeputies" }),
];

const district = (key: string) => ({ type: () => District, spec: () => districtSpec, key, nullable: true });
const deputy = (key: string) => ({ type: () => Deputy, spec: () => deputySpec, key, nullable: true });
const committee = (key: string) => ({ type: () => Committee, spec: () => committeeSpec, key, nullable: true });
const measure = (key: string) => ({ type: () => Measure, spec: () => measureSpec, key, nullable: true });
const deputyGroup = (key: string) => ({ type: () => DeputyGroup, spec: () => deputyGroupSpec, key, nullable: true });

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
    groupBy: columnGroups(activities, ["area", "kind", "date", "districtId", "stationId", "groupId", "measureId"]),
    keyRelations: {
      district: district("districtId"),
      station: { type: () => Station, spec: () => stationSpec, key: "stationId", nullable: true },
      group: deputyGroup("groupId"),
      measure: measure("measureId"),
    },
    numeric: columnsOf(activities, ["suggestionsCount"]),
    distinct: columnsOf(activities, ["id", "districtId", "stationId", "groupId", "measureId"]),
  }),
  ...aggregateResolvers({
    spec: activityParticipationSpec,
    plural: "activityParticipations",
    groupBy: {
      ...columnGroups(activityParticipations, ["role", "deputyId", "activityId"]),
      ...parentGroups(activities, activityParticipations.activityId, "activity", ["area", "kind", "date", "districtId", "stationId", "groupId", "measureId"]),
    },
    keyRelations: {
      activity: { type: () => Activity, spec: () => activitySpec, key: "activityId", nullable: true },
      activityDistrict: district("activityDistrictId"),
      activityStation: { type: () => Station, spec: () => stationSpec, key: "activityStationId", nullable: true },
      activityGroup: deputyGroup("activityGroupId"),
      activityMeasure: measure("activityMeasureId"),
    },
    distinct: columnsOf(activityParticipations, ["id", "deputyId", "activityId"]),
  }),
  // deputies' work (issue 14): committees, the year's measures, groups, contacts, meetings
  ...aggregateResolvers({
    spec: committeeSpec,
    plural: "committees",
    groupBy: columnGroups(committees, ["kind"]),
    distinct: columnsOf(committees, ["id"]),
  }),
  ...aggregateResolvers({
    spec: measureSpec,
    plural: "measures",
    groupBy: columnGroups(measures, ["year", "area", "committeeId"]),
    keyRelations: { committee: committee("committeeId") },
    distinct: columnsOf(measures, ["id", "committeeId"]),
  }),
  ...aggregateResolvers({
    spec: deputyGroupSpec,
    plural: "deputyGroups",
    groupBy: columnGroups(deputyGroups, ["kind", "districtId", "sector"]),
    keyRelations: { district: district("districtId") },
    distinct: columnsOf(deputyGroups, ["id", "districtId"]),
  }),
  ...aggregateResolvers({
    spec: deputyGroupMemberSpec,
    plural: "deputyGroupMembers",
    groupBy: {
      ...columnGroups(deputyGroupMembers, ["role", "groupId", "deputyId"]),
      ...parentGroups(deputyGroups, deputyGroupMembers.groupId, "group", ["kind", "districtId", "sector"]),
    },
    keyRelations: { group: deputyGroup("groupId"), deputy: deputy("deputyId"), groupDistrict: district("groupDistrictId") },
    distinct: columnsOf(deputyGroupMembers, ["id", "groupId", "deputyId"]),
  }),
  ...aggregateResolvers({
    spec: contactSpec,
    plural: "contacts",
    groupBy: columnGroups(contacts, ["date", "by", "way", "committeeId", "memberName"]),
    keyRelations: { committee: committee("committeeId") },
    distinct: columnsOf(contacts, ["id", "committeeId", "memberName"]),
  }),
  ...aggregateResolvers({
    spec: contactDeputySpec,
    plural: "contactDeputies",
    groupBy: {
      ...columnGroups(contactDeputies, ["contactId", "deputyId"]),
      ...parentGroups(contacts, contactDeputies.contactId, "contact", ["date", "by", "way", "committeeId"]),
    },
    keyRelations: {
      contact: { type: () => Contact, spec: () => contactSpec, key: "contactId", nullable: true },
      deputy: deputy("deputyId"),
      contactCommittee: committee("contactCommitteeId"),
    },
    distinct: columnsOf(contactDeputies, ["id", "contactId", "deputyId"]),
  }),
  ...aggregateResolvers({
    spec: meetingSpec,
    plural: "meetings",
    groupBy: columnGroups(meetings, ["startDate", "forumDate"]),
    distinct: columnsOf(meetings, ["id"]),
  }),
  ...aggregateResolvers({
    spec: meetingAttendeeSpec,
    plural: "meetingAttendees",
    groupBy: {
      ...columnGroups(meetingAttendees, ["meetingId", "deputyId", "atForum"]),
      ...parentGroups(meetings, meetingAttendees.meetingId, "meeting", ["startDate"]),
    },
    keyRelations: {
      meeting: { type: () => Meeting, spec: () => meetingSpec, key: "meetingId", nullable: true },
      deputy: deputy("deputyId"),
    },
    distinct: columnsOf(meetingAttendees, ["id", "meetingId", "deputyId"]),
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
