import type { Station as StationRow, StationDeputy as StationDeputyRow } from "@daibiao/db";
import { stationKind, stationRole } from "@daibiao/db";
import { GraphQLBoolean } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { DateScalar } from "../grammar/scalars.js";

@ObjectType({ description: "A liaison station, a liaison room (under a station) or an online station." })
export class Station implements Omit<StationRow, "contactPhone"> {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => gqlEnum(stationKind)) kind!: StationRow["kind"];
  @Field(() => ID, { nullable: true }) parentId!: number | null;
  @Field(() => ID, { nullable: true }) districtId!: number | null;
  @Field(() => ID, { nullable: true }) townshipId!: number | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => GraphQLBoolean) isModel!: boolean;
  @Field(() => Int, { nullable: true }) modelYear!: number | null;
  @Field(() => GraphQLBoolean) isIndustry!: boolean;
  @Field(() => String, { nullable: true }) industry!: string | null;
  @Field(() => String, { nullable: true }) contactPerson!: string | null;
  @Field(() => DateScalar, { nullable: true }) openedOn!: string | null;
  @Field(() => GraphQLBoolean) active!: boolean;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: "A deputy stationed at a station or room (进站入室)." })
export class StationDeputy implements StationDeputyRow {
  @Field(() => ID) id!: number;
  @Field(() => ID) stationId!: number;
  @Field(() => ID) deputyId!: number;
  @Field(() => gqlEnum(stationRole)) role!: StationDeputyRow["role"];
  @Field(() => DateScalar, { nullable: true }) fromDate!: string | null;
  @Field(() => DateScalar, { nullable: true }) toDate!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
}
