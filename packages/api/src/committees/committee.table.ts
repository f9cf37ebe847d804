import { committees } from "@daibiao/db";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const committeeSpec: TableSpec = {
  name: "Committee",
  table: committees,
  id: committees.id,
  stored: ["id", "name", "kind", "createdAt", "updatedAt", "version"],
  filters: fieldsOf(committees, ["id", "name", "kind"]),
  orderBy: columnsOf(committees, ["id", "name", "kind"]),
  search: [committees.name],
  defaultOrder: ["id:asc"],
};
