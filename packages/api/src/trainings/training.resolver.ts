import { trainingAttendances } from "@daibiao/db";
import { Resolver } from "type-graphql";
import { deputySpec } from "../deputies/deputy.table.js";
import { Deputy } from "../deputies/deputy.type.js";
import { resourceResolver } from "../grammar/crud.js";
import { relationsResolver } from "../grammar/relations.js";
import { trainingAttendanceSpec, trainingSpec } from "./training.table.js";
import { CreateTrainingInput, UpdateTrainingInput } from "./training.input.js";
import { trainingWrite } from "./training.write.js";
import { Training, TrainingAttendance } from "./training.type.js";

@Resolver(() => Training)
export class TrainingResolver extends resourceResolver({
  spec: trainingSpec,
  node: Training,
  singular: "training",
  plural: "trainings",
  write: trainingWrite,
  inputs: { Create: CreateTrainingInput, Update: UpdateTrainingInput },
}) {}

export const TrainingRelations = relationsResolver(Training, {
  hasMany: {
    attendances: { type: () => TrainingAttendance, spec: () => trainingAttendanceSpec, via: () => trainingAttendances.trainingId },
  },
});

export const TrainingAttendanceRelations = relationsResolver(TrainingAttendance, {
  belongsTo: {
    training: { type: () => Training, spec: () => trainingSpec, key: "trainingId" },
    deputy: { type: () => Deputy, spec: () => deputySpec, key: "deputyId" },
  },
});
