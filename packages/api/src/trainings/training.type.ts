import type { Training as TrainingRow, TrainingAttendance as TrainingAttendanceRow } from "@daibiao/db";
import { attendanceStatus, trainingForm } from "@daibiao/db";
import { GraphQLBoolean } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { DateScalar } from "../grammar/scalars.js";

@ObjectType({ description: "A class, lecture, training through a meeting, on-site teaching, online course or self-study." })
export class Training implements TrainingRow {
  @Field(() => ID) id!: number;
  @Field(() => String) title!: string;
  @Field(() => gqlEnum(trainingForm)) form!: TrainingRow["form"];
  @Field(() => String, { nullable: true }) organiser!: string | null;
  @Field(() => String, { nullable: true }) venue!: string | null;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
  @Field(() => Float, { nullable: true }) hours!: number | null;
  @Field(() => GraphQLBoolean) online!: boolean;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: "One deputy's place in one training." })
export class TrainingAttendance implements TrainingAttendanceRow {
  @Field(() => ID) id!: number;
  @Field(() => ID) trainingId!: number;
  @Field(() => ID) deputyId!: number;
  @Field(() => gqlEnum(attendanceStatus)) status!: TrainingAttendanceRow["status"];
  @Field(() => Float, { nullable: true }) hours!: number | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
}
