import { activities, deputyGroupMembers } from "@daibiao/db";
import { Resolver } from "type-graphql";
import { activitySpec } from "../activities/activity.table.js";
import { Activity } from "../activities/activity.type.js";
import { deputySpec } from "../deputies/deputy.table.js";
import { Deputy } from "../deputies/deputy.type.js";
import { districtSpec } from "../districts/district.table.js";
import { District } from "../districts/district.type.js";
import { resourceResolver } from "../grammar/crud.js";
import { relationsResolver } from "../grammar/relations.js";
import { deputyGroupMemberSpec, deputyGroupSpec } from "./deputy-group.table.js";
import { CreateDeputyGroupInput, UpdateDeputyGroupInput } from "./deputy-group.input.js";
import { deputyGroupWrite } from "./deputy-group.write.js";
import { DeputyGroup, DeputyGroupMember } from "./deputy-group.type.js";

@Resolver(() => DeputyGroup)
export class DeputyGroupResolver extends resourceResolver({
  spec: deputyGroupSpec,
  node: DeputyGroup,
  singular: "deputyGroup",
  plural: "deputyGroups",
  write: deputyGroupWrite,
  inputs: { Create: CreateDeputyGroupInput, Update: UpdateDeputyGroupInput },
}) {}

export const DeputyGroupRelations = relationsResolver(DeputyGroup, {
  belongsTo: {
    district: { type: () => District, spec: () => districtSpec, key: "districtId", nullable: true },
  },
  hasMany: {
    members: { type: () => DeputyGroupMember, spec: () => deputyGroupMemberSpec, via: () => deputyGroupMembers.groupId },
    activities: { type: () => Activity, spec: () => activitySpec, via: () => activities.groupId, description: "the activities the group held" },
  },
});

export const DeputyGroupMemberRelations = relationsResolver(DeputyGroupMember, {
  belongsTo: {
    group: { type: () => DeputyGroup, spec: () => deputyGroupSpec, key: "groupId" },
    deputy: { type: () => Deputy, spec: () => deputySpec, key: "deputyId" },
  },
});

// deputy.groups, declared here so that the deputy's own resolver stays as it is.
export const DeputyGroupsOfDeputy = relationsResolver(Deputy, {
  hasMany: {
    groups: {
      type: () => DeputyGroupMember,
      spec: () => deputyGroupMemberSpec,
      via: () => deputyGroupMembers.deputyId,
      description: "the deputy groups the deputy belongs to",
    },
  },
});
