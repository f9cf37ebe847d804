import { users } from "@daibiao/db";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const userSpec: TableSpec = {
  name: "User",
  table: users,
  id: users.id,
  stored: ["id", "username", "displayName", "role", "active", "lastSignInAt", "createdAt", "updatedAt", "version"],
  filters: fieldsOf(users, ["id", "username", "role", "active"]),
  orderBy: columnsOf(users, ["id", "username", "role", "lastSignInAt"]),
  search: [users.username, users.displayName],
  defaultOrder: ["username:asc"],
};
