import { measures } from "@daibiao/db";
import { committeeSpec } from "../committees/committee.table.js";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const measureSpec: TableSpec = {
  name: "Measure",
  table: measures,
  id: measures.id,
  stored: ["id", "year", "number", "area", "title", "committeeId", "description", "createdAt", "updatedAt", "version"],
  filters: {
    ...fieldsOf(measures, ["id", "year", "number", "area", "title", "committeeId"]),
    committee: { parent: () => committeeSpec, key: measures.committeeId },
  },
  orderBy: columnsOf(measures, ["id", "year", "number", "area", "title"]),
  search: [measures.title],
  defaultOrder: ["year:desc", "number:asc"],
};
