import { deputyGroupMembers, deputyGroups } from "@daibiao/db";
import { deputySpec } from "../deputies/deputy.table.js";
import { districtSpec } from "../districts/district.table.js";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const deputyGroupSpec: TableSpec = {
  name: "DeputyGroup",
  table: deputyGroups,
  id: deputyGroups.id,
  stored: ["id", "name", "kind", "districtId", "sector", "description", "createdAt", "updatedAt", "version"],
  filters: {
    ...fieldsOf(deputyGroups, ["id", "name", "kind", "districtId", "sector"]),
    district: { parent: () => districtSpec, key: deputyGroups.districtId },
    member: { exists: () => deputyGroupMemberSpec, via: deputyGroupMembers.groupId },
  },
  orderBy: columnsOf(deputyGroups, ["id", "name", "kind", "sector"]),
  search: [deputyGroups.name],
  defaultOrder: ["id:asc"],
};

export const deputyGroupMemberSpec: TableSpec = {
  name: "DeputyGroupMember",
  table: deputyGroupMembers,
  id: deputyGroupMembers.id,
  stored: ["id", "groupId", "deputyId", "role", "createdAt"],
  filters: {
    ...fieldsOf(deputyGroupMembers, ["id", "groupId", "deputyId", "role"]),
    group: { parent: () => deputyGroupSpec, key: deputyGroupMembers.groupId },
    deputy: { parent: () => deputySpec, key: deputyGroupMembers.deputyId },
  },
  orderBy: columnsOf(deputyGroupMembers, ["id", "role"]),
};
