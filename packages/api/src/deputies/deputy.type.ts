import type { Deputy as DeputyRow, DeputyMandate as DeputyMandateRow } from "@daibiao/db";
import { education, gender, mandateEndReason, mandateLevel, occupationSector, politicalAffiliation } from "@daibiao/db";
import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { DateScalar } from "../grammar/scalars.js";

// Columns the API never returns as they are: the sealed ID card is shown through `idCard`.
type Shown = Omit<DeputyRow, "idCardCipher" | "idCardHash" | "idCardLast4">;

@ObjectType({ description: "A person who holds or held a deputy's mandate at one or more levels." })
export class Deputy implements Omit<Shown, "phone"> {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => gqlEnum(gender)) gender!: DeputyRow["gender"];
  @Field(() => String) ethnicity!: string;
  @Field(() => DateScalar, { nullable: true }) birthDate!: string | null;
  @Field(() => gqlEnum(politicalAffiliation), { nullable: true }) politicalAffiliation!: DeputyRow["politicalAffiliation"];
  @Field(() => gqlEnum(education), { nullable: true }) education!: DeputyRow["education"];
  @Field(() => gqlEnum(occupationSector), { nullable: true }) occupationSector!: DeputyRow["occupationSector"];
  @Field(() => String, { nullable: true }) workUnit!: string | null;
  @Field(() => String, { nullable: true }) jobTitle!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: "A deputy's seat in one congress: level, term, district, dates." })
export class DeputyMandate implements DeputyMandateRow {
  @Field(() => ID) id!: number;
  @Field(() => ID) deputyId!: number;
  @Field(() => gqlEnum(mandateLevel)) level!: DeputyMandateRow["level"];
  @Field(() => Int) congressTerm!: number;
  @Field(() => ID, { nullable: true }) districtId!: number | null;
  @Field(() => String, { nullable: true }) electoralUnit!: string | null;
  @Field(() => String, { nullable: true }) delegation!: string | null;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar, { nullable: true }) endDate!: string | null;
  @Field(() => gqlEnum(mandateEndReason), { nullable: true }) endReason!: DeputyMandateRow["endReason"];
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver) updatedAt!: Date;
  @Field(() => Int) version!: number;
}
