import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

// What can be imported; each value names an importer in import.resolver.ts.
export enum ImportResource {
  DEPUTIES = "deputies",
  STATIONS = "stations",
  STATION_DEPUTIES = "stationDeputies",
  TRAINING_ATTENDANCES = "trainingAttendances",
  ACTIVITY_PARTICIPATIONS = "activityParticipations",
  RECEPTIONS = "receptions",
}
registerEnumType(ImportResource, { name: "ImportResource", description: "the records an .xlsx file can import" });

export enum ImportRowStatus {
  NEW = "NEW",
  CHANGED = "CHANGED",
  UNCHANGED = "UNCHANGED",
  REFUSED = "REFUSED",
}
registerEnumType(ImportRowStatus, { name: "ImportRowStatus", description: "what an import does (or would do) with a row" });

@ObjectType({ description: "Why a row cannot be imported: its row and column, the reason in Chinese, and a stable code" })
export class ImportRefusal {
  @Field(() => Int, { description: "the row number in the sheet (the header is row 1)" }) row!: number;
  @Field(() => String, { description: "the column's Chinese header" }) column!: string;
  @Field(() => String, { description: "the reason, in Chinese; never quotes the cell (it may hold personal data)" }) reason!: string;
  @Field(() => String, { description: "REQUIRED, TOO_LONG, INVALID_ID_CARD, INVALID_PHONE, INVALID_DATE, INVALID_NUMBER, OUT_OF_RANGE, INVALID_CHOICE, FORMULA, …" })
  code!: string;
}

@ObjectType({ description: "One row of an import file and what the import does with it" })
export class ImportRowResult {
  @Field(() => Int) row!: number;
  @Field(() => ImportRowStatus) status!: ImportRowStatus;
  @Field(() => String, { description: "the record as people know it (a deputy's name); never an ID-card or phone number" }) label!: string;
  @Field(() => [String], { description: "the Chinese headers of the columns whose stored value changes" }) changedColumns!: string[];
  @Field(() => [ImportRefusal]) refusals!: ImportRefusal[];
}

@ObjectType({ description: "The result of an import or of its dry run" })
export class ImportReport {
  @Field(() => ImportResource) resource!: ImportResource;
  @Field(() => String) fileName!: string;
  @Field(() => Boolean, { description: "true when the rows were written; false for a dry run, a file with refusals, or nothing to change" })
  committed!: boolean;
  @Field(() => Int, { description: "rows with data (the header row and empty rows are not counted)" }) total!: number;
  @Field(() => Int) newCount!: number;
  @Field(() => Int) changedCount!: number;
  @Field(() => Int) unchangedCount!: number;
  @Field(() => Int) refusedCount!: number;
  @Field(() => [String], { description: "the columns recognised, by their Chinese header" }) columns!: string[];
  @Field(() => [String], { description: "headers that matched no column and were left out" }) ignoredColumns!: string[];
  @Field(() => [ImportRowResult]) rows!: ImportRowResult[];
  @Field(() => [ImportRefusal], { description: "every refusal of every row, in row order" }) refusals!: ImportRefusal[];
}

@ObjectType({ description: "An import template: an .xlsx with the headers, an example row and a notes sheet" })
export class ImportTemplate {
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: "the .xlsx file, base64" }) file!: string;
}
