import type { DeputyGroup as DeputyGroupRow, DeputyGroupMember as DeputyGroupMemberRow } from "@daibiao/db";
import { groupKind, groupRole, occupationSector } from "@daibiao/db";
import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";

@ObjectType({ description: "A deputy group (代表小组): the deputies of a district, or of a sector." })
export class DeputyGroup implements DeputyGroupRow {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => gqlEnum(groupKind)) kind!: DeputyGroupRow["kind"];
  @Field(() => ID, { nullable: true, description: "the district of a DISTRICT group" }) districtId!: number | null;
  @Field(() => gqlEnum(occupationSector), { nullable: true, description: "the sector of a SECTOR group" }) sector!: DeputyGroupRow["sector"];
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: "A deputy's membership of a deputy group." })
export class DeputyGroupMember implements DeputyGroupMemberRow {
  @Field(() => ID) id!: number;
  @Field(() => ID) groupId!: number;
  @Field(() => ID) deputyId!: number;
  @Field(() => gqlEnum(groupRole)) role!: DeputyGroupMemberRow["role"];
  @Field(() => DateTimeResolver) createdAt!: Date;
}
