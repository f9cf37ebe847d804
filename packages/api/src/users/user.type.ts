import type { User as UserRow } from "@daibiao/db";
import { userRole } from "@daibiao/db";
import { GraphQLBoolean } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";

@ObjectType({ description: "A person who signs in to the console." })
export class User implements Omit<UserRow, "passwordHash"> {
  @Field(() => ID) id!: number;
  @Field(() => String) username!: string;
  @Field(() => String, { nullable: true }) displayName!: string | null;
  @Field(() => gqlEnum(userRole)) role!: UserRow["role"];
  @Field(() => GraphQLBoolean) active!: boolean;
  @Field(() => DateTimeResolver, { nullable: true }) lastSignInAt!: Date | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}
