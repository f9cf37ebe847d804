// One mutation per transition of a proposal's handling (proposal.states.ts); each returns the
// proposal as it is afterwards. `version`, when given, must be the proposal's current version.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { WRITE } from "../auth/roles.js";
import type { Context } from "../context.js";
import { parseId } from "../grammar/errors.js";
import type { Row } from "../grammar/loaders.js";
import {
  AnswerProposalInput,
  AssignProposalInput,
  EvaluateProposalInput,
  ExtendAssignmentInput,
  GiveOpinionInput,
  MergeProposalInput,
  RejectProposalInput,
  ReturnAssignmentInput,
  WithdrawProposalInput,
} from "./proposal-workflow.input.js";
import * as workflow from "./proposal-workflow.write.js";
import { Proposal } from "./proposal.type.js";

type Input = Record<string, unknown>;
const VERSION = { nullable: true, description: "the proposal's version this is based on; CONFLICT if it changed in between" } as const;

@Resolver(() => Proposal)
export class ProposalWorkflowResolver {
  @Authorized(WRITE)
  @Mutation(() => Proposal, { description: "SUBMITTED → ACCEPTED: the office accepts it as a proposal" })
  acceptProposal(@Arg("id", () => ID) id: string, @Arg("version", () => Int, VERSION) version: number | null, @Ctx() ctx: Context): Promise<Row> {
    return workflow.acceptProposal(ctx, parseId(id, "id"), version);
  }

  @Authorized(WRITE)
  @Mutation(() => Proposal, { description: "SUBMITTED → NOT_ACCEPTED: not accepted as a proposal (e.g. handled as a letter)" })
  rejectProposal(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => RejectProposalInput) input: Input,
    @Arg("version", () => Int, VERSION) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<Row> {
    return workflow.rejectProposal(ctx, parseId(id, "id"), input, version);
  }

  @Authorized(WRITE)
  @Mutation(() => Proposal, { description: "SUBMITTED or ACCEPTED → MERGED: handled together with another proposal of the term" })
  mergeProposal(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => MergeProposalInput) input: Input,
    @Arg("version", () => Int, VERSION) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<Row> {
    return workflow.mergeProposal(ctx, parseId(id, "id"), input, version);
  }

  @Authorized(WRITE)
  @Mutation(() => Proposal, { description: "SUBMITTED or ACCEPTED → WITHDRAWN: the deputy withdraws it" })
  withdrawProposal(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => WithdrawProposalInput) input: Input,
    @Arg("version", () => Int, VERSION) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<Row> {
    return workflow.withdrawProposal(ctx, parseId(id, "id"), input, version);
  }

  @Authorized(WRITE)
  @Mutation(() => Proposal, { description: "ACCEPTED → ASSIGNED: to one lead unit and any assisting units, with the answer's due date" })
  assignProposal(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => AssignProposalInput) input: Input,
    @Arg("version", () => Int, VERSION) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<Row> {
    return workflow.assignProposal(ctx, parseId(id, "id"), input, version);
  }

  @Authorized(WRITE)
  @Mutation(() => Proposal, {
    description: "a unit returns a wrongly assigned proposal, within returnWindowDays of assignment; the lead unit's return sends it back to ACCEPTED",
  })
  returnAssignment(
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Arg("input", () => ReturnAssignmentInput) input: Input,
    @Arg("version", () => Int, VERSION) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<Row> {
    return workflow.returnAssignment(ctx, parseId(assignmentId, "assignmentId"), input, version);
  }

  @Authorized(WRITE)
  @Mutation(() => Proposal, { description: "once per assignment, before its due date, to at most extensionMaxMonths after assignment" })
  extendAssignment(
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Arg("input", () => ExtendAssignmentInput) input: Input,
    @Arg("version", () => Int, VERSION) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<Row> {
    return workflow.extendAssignment(ctx, parseId(assignmentId, "assignmentId"), input, version);
  }

  @Authorized(WRITE)
  @Mutation(() => Proposal, { description: "ASSIGNED → HANDLING: the lead unit starts handling it" })
  startHandling(@Arg("id", () => ID) id: string, @Arg("version", () => Int, VERSION) version: number | null, @Ctx() ctx: Context): Promise<Row> {
    return workflow.startHandling(ctx, parseId(id, "id"), version);
  }

  @Authorized(WRITE)
  @Mutation(() => Proposal, { description: "an assisting unit's opinion to the lead unit, before the lead unit answers" })
  giveOpinion(
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Arg("input", () => GiveOpinionInput) input: Input,
    @Arg("version", () => Int, VERSION) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<Row> {
    return workflow.giveOpinion(ctx, parseId(assignmentId, "assignmentId"), input, version);
  }

  @Authorized(WRITE)
  @Mutation(() => Proposal, { description: "HANDLING or REHANDLING → ANSWERED: the lead unit's answer, once every assisting unit has given its opinion" })
  answerProposal(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => AnswerProposalInput) input: Input,
    @Arg("version", () => Int, VERSION) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<Row> {
    return workflow.answerProposal(ctx, parseId(id, "id"), input, version);
  }

  @Authorized(WRITE)
  @Mutation(() => Proposal, {
    description:
      "one deputy's evaluation of the answer (the lead deputy and each co-signer, once per round): DISSATISFIED → REHANDLING with a new round and due date; when all have evaluated → EVALUATED",
  })
  evaluateProposal(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => EvaluateProposalInput) input: Input,
    @Arg("version", () => Int, VERSION) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<Row> {
    return workflow.evaluateProposal(ctx, parseId(id, "id"), input, version);
  }

  @Authorized(WRITE)
  @Mutation(() => Proposal, { description: "EVALUATED → CLOSED; or ANSWERED → CLOSED once evaluationWindowDays after the answer have passed" })
  closeProposal(@Arg("id", () => ID) id: string, @Arg("version", () => Int, VERSION) version: number | null, @Ctx() ctx: Context): Promise<Row> {
    return workflow.closeProposal(ctx, parseId(id, "id"), version);
  }
}
