import { handlingUnits } from "@daibiao/db";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const handlingUnitSpec: TableSpec = {
  name: "HandlingUnit",
  table: handlingUnits,
  id: handlingUnits.id,
  stored: ["id", "name", "kind", "contactPerson", "createdAt", "updatedAt", "version"],
  filters: fieldsOf(handlingUnits, ["id", "name", "kind"]),
  orderBy: columnsOf(handlingUnits, ["id", "name", "kind"]),
  search: [handlingUnits.name],
  defaultOrder: ["name:asc"],
};
