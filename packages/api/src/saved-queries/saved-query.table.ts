import { savedQueries } from "@daibiao/db";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const savedQuerySpec: TableSpec = {
  name: "SavedQuery",
  table: savedQueries,
  id: savedQueries.id,
  stored: ["id", "name", "title", "query", "variables", "maxAge", "createdById", "createdAt", "updatedAt", "version"],
  filters: fieldsOf(savedQueries, ["id", "name", "title", "createdAt", "updatedAt"]),
  orderBy: columnsOf(savedQueries, ["id", "name", "title", "createdAt", "updatedAt"]),
  search: [savedQueries.name, savedQueries.title],
  defaultOrder: ["name:asc"],
};
