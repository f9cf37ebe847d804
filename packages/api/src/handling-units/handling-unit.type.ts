import type { HandlingUnit as HandlingUnitRow } from "@daibiao/db";
import { handlingUnitKind } from "@daibiao/db";
import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";

@ObjectType({ description: "A body that handles deputies' proposals (承办单位)." })
export class HandlingUnit implements Omit<HandlingUnitRow, "contactPhone"> {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => gqlEnum(handlingUnitKind)) kind!: HandlingUnitRow["kind"];
  @Field(() => String, { nullable: true }) contactPerson!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}
