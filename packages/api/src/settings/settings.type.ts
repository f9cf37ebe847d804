import type { Settings as SettingsRow } from "@daibiao/db";
import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "The office's deadlines for handling proposals (one set for the whole system)." })
export class Settings implements Omit<SettingsRow, "id" | "updatedAt"> {
  @Field(() => Int, { description: "the answer is due this many months after assignment (default 3)" }) answerDueMonths!: number;
  @Field(() => Int, { description: "an assignment may be extended once, to at most this many months after assignment (default 6)" })
  extensionMaxMonths!: number;
  @Field(() => Int, { description: "a unit may return a wrongly assigned proposal within this many days of assignment (default 7)" })
  returnWindowDays!: number;
  @Field(() => Int, { description: "after a dissatisfied evaluation, the new answer is due this many months later (default 1)" })
  rehandlingDueMonths!: number;
  @Field(() => Int, {
    description: "days after an answer for the deputies to evaluate it; after that the proposal may be closed without every evaluation (default 30)",
  })
  evaluationWindowDays!: number;
  @Field(() => DateTimeResolver, { nullable: true, description: "null while the defaults apply" }) updatedAt!: Date | null;
  @Field(() => Int) version!: number;
}
