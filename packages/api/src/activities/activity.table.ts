import { deputySpec } from "../deputies/deputy.table.js";
import { activities, activityParticipations } from "@daibiao/db";
import { deputyGroupSpec } from "../deputy-groups/deputy-group.table.js";
import { measureSpec } from "../measures/measure.table.js";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const activitySpec: TableSpec = {
  name: "Activity",
  table: activities,
  id: activities.id,
  stored: [
    "id",
    "area",
    "kind",
    "title",
    "date",
    "districtId",
    "stationId",
    "groupId",
    "measureId",
    "suggestionsCount",
    "description",
    "createdAt",
    "updatedAt",
    "version",
  ],
  filters: {
    ...fieldsOf(activities, ["id", "area", "kind", "title", "date", "districtId", "stationId", "groupId", "measureId", "suggestionsCount"]),
    group: { parent: () => deputyGroupSpec, key: activities.groupId },
    measure: { parent: () => measureSpec, key: activities.measureId },
    participation: { exists: () => activityParticipationSpec, via: activityParticipations.activityId },
  },
  orderBy: columnsOf(activities, ["id", "title", "area", "kind", "date", "suggestionsCount"]),
  search: [activities.title],
  defaultOrder: ["date:desc"],
};

export const activityParticipationSpec: TableSpec = {
  name: "ActivityParticipation",
  table: activityParticipations,
  id: activityParticipations.id,
  stored: ["id", "activityId", "deputyId", "role", "createdAt"],
  filters: {
    ...fieldsOf(activityParticipations, ["id", "activityId", "deputyId", "role"]),
    activity: { parent: () => activitySpec, key: activityParticipations.activityId },
    deputy: { parent: () => deputySpec, key: activityParticipations.deputyId },
  },
  orderBy: columnsOf(activityParticipations, ["id", "role"]),
};
