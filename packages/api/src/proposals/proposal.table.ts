import { handlingUnitSpec } from "../handling-units/handling-unit.table.js";
import { deputySpec } from "../deputies/deputy.table.js";
import { proposalAssignments, proposalCosigners, proposalEvaluations, proposalEvents, proposals } from "@daibiao/db";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";
import { assignmentDeadlineFilters, proposalDeadlineFilters } from "./proposal.deadlines.js";

export const proposalSpec: TableSpec = {
  name: "Proposal",
  table: proposals,
  id: proposals.id,
  stored: [
    "id",
    "congressTerm",
    "sessionNumber",
    "number",
    "title",
    "content",
    "category",
    "leadDeputyId",
    "status",
    "mergedIntoId",
    "round",
    "submittedAt",
    "specialFund",
    "fundAmount",
    "peopleBenefited",
    "createdAt",
    "updatedAt",
    "version",
  ],
  filters: {
    ...fieldsOf(proposals, [
      "id",
      "congressTerm",
      "sessionNumber",
      "number",
      "title",
      "category",
      "leadDeputyId",
      "status",
      "mergedIntoId",
      "round",
      "submittedAt",
      "specialFund",
    ]),
    ...proposalDeadlineFilters,
    cosigner: { exists: () => proposalCosignerSpec, via: proposalCosigners.proposalId },
    assignment: { exists: () => proposalAssignmentSpec, via: proposalAssignments.proposalId },
    evaluation: { exists: () => proposalEvaluationSpec, via: proposalEvaluations.proposalId },
    event: { exists: () => proposalEventSpec, via: proposalEvents.proposalId },
  },
  orderBy: columnsOf(proposals, ["id", "number", "title", "category", "status", "round", "submittedAt", "peopleBenefited", "fundAmount"]),
  search: [proposals.title],
  defaultOrder: ["submittedAt:desc", "number:asc"],
};

export const proposalCosignerSpec: TableSpec = {
  name: "ProposalCosigner",
  table: proposalCosigners,
  id: proposalCosigners.id,
  stored: ["id", "proposalId", "deputyId", "createdAt"],
  filters: {
    ...fieldsOf(proposalCosigners, ["id", "proposalId", "deputyId"]),
    proposal: { parent: () => proposalSpec, key: proposalCosigners.proposalId },
    deputy: { parent: () => deputySpec, key: proposalCosigners.deputyId },
  },
  orderBy: columnsOf(proposalCosigners, ["id"]),
};

export const proposalAssignmentSpec: TableSpec = {
  name: "ProposalAssignment",
  table: proposalAssignments,
  id: proposalAssignments.id,
  stored: [
    "id",
    "proposalId",
    "unitId",
    "role",
    "assignedAt",
    "dueAt",
    "answeredAt",
    "documentNumber",
    "communication",
    "answer",
    "resultClass",
    "opinion",
    "opinionAt",
    "returnedAt",
    "returnReason",
    "extended",
    "originalDueAt",
    "extensionReason",
    "extensionApprovedBy",
    "createdAt",
    "updatedAt",
  ],
  filters: {
    ...fieldsOf(proposalAssignments, [
      "id",
      "proposalId",
      "unitId",
      "role",
      "assignedAt",
      "dueAt",
      "answeredAt",
      "documentNumber",
      "communication",
      "resultClass",
      "opinionAt",
      "returnedAt",
      "extended",
    ]),
    ...assignmentDeadlineFilters,
    proposal: { parent: () => proposalSpec, key: proposalAssignments.proposalId },
    unit: { parent: () => handlingUnitSpec, key: proposalAssignments.unitId },
  },
  orderBy: columnsOf(proposalAssignments, ["id", "role", "assignedAt", "dueAt", "answeredAt"]),
  defaultOrder: ["role:asc"],
};

export const proposalEvaluationSpec: TableSpec = {
  name: "ProposalEvaluation",
  table: proposalEvaluations,
  id: proposalEvaluations.id,
  stored: ["id", "proposalId", "deputyId", "round", "satisfaction", "comment", "evaluatedAt"],
  filters: {
    ...fieldsOf(proposalEvaluations, ["id", "proposalId", "deputyId", "round", "satisfaction"]),
    proposal: { parent: () => proposalSpec, key: proposalEvaluations.proposalId },
    deputy: { parent: () => deputySpec, key: proposalEvaluations.deputyId },
  },
  orderBy: columnsOf(proposalEvaluations, ["id", "round", "evaluatedAt"]),
};

export const proposalEventSpec: TableSpec = {
  name: "ProposalEvent",
  table: proposalEvents,
  id: proposalEvents.id,
  stored: ["id", "proposalId", "kind", "fromStatus", "toStatus", "round", "actor", "at", "note"],
  filters: {
    ...fieldsOf(proposalEvents, ["id", "proposalId", "kind", "fromStatus", "toStatus", "round", "actor", "at"]),
    proposal: { parent: () => proposalSpec, key: proposalEvents.proposalId },
  },
  orderBy: columnsOf(proposalEvents, ["id", "at"]),
  defaultOrder: ["at:asc"],
};
