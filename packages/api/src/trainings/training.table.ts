import { deputySpec } from "../deputies/deputy.table.js";
import { trainingAttendances, trainings } from "@daibiao/db";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const trainingSpec: TableSpec = {
  name: "Training",
  table: trainings,
  id: trainings.id,
  stored: [
    "id",
    "title",
    "form",
    "organiser",
    "venue",
    "startDate",
    "endDate",
    "hours",
    "online",
    "description",
    "createdAt",
    "updatedAt",
    "version",
  ],
  filters: {
    ...fieldsOf(trainings, ["id", "title", "form", "startDate", "endDate", "online"]),
    attendance: { exists: () => trainingAttendanceSpec, via: trainingAttendances.trainingId },
  },
  orderBy: columnsOf(trainings, ["id", "title", "form", "startDate", "endDate"]),
  search: [trainings.title],
  defaultOrder: ["startDate:desc"],
};

export const trainingAttendanceSpec: TableSpec = {
  name: "TrainingAttendance",
  table: trainingAttendances,
  id: trainingAttendances.id,
  stored: ["id", "trainingId", "deputyId", "status", "hours", "createdAt"],
  filters: {
    ...fieldsOf(trainingAttendances, ["id", "trainingId", "deputyId", "status"]),
    training: { parent: () => trainingSpec, key: trainingAttendances.trainingId },
    deputy: { parent: () => deputySpec, key: trainingAttendances.deputyId },
  },
  orderBy: columnsOf(trainingAttendances, ["id", "status", "hours"]),
};
