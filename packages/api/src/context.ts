import type { Db, PiiKey, Sql } from "@daibiao/db";
import type { Viewer } from "./auth/roles.js";
import type { Loaders } from "./grammar/loaders.js";
import type { Route } from "./replicas.js";

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
  // whether the request came over HTTPS (directly or through a trusted proxy), and how to set a cookie
  // on the answer: a Set-Cookie value from http/cookies.ts (absent outside HTTP, e.g. in tests)
  secure?: boolean;
  setCookie?: (cookie: string) => void;
  // over HTTP: where direct.ts leaves an answer's JSON text for http/graphql.ts to send as it is
  rawAnswer?: { text?: string };
  // over HTTP with read replicas: which database answers, and when the caller last wrote (replicas.ts)
  route?: Route;
  // For tests: answer reads only one way — "loaders" (batched loaders), "prefetch" (one statement per
  // root field, graphql-js writes the answer) or "direct" (PostgreSQL writes the answer where it can);
  // unset: the fastest way that applies, as in production.
  readPath?: "loaders" | "prefetch" | "direct";
};
