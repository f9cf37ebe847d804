import type { Reception as ReceptionRow, ReceptionDeputy as ReceptionDeputyRow } from "@daibiao/db";
import { receptionWay } from "@daibiao/db";
import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { DateScalar } from "../grammar/scalars.js";

@ObjectType({ description: "Deputies receiving constituents (接待群众) at a station or room, online, or by visiting them." })
export class Reception implements ReceptionRow {
  @Field(() => ID) id!: number;
  @Field(() => DateScalar) date!: string;
  @Field(() => gqlEnum(receptionWay)) way!: ReceptionRow["way"];
  @Field(() => ID, { nullable: true, description: "required unless the deputies visited the constituents" }) stationId!: number | null;
  @Field(() => ID, { nullable: true }) districtId!: number | null;
  @Field(() => Int, { description: "constituents received" }) constituentsCount!: number;
  @Field(() => String, { nullable: true }) subject!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: "A deputy present at a reception." })
export class ReceptionDeputy implements ReceptionDeputyRow {
  @Field(() => ID) id!: number;
  @Field(() => ID) receptionId!: number;
  @Field(() => ID) deputyId!: number;
  @Field(() => DateTimeResolver) createdAt!: Date;
}
