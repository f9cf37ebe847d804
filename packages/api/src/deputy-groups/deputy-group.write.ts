import { deputyGroupMembers } from "@daibiao/db";
import type { FieldError } from "../grammar/errors.js";
import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { deputyGroupSpec } from "./deputy-group.table.js";
import { deputyGroupFields, deputyGroupMemberFields } from "./deputy-group.input.js";

// deputy_groups_district_or_sector: a district group has a district and no sector, a sector group
// the other way round.
export function districtOrSector(g: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  const district = g.kind === "district";
  if (district && g.districtId == null) errors.push({ field: "input.districtId", message: "is required for a district group" });
  if (!district && g.districtId != null) errors.push({ field: "input.districtId", message: "only for a district group" });
  if (g.kind === "sector" && g.sector == null) errors.push({ field: "input.sector", message: "is required for a sector group" });
  if (g.kind !== "sector" && g.sector != null) errors.push({ field: "input.sector", message: "only for a sector group" });
  return errors;
}

export const deputyGroupWrite: WriteConfig = {
  spec: deputyGroupSpec,
  toRow: (_ctx, input) => rowFromInput(deputyGroupFields, input),
  check: districtOrSector,
  children: [
    {
      key: "members",
      table: deputyGroupMembers,
      via: deputyGroupMembers.groupId,
      matchBy: "deputyId",
      toRow: (_ctx, item, path) => rowFromInput(deputyGroupMemberFields, item, path),
    },
  ],
};
