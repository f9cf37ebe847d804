import type {
  Proposal as ProposalRow,
  ProposalAssignment as ProposalAssignmentRow,
  ProposalCosigner as ProposalCosignerRow,
  ProposalEvaluation as ProposalEvaluationRow,
  ProposalEvent as ProposalEventRow,
} from "@daibiao/db";
import { assignmentRole, communication, proposalCategory, proposalEventKind, proposalStatus, resultClass, satisfaction } from "@daibiao/db";
import { GraphQLBoolean } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { DateScalar } from "../grammar/scalars.js";

@ObjectType({ description: "A deputy's proposal (代表建议), raised at a session or between sessions." })
export class Proposal implements ProposalRow {
  @Field(() => ID) id!: number;
  @Field(() => Int, { description: "the congress term, e.g. 3 for the 3rd city congress" }) congressTerm!: number;
  @Field(() => Int, { nullable: true, description: "the session; null when raised between sessions" }) sessionNumber!: number | null;
  @Field(() => Int, { description: "unique within its session" }) number!: number;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) content!: string | null;
  @Field(() => gqlEnum(proposalCategory)) category!: ProposalRow["category"];
  @Field(() => ID) leadDeputyId!: number;
  @Field(() => gqlEnum(proposalStatus), { description: "changed only by the transition mutations (acceptProposal, assignProposal, …)" })
  status!: ProposalRow["status"];
  @Field(() => ID, { nullable: true, description: "the proposal this one was merged into (status MERGED)" }) mergedIntoId!: number | null;
  @Field(() => Int, { description: "the handling round: 1, and one more for each re-handling after a dissatisfied evaluation" }) round!: number;
  @Field(() => DateScalar) submittedAt!: string;
  @Field(() => GraphQLBoolean, { description: "handled with the special fund for deputies' proposals" }) specialFund!: boolean;
  @Field(() => Float, { nullable: true, description: "yuan" }) fundAmount!: number | null;
  @Field(() => Int, { nullable: true }) peopleBenefited!: number | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class ProposalCosigner implements ProposalCosignerRow {
  @Field(() => ID) id!: number;
  @Field(() => ID) proposalId!: number;
  @Field(() => ID) deputyId!: number;
  @Field(() => DateTimeResolver) createdAt!: Date;
}

@ObjectType({ description: "A handling unit's part in a proposal: lead or assisting, dates, answer and result class." })
export class ProposalAssignment implements ProposalAssignmentRow {
  @Field(() => ID) id!: number;
  @Field(() => ID) proposalId!: number;
  @Field(() => ID) unitId!: number;
  @Field(() => gqlEnum(assignmentRole)) role!: ProposalAssignmentRow["role"];
  @Field(() => DateScalar) assignedAt!: string;
  @Field(() => DateScalar, { nullable: true, description: "the current due date (after an extension or for a re-handling)" }) dueAt!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "the lead unit's current answer; null while an answer is owed" }) answeredAt!: string | null;
  @Field(() => String, { nullable: true, description: "the answer's document number (文号)" }) documentNumber!: string | null;
  @Field(() => gqlEnum(communication), { nullable: true, description: "how the unit talked with the deputy about the answer" })
  communication!: ProposalAssignmentRow["communication"];
  @Field(() => String, { nullable: true }) answer!: string | null;
  @Field(() => gqlEnum(resultClass), { nullable: true, description: "A solved, B being solved, C planned, D kept for reference or explained" })
  resultClass!: ProposalAssignmentRow["resultClass"];
  @Field(() => String, { nullable: true, description: "an assisting unit's opinion to the lead unit" }) opinion!: string | null;
  @Field(() => DateScalar, { nullable: true }) opinionAt!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "when the unit returned the proposal as wrongly assigned; a returned assignment is history" })
  returnedAt!: string | null;
  @Field(() => String, { nullable: true }) returnReason!: string | null;
  @Field(() => GraphQLBoolean, { description: "extended once already" }) extended!: boolean;
  @Field(() => DateScalar, { nullable: true, description: "the due date before the extension" }) originalDueAt!: string | null;
  @Field(() => String, { nullable: true }) extensionReason!: string | null;
  @Field(() => String, { nullable: true, description: "who approved the extension" }) extensionApprovedBy!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
}

@ObjectType({ description: "A deputy's evaluation of the answer to a proposal." })
export class ProposalEvaluation implements ProposalEvaluationRow {
  @Field(() => ID) id!: number;
  @Field(() => ID) proposalId!: number;
  @Field(() => ID) deputyId!: number;
  @Field(() => Int) round!: number;
  @Field(() => gqlEnum(satisfaction)) satisfaction!: ProposalEvaluationRow["satisfaction"];
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => DateTimeResolver) evaluatedAt!: Date;
}

@ObjectType({ description: "One step in a proposal's history (append-only)." })
export class ProposalEvent implements ProposalEventRow {
  @Field(() => ID) id!: number;
  @Field(() => ID) proposalId!: number;
  @Field(() => gqlEnum(proposalEventKind), { description: "the transition" }) kind!: ProposalEventRow["kind"];
  @Field(() => gqlEnum(proposalStatus), { nullable: true }) fromStatus!: ProposalEventRow["fromStatus"];
  @Field(() => gqlEnum(proposalStatus), { description: "equal to fromStatus when the transition keeps the state" }) toStatus!: ProposalEventRow["toStatus"];
  @Field(() => Int, { description: "the handling round the event belongs to" }) round!: number;
  @Field(() => String, { nullable: true, description: "who recorded it" }) actor!: string | null;
  @Field(() => DateTimeResolver) at!: Date;
  @Field(() => String, { nullable: true }) note!: string | null;
}
