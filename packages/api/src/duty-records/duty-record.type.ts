import type { DutyPointRule as DutyPointRuleRow } from "@daibiao/db";
import { DateTimeResolver } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "What a deputy did in a year, counted from the records (see duty-record.sql.ts for each rule)." })
export class DutyCounts {
  @Field(() => Int, { description: "trainings attended (attendance marked attended)" }) trainings!: number;
  @Field(() => Float, { description: "hours of those trainings" }) trainingHours!: number;
  @Field(() => Int, { description: "duty activities taken part in (person-times)" }) activities!: number;
  @Field(() => Int, { description: "of them, legislation" }) legislation!: number;
  @Field(() => Int, { description: "of them, supervision" }) supervision!: number;
  @Field(() => Int, { description: "of them, contact with the public" }) contact!: number;
  @Field(() => Int, { description: "of them, other" }) otherActivities!: number;
  @Field(() => Int, { description: "proposals led (submitted in the year, not withdrawn)" }) proposalsLed!: number;
  @Field(() => Int, { description: "proposals co-signed" }) proposalsCosigned!: number;
  @Field(() => Int, { description: "receptions of constituents the deputy was present at" }) receptions!: number;
  @Field(() => Int, { description: "constituents received at them" }) constituents!: number;
  @Field(() => Int, { description: "opinions the deputy took up or gave, or naming no deputy and raised at a reception, contact or meeting of the deputy's" }) opinions!: number;
  @Field(() => Int, { description: "of them, resolved" }) opinionsResolved!: number;
  @Field(() => Int, { description: "of them, turned into a proposal" }) opinionsToProposals!: number;
  @Field(() => Int, { description: "stations and rooms the deputy was stationed at during the year" }) stations!: number;
  @Field(() => Int, { description: "contacts by Standing Committee members and committees (两个联系)" }) contacts!: number;
  @Field(() => Int, { description: "Standing Committee meetings attended (列席)" }) meetings!: number;
  @Field(() => Int, { description: "forums for attending deputies taken part in (列席代表座谈会)" }) forums!: number;
}

@ObjectType({ description: "A deputy's duty record for a year (代表履职档案): counts, points, rank and the records behind them." })
export class DutyRecord {
  @Field(() => Int) year!: number;
  @Field(() => ID) deputyId!: number;
  @Field(() => Boolean, { description: "whether the deputy held a mandate on any day of the year" }) serving!: boolean;
  @Field(() => Boolean, { description: "whether anything at all is recorded for the deputy in the year (stationing aside)" }) hasDuty!: boolean;
  @Field(() => Float, { description: "履职积分: each count times the points of the year's rule" }) points!: number;
  @Field(() => Int, { nullable: true, description: "place by points among the deputies serving in the year (ties share a place); null when not serving" })
  rank!: number | null;
  @Field(() => DutyCounts) counts!: DutyCounts;
}

@ObjectType({ description: "A page of duty records." })
export class DutyRecordPage {
  @Field(() => Int, { description: "records matching, on all pages" }) totalCount!: number;
  @Field(() => [DutyRecord]) nodes!: DutyRecord[];
}

@ObjectType({ description: "The points per kind of work of the duty record (履职积分), from a year on until a later rule." })
export class DutyPointRule implements Omit<DutyPointRuleRow, "id"> {
  @Field(() => Int, { description: "the first year the rule applies to" }) fromYear!: number;
  @Field(() => Float, { description: "per training attended" }) trainingPoints!: number;
  @Field(() => Float, { description: "per duty activity" }) activityPoints!: number;
  @Field(() => Float, { description: "per proposal led" }) proposalLeadPoints!: number;
  @Field(() => Float, { description: "per proposal co-signed" }) proposalCosignPoints!: number;
  @Field(() => Float, { description: "per reception present at" }) receptionPoints!: number;
  @Field(() => Float, { description: "per opinion taken up or given" }) opinionPoints!: number;
  @Field(() => Float, { description: "per contact" }) contactPoints!: number;
  @Field(() => Float, { description: "per meeting attended" }) meetingPoints!: number;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}
