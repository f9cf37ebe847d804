import type { Db, PiiKey, Sql } from "@daibiao/db";
import type { Loaders } from "./grammar/query.js";

export type Context = {
  db: Db;
  sql: Sql;
  pii: PiiKey;
  loaders: Loaders;
  // May this caller read phone and ID-card numbers in full? (Roles decide it; see the auth issue.)
  personalData: boolean;
};
