import { activityParticipations } from "@daibiao/db";
import { Resolver } from "type-graphql";
import { deputySpec } from "../deputies/deputy.table.js";
import { Deputy } from "../deputies/deputy.type.js";
import { districtSpec } from "../districts/district.table.js";
import { District } from "../districts/district.type.js";
import { deputyGroupSpec } from "../deputy-groups/deputy-group.table.js";
import { DeputyGroup } from "../deputy-groups/deputy-group.type.js";
import { measureSpec } from "../measures/measure.table.js";
import { Measure } from "../measures/measure.type.js";
import { resourceResolver } from "../grammar/crud.js";
import { relationsResolver } from "../grammar/relations.js";
import { stationSpec } from "../stations/station.table.js";
import { Station } from "../stations/station.type.js";
import { activityParticipationSpec, activitySpec } from "./activity.table.js";
import { CreateActivityInput, UpdateActivityInput } from "./activity.input.js";
import { activityWrite } from "./activity.write.js";
import { Activity, ActivityParticipation } from "./activity.type.js";

@Resolver(() => Activity)
export class ActivityResolver extends resourceResolver({
  spec: activitySpec,
  node: Activity,
  singular: "activity",
  plural: "activities",
  write: activityWrite,
  inputs: { Create: CreateActivityInput, Update: UpdateActivityInput },
}) {}

export const ActivityRelations = relationsResolver(Activity, {
  belongsTo: {
    district: { type: () => District, spec: () => districtSpec, key: "districtId", nullable: true },
    station: { type: () => Station, spec: () => stationSpec, key: "stationId", nullable: true },
    group: { type: () => DeputyGroup, spec: () => deputyGroupSpec, key: "groupId", nullable: true },
    measure: { type: () => Measure, spec: () => measureSpec, key: "measureId", nullable: true },
  },
  hasMany: {
    participations: { type: () => ActivityParticipation, spec: () => activityParticipationSpec, via: () => activityParticipations.activityId },
  },
});

export const ActivityParticipationRelations = relationsResolver(ActivityParticipation, {
  belongsTo: {
    activity: { type: () => Activity, spec: () => activitySpec, key: "activityId" },
    deputy: { type: () => Deputy, spec: () => deputySpec, key: "deputyId" },
  },
});
