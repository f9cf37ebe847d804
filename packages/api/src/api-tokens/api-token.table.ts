import { apiTokens } from "@daibiao/db";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const apiTokenSpec: TableSpec = {
  name: "ApiToken",
  table: apiTokens,
  id: apiTokens.id,
  stored: ["id", "name", "prefix", "createdAt", "lastUsedAt", "revokedAt", "savedQueriesOnly"],
  filters: fieldsOf(apiTokens, ["id", "name", "revokedAt", "lastUsedAt", "savedQueriesOnly"]),
  orderBy: columnsOf(apiTokens, ["id", "name", "createdAt", "lastUsedAt"]),
  search: [apiTokens.name],
  defaultOrder: ["createdAt:desc"],
};
