import { districtSpec } from "../districts/district.table.js";
import { activityParticipationSpec } from "../activities/activity.table.js";
import { trainingAttendanceSpec } from "../trainings/training.table.js";
import { activityParticipations, deputies, deputyMandates, trainingAttendances } from "@daibiao/db";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const deputySpec: TableSpec = {
  name: "Deputy",
  table: deputies,
  id: deputies.id,
  stored: [
    "id",
    "name",
    "gender",
    "ethnicity",
    "birthDate",
    "politicalAffiliation",
    "education",
    "occupationSector",
    "workUnit",
    "jobTitle",
    "notes",
    "createdAt",
    "updatedAt",
    "version",
  ],
  filters: {
    ...fieldsOf(deputies, [
      "id",
      "name",
      "gender",
      "ethnicity",
      "birthDate",
      "politicalAffiliation",
      "education",
      "occupationSector",
      "workUnit",
      "createdAt",
    ]),
    mandate: { exists: () => deputyMandateSpec, via: deputyMandates.deputyId },
    // "has an attendance / a participation that matches": the persons behind the review's figures
    attendance: { exists: () => trainingAttendanceSpec, via: trainingAttendances.deputyId },
    participation: { exists: () => activityParticipationSpec, via: activityParticipations.deputyId },
  },
  orderBy: columnsOf(deputies, ["id", "name", "birthDate", "ethnicity", "createdAt", "updatedAt"]),
  search: [deputies.name, deputies.workUnit],
  defaultOrder: ["id:asc"],
};

export const deputyMandateSpec: TableSpec = {
  name: "DeputyMandate",
  table: deputyMandates,
  id: deputyMandates.id,
  stored: [
    "id",
    "deputyId",
    "level",
    "congressTerm",
    "districtId",
    "electoralUnit",
    "delegation",
    "startDate",
    "endDate",
    "endReason",
    "createdAt",
    "updatedAt",
    "version",
  ],
  filters: {
    ...fieldsOf(deputyMandates, ["id", "deputyId", "level", "congressTerm", "districtId", "startDate", "endDate", "endReason"]),
    deputy: { parent: () => deputySpec, key: deputyMandates.deputyId },
    district: { parent: () => districtSpec, key: deputyMandates.districtId },
  },
  orderBy: columnsOf(deputyMandates, ["id", "level", "congressTerm", "startDate", "endDate"]),
  defaultOrder: ["startDate:asc"],
};
