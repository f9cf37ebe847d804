import type { SavedQuery as SavedQueryRow } from "@daibiao/db";
import { DateTimeResolver, JSONObjectResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A named GraphQL query for dashboards and BI tools, run by GET /saved/<name> (JSON, or CSV with Accept: text/csv)." })
export class SavedQuery implements SavedQueryRow {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => String) title!: string;
  @Field(() => String) query!: string;
  @Field(() => JSONObjectResolver, { description: "default values of the query's variables" }) variables!: Record<string, unknown>;
  @Field(() => Int, { description: "seconds an answer may be cached" }) maxAge!: number;
  @Field(() => ID, { nullable: true, description: "the admin who saved it first" }) createdById!: number | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}
