import { proposalAssignments, proposalCosigners, proposalEvaluations, proposalEvents } from "@daibiao/db";
import { Resolver } from "type-graphql";
import { deputySpec } from "../deputies/deputy.args.js";
import { Deputy } from "../deputies/deputy.type.js";
import { resourceResolver } from "../grammar/crud.js";
import { relationsResolver } from "../grammar/relations.js";
import { handlingUnitSpec } from "../handling-units/handling-unit.args.js";
import { HandlingUnit } from "../handling-units/handling-unit.type.js";
import {
  proposalAssignmentSpec,
  proposalCosignerSpec,
  proposalEvaluationSpec,
  proposalEventSpec,
  proposalSpec,
} from "./proposal.args.js";
import { CreateProposalInput, UpdateProposalInput } from "./proposal.input.js";
import { proposalWrite } from "./proposal.service.js";
import { Proposal, ProposalAssignment, ProposalCosigner, ProposalEvaluation, ProposalEvent } from "./proposal.type.js";

@Resolver(() => Proposal)
export class ProposalResolver extends resourceResolver({
  spec: proposalSpec,
  node: Proposal,
  singular: "proposal",
  plural: "proposals",
  write: proposalWrite,
  inputs: { Create: CreateProposalInput, Update: UpdateProposalInput },
}) {}

export const ProposalRelations = relationsResolver(Proposal, {
  belongsTo: { leadDeputy: { type: () => Deputy, spec: () => deputySpec, key: "leadDeputyId" } },
  hasMany: {
    cosigners: { type: () => ProposalCosigner, spec: () => proposalCosignerSpec, via: () => proposalCosigners.proposalId },
    assignments: { type: () => ProposalAssignment, spec: () => proposalAssignmentSpec, via: () => proposalAssignments.proposalId },
    evaluations: { type: () => ProposalEvaluation, spec: () => proposalEvaluationSpec, via: () => proposalEvaluations.proposalId },
    events: { type: () => ProposalEvent, spec: () => proposalEventSpec, via: () => proposalEvents.proposalId },
  },
});

const toProposal = { proposal: { type: () => Proposal, spec: () => proposalSpec, key: "proposalId" } };
const toDeputy = { deputy: { type: () => Deputy, spec: () => deputySpec, key: "deputyId" } };
export const ProposalCosignerRelations = relationsResolver(ProposalCosigner, { belongsTo: { ...toProposal, ...toDeputy } });
export const ProposalEvaluationRelations = relationsResolver(ProposalEvaluation, { belongsTo: { ...toProposal, ...toDeputy } });
export const ProposalAssignmentRelations = relationsResolver(ProposalAssignment, {
  belongsTo: { ...toProposal, unit: { type: () => HandlingUnit, spec: () => handlingUnitSpec, key: "unitId" } },
});
