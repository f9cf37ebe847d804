import type { Opinion as OpinionRow } from "@daibiao/db";
import { opinionStatus, proposalCategory } from "@daibiao/db";
import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { DateScalar } from "../grammar/scalars.js";

// constituentPhone is a field resolver of its own (opinion.resolver.ts): masked for roles without
// personal data, and so never served straight from the column.
@ObjectType({ description: "An opinion (民意) raised at a reception, in a contact or at a meeting, and its course." })
export class Opinion implements Omit<OpinionRow, "constituentPhone"> {
  @Field(() => ID) id!: number;
  @Field(() => ID, { nullable: true, description: "the reception it was raised at" }) receptionId!: number | null;
  @Field(() => ID, { nullable: true, description: "the contact it was raised in" }) contactId!: number | null;
  @Field(() => ID, { nullable: true, description: "the meeting it was raised at" }) meetingId!: number | null;
  @Field(() => ID, { nullable: true, description: "the deputy who took it up or gave it" }) deputyId!: number | null;
  @Field(() => DateScalar) raisedOn!: string;
  @Field(() => String) content!: string;
  @Field(() => gqlEnum(proposalCategory)) category!: OpinionRow["category"];
  @Field(() => String, { nullable: true }) constituentName!: string | null;
  @Field(() => gqlEnum(opinionStatus), { description: "changed by forwardOpinion, answerOpinion, closeOpinion and turnOpinionIntoProposal" })
  status!: OpinionRow["status"];
  @Field(() => String, { nullable: true, description: "the answer given on the spot, or the handling unit's reply" }) answer!: string | null;
  @Field(() => ID, { nullable: true, description: "the handling unit it was forwarded to (status FORWARDED)" }) unitId!: number | null;
  @Field(() => ID, { nullable: true, description: "the proposal it was turned into (status PROPOSAL)" }) proposalId!: number | null;
  @Field(() => String, { nullable: true, description: "why it was closed (status CLOSED)" }) closeReason!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "when it was resolved: answered, closed, or the unit's reply recorded" }) resolvedOn!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}
