import type { Db, PiiKey, Sql } from "@daibiao/db";
import type { Request, Response } from "express";
import type { Viewer } from "./auth/roles.js";
import type { Loaders } from "./grammar/query.js";

export type Context = {
  db: Db;
  sql: Sql;
  pii: PiiKey;
  loaders: Loaders;
  // who is asking: a signed-in user, an API token, or nobody
  viewer: Viewer | null;
  // may this caller read phone and ID-card numbers in full?
  personalData: boolean;
  // the caller's address (for the sign-in throttle) and the HTTP exchange (for the session cookie)
  address: string;
  sessionToken?: string;
  req?: Request;
  res?: Response;
};
