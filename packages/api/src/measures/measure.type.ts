import type { Measure as MeasureRow } from "@daibiao/db";
import { activityArea } from "@daibiao/db";
import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";

@ObjectType({ description: "A measure of the year's action plan (行动举措), which activities serve." })
export class Measure implements MeasureRow {
  @Field(() => ID) id!: number;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: "its number in the year's plan" }) number!: number;
  @Field(() => gqlEnum(activityArea)) area!: MeasureRow["area"];
  @Field(() => String) title!: string;
  @Field(() => ID, { nullable: true, description: "the committee that leads it" }) committeeId!: number | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}
