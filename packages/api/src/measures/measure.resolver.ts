import { activities } from "@daibiao/db";
import { Resolver } from "type-graphql";
import { activitySpec } from "../activities/activity.table.js";
import { Activity } from "../activities/activity.type.js";
import { committeeSpec } from "../committees/committee.table.js";
import { Committee } from "../committees/committee.type.js";
import { resourceResolver } from "../grammar/crud.js";
import { relationsResolver } from "../grammar/relations.js";
import { measureSpec } from "./measure.table.js";
import { CreateMeasureInput, UpdateMeasureInput } from "./measure.input.js";
import { measureWrite } from "./measure.write.js";
import { Measure } from "./measure.type.js";

@Resolver(() => Measure)
export class MeasureResolver extends resourceResolver({
  spec: measureSpec,
  node: Measure,
  singular: "measure",
  plural: "measures",
  write: measureWrite,
  inputs: { Create: CreateMeasureInput, Update: UpdateMeasureInput },
}) {}

export const MeasureRelations = relationsResolver(Measure, {
  belongsTo: {
    committee: { type: () => Committee, spec: () => committeeSpec, key: "committeeId", nullable: true },
  },
  hasMany: {
    activities: { type: () => Activity, spec: () => activitySpec, via: () => activities.measureId, description: "the activities that serve it" },
  },
});
