import { districts } from "@daibiao/db";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const districtSpec: TableSpec = {
  name: "District",
  table: districts,
  id: districts.id,
  stored: ["id", "code", "name", "level", "parentId", "createdAt", "updatedAt", "version"],
  filters: fieldsOf(districts, ["id", "code", "name", "level", "parentId"]),
  orderBy: columnsOf(districts, ["id", "code", "name", "level"]),
  search: [districts.name],
  defaultOrder: ["code:asc"],
};
