import { committees } from "@daibiao/db";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const committeeSpec: TableSpec = {
  name: "Committee",
  table: committees,
  id: committees.id,
  filters: fieldsOf(committees, ["id", "name", "kind"]),
  orderBy: columnsOf(committees, ["id", "name", "kind"]),
  search: [committees.name],
  defaultOrder: ["id:asc"],
};
