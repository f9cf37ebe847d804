import type { Meeting as MeetingRow, MeetingAttendee as MeetingAttendeeRow } from "@daibiao/db";
import { GraphQLBoolean } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../grammar/scalars.js";

@ObjectType({ description: "A Standing Committee meeting that deputies attended without a vote (列席)." })
export class Meeting implements MeetingRow {
  @Field(() => ID) id!: number;
  @Field(() => String) title!: string;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar, { nullable: true }) endDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "the forum held for the attending deputies (列席代表座谈会)" }) forumDate!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: "A deputy attending a meeting." })
export class MeetingAttendee implements MeetingAttendeeRow {
  @Field(() => ID) id!: number;
  @Field(() => ID) meetingId!: number;
  @Field(() => ID) deputyId!: number;
  @Field(() => GraphQLBoolean, { description: "took part in the forum for the attending deputies" }) atForum!: boolean;
  @Field(() => DateTimeResolver) createdAt!: Date;
}
