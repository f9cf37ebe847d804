import type { Committee as CommitteeRow } from "@daibiao/db";
import { committeeKind } from "@daibiao/db";
import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";

@ObjectType({ description: "A special committee or working body of the Standing Committee (专门委员会 / 工作机构)." })
export class Committee implements CommitteeRow {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => gqlEnum(committeeKind)) kind!: CommitteeRow["kind"];
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}
