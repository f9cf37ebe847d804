import type { Activity as ActivityRow, ActivityParticipation as ActivityParticipationRow } from "@daibiao/db";
import { activityArea, activityKind, participationRole } from "@daibiao/db";
import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { DateScalar } from "../grammar/scalars.js";

@ObjectType({ description: "A duty activity or supervision item that deputies take part in." })
export class Activity implements ActivityRow {
  @Field(() => ID) id!: number;
  @Field(() => gqlEnum(activityArea)) area!: ActivityRow["area"];
  @Field(() => gqlEnum(activityKind)) kind!: ActivityRow["kind"];
  @Field(() => String) title!: string;
  @Field(() => DateScalar) date!: string;
  @Field(() => ID, { nullable: true }) districtId!: number | null;
  @Field(() => ID, { nullable: true }) stationId!: number | null;
  @Field(() => ID, { nullable: true }) groupId!: number | null;
  @Field(() => ID, { nullable: true }) measureId!: number | null;
  @Field(() => Int, { description: "suggestions raised" }) suggestionsCount!: number;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: "A deputy taking part in an activity: one person-time." })
export class ActivityParticipation implements ActivityParticipationRow {
  @Field(() => ID) id!: number;
  @Field(() => ID) activityId!: number;
  @Field(() => ID) deputyId!: number;
  @Field(() => gqlEnum(participationRole)) role!: ActivityParticipationRow["role"];
  @Field(() => DateTimeResolver) createdAt!: Date;
}
