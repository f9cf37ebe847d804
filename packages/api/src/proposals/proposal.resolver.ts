import { proposalAssignments, proposalCosigners, proposalEvaluations, proposalEvents, proposalEventKind, proposals } from "@daibiao/db";
import { opinions } from "@daibiao/db";
import { GraphQLBoolean } from "graphql";
import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { deputySpec } from "../deputies/deputy.table.js";
import { Deputy } from "../deputies/deputy.type.js";
import { resourceResolver } from "../grammar/crud.js";
import { gqlEnum } from "../grammar/enums.js";
import type { Row } from "../grammar/loaders.js";
import { relationsResolver } from "../grammar/relations.js";
import { DateScalar } from "../grammar/scalars.js";
import { handlingUnitSpec } from "../handling-units/handling-unit.table.js";
import { HandlingUnit } from "../handling-units/handling-unit.type.js";
import { opinionSpec } from "../opinions/opinion.table.js";
import { Opinion } from "../opinions/opinion.type.js";
import {
  proposalAssignmentSpec,
  proposalCosignerSpec,
  proposalEvaluationSpec,
  proposalEventSpec,
  proposalSpec,
} from "./proposal.table.js";
import { deadlineOf, owes, today, type Deadline } from "./proposal.deadlines.js";
import { CreateProposalInput, UpdateProposalInput } from "./proposal.input.js";
import { proposalWrite } from "./proposal.write.js";
import { Proposal, ProposalAssignment, ProposalCosigner, ProposalEvaluation, ProposalEvent } from "./proposal.type.js";
import { allowedTransitions, type Status } from "./proposal.states.js";

// A proposal's deadline is its live lead assignment's: loaded for the whole page at once, and today
// only when some assignment still owes its answer.
const LIVE_LEAD = { filter: { role: { eq: "lead" }, returnedAt: { isNull: true } } };
async function deadline(ctx: Context, p: Row): Promise<Deadline> {
  const [lead] = await ctx.loaders.children(proposalAssignmentSpec, proposalAssignments.proposalId, p.id as number, LIVE_LEAD);
  return deadlineOf(lead, lead && owes(lead) ? await today(ctx) : "");
}

@Resolver(() => Proposal)
export class ProposalResolver extends resourceResolver({
  spec: proposalSpec,
  node: Proposal,
  singular: "proposal",
  plural: "proposals",
  write: proposalWrite,
  inputs: { Create: CreateProposalInput, Update: UpdateProposalInput },
}) {
  @FieldResolver(() => DateScalar, { nullable: true, description: "the due date of the lead unit's answer (after an extension, or of the re-handling)" })
  async dueAt(@Root() p: Row, @Ctx() ctx: Context): Promise<string | null> {
    return (await deadline(ctx, p)).dueAt;
  }

  @FieldResolver(() => Int, { nullable: true, description: "days until the answer is due (negative: overdue); null when no answer is owed" })
  async daysLeft(@Root() p: Row, @Ctx() ctx: Context): Promise<number | null> {
    return (await deadline(ctx, p)).daysLeft;
  }

  @FieldResolver(() => GraphQLBoolean, { description: "the lead unit still owes the answer after its due date" })
  async overdue(@Root() p: Row, @Ctx() ctx: Context): Promise<boolean> {
    return (await deadline(ctx, p)).overdue;
  }

  @FieldResolver(() => [gqlEnum(proposalEventKind)], {
    description: "the transitions the proposal's state allows; deadlines (return window, evaluation window) are checked when one is made",
  })
  allowedTransitions(@Root() p: Row): string[] {
    return allowedTransitions(p.status as Status);
  }
}

export const ProposalRelations = relationsResolver(Proposal, {
  belongsTo: {
    leadDeputy: { type: () => Deputy, spec: () => deputySpec, key: "leadDeputyId" },
    mergedInto: { type: () => Proposal, spec: () => proposalSpec, key: "mergedIntoId", nullable: true, description: "the proposal this one was merged into" },
  },
  hasMany: {
    cosigners: { type: () => ProposalCosigner, spec: () => proposalCosignerSpec, via: () => proposalCosigners.proposalId },
    assignments: {
      type: () => ProposalAssignment,
      spec: () => proposalAssignmentSpec,
      via: () => proposalAssignments.proposalId,
      description: "the units it was assigned to, returned assignments included (returnedAt)",
    },
    evaluations: { type: () => ProposalEvaluation, spec: () => proposalEvaluationSpec, via: () => proposalEvaluations.proposalId },
    events: { type: () => ProposalEvent, spec: () => proposalEventSpec, via: () => proposalEvents.proposalId, description: "its history, in order" },
    mergedProposals: { type: () => Proposal, spec: () => proposalSpec, via: () => proposals.mergedIntoId, description: "proposals merged into this one" },
    opinions: { type: () => Opinion, spec: () => opinionSpec, via: () => opinions.proposalId, description: "the opinions (民意) it came from" },
  },
});

const toProposal = { proposal: { type: () => Proposal, spec: () => proposalSpec, key: "proposalId" } };
const toDeputy = { deputy: { type: () => Deputy, spec: () => deputySpec, key: "deputyId" } };
export const ProposalCosignerRelations = relationsResolver(ProposalCosigner, { belongsTo: { ...toProposal, ...toDeputy } });
export const ProposalEvaluationRelations = relationsResolver(ProposalEvaluation, { belongsTo: { ...toProposal, ...toDeputy } });
export const ProposalEventRelations = relationsResolver(ProposalEvent, { belongsTo: toProposal });
export const ProposalAssignmentRelations = relationsResolver(ProposalAssignment, {
  belongsTo: { ...toProposal, unit: { type: () => HandlingUnit, spec: () => handlingUnitSpec, key: "unitId" } },
});

@Resolver(() => ProposalAssignment)
export class ProposalAssignmentDeadlines {
  @FieldResolver(() => Int, { nullable: true, description: "days until due (negative: overdue); null when the answer or opinion is given, or the assignment returned" })
  async daysLeft(@Root() a: Row, @Ctx() ctx: Context): Promise<number | null> {
    return owes(a) ? deadlineOf(a, await today(ctx)).daysLeft : null;
  }

  @FieldResolver(() => GraphQLBoolean, { description: "still owes its answer (lead) or opinion (assisting) after the due date" })
  async overdue(@Root() a: Row, @Ctx() ctx: Context): Promise<boolean> {
    return owes(a) ? deadlineOf(a, await today(ctx)).overdue : false;
  }
}
