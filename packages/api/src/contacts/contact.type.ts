import type { Contact as ContactRow, ContactDeputy as ContactDeputyRow } from "@daibiao/db";
import { contactBy, contactWay } from "@daibiao/db";
import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { DateScalar } from "../grammar/scalars.js";

@ObjectType({ description: "A Standing Committee member or a committee contacting deputies (两个联系)." })
export class Contact implements ContactRow {
  @Field(() => ID) id!: number;
  @Field(() => DateScalar) date!: string;
  @Field(() => gqlEnum(contactBy)) by!: ContactRow["by"];
  @Field(() => String, { nullable: true, description: "the Standing Committee member, when by MEMBER" }) memberName!: string | null;
  @Field(() => ID, { nullable: true, description: "the committee, when by COMMITTEE" }) committeeId!: number | null;
  @Field(() => gqlEnum(contactWay)) way!: ContactRow["way"];
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: "A deputy contacted in a contact." })
export class ContactDeputy implements ContactDeputyRow {
  @Field(() => ID) id!: number;
  @Field(() => ID) contactId!: number;
  @Field(() => ID) deputyId!: number;
  @Field(() => DateTimeResolver) createdAt!: Date;
}
