import type {
  Proposal as ProposalRow,
  ProposalAssignment as ProposalAssignmentRow,
  ProposalCosigner as ProposalCosignerRow,
  ProposalEvaluation as ProposalEvaluationRow,
  ProposalEvent as ProposalEventRow,
} from "@daibiao/db";
import { assignmentRole, proposalCategory, proposalStatus, resultClass, satisfaction } from "@daibiao/db";
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
  @Field(() => gqlEnum(proposalStatus)) status!: ProposalRow["status"];
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
  @Field(() => DateScalar, { nullable: true }) dueAt!: string | null;
  @Field(() => DateScalar, { nullable: true }) answeredAt!: string | null;
  @Field(() => String, { nullable: true }) answer!: string | null;
  @Field(() => gqlEnum(resultClass), { nullable: true }) resultClass!: ProposalAssignmentRow["resultClass"];
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
  @Field(() => gqlEnum(proposalStatus), { nullable: true }) fromStatus!: ProposalEventRow["fromStatus"];
  @Field(() => gqlEnum(proposalStatus)) toStatus!: ProposalEventRow["toStatus"];
  @Field(() => DateTimeResolver) at!: Date;
  @Field(() => String, { nullable: true }) note!: string | null;
}
