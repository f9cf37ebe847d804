import type { District as DistrictRow } from "@daibiao/db";
import { districtLevel } from "@daibiao/db";
import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";

@ObjectType({ description: "A county-level division of the city, or a township within one." })
export class District implements DistrictRow {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: "administrative division code: 6 digits (county) or 9 (township)" }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => gqlEnum(districtLevel)) level!: DistrictRow["level"];
  @Field(() => ID, { nullable: true }) parentId!: number | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}
