// Each test gets its own database, copied from a template that global-setup prepared, and runs
// GraphQL operations through the same Apollo server and error formatting as production.
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { afterEach, beforeEach, inject } from "vitest";
import { connect, piiKey, type Db, type Sql } from "../packages/db/src/index.js";
import type { Viewer } from "../packages/api/src/auth/roles.js";
import type { Context } from "../packages/api/src/context.js";
import { directPlugin } from "../packages/api/src/grammar/direct.js";
import { formatError } from "../packages/api/src/grammar/format-error.js";
import { limitsPlugin } from "../packages/api/src/limits.js";
import { schema } from "../packages/api/src/schema.js";
import { createApp, createContext } from "../packages/api/src/server.js";
import { withDatabase } from "./global-setup.js";
import { TEST_SECRET } from "./secret.js";
import { firstDifference, onlyQueries, READ_PATHS, type ReadPath } from "./read-paths.js";

export type Result<T = Record<string, any>> = { data?: T | null; errors?: { message: string; extensions?: Record<string, any>; path?: unknown[] }[] };

export type As = "admin" | "editor" | "viewer" | "token" | null;

export type TestDb = {
  db: Db;
  sql: Sql;
  url: string;
  // Every SQL statement sent since the last reset.
  statements: string[];
  // as: who asks (default an admin); null for nobody. A query is answered by every read path (see
  // read-paths.ts) and fails the test when they disagree; `path` asks for one of them only.
  gql: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>, opts?: { as?: As; path?: ReadPath }) => Promise<Result<T>>;
};

let apollo: ApolloServer<Context> | undefined;
async function server() {
  if (!apollo) {
    apollo = new ApolloServer<Context>({
      schema: await schema(),
      plugins: [limitsPlugin, directPlugin],
      formatError: (f, e) => formatError(f, e, process.env.DEBUG_ERRORS ? (m) => console.error(m, e) : () => {}),
      includeStacktraceInErrorResponses: false,
    });
    await apollo.start();
  }
  return apollo;
}

async function admin<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
  const a = connect(inject("adminUrl"), { max: 1 });
  try {
    return await fn(a.sql);
  } finally {
    await a.sql.end();
  }
}

export async function createTestDb(template: "daibiao_tpl" | "daibiao_demo_tpl" = "daibiao_tpl") {
  const name = `t_${randomBytes(6).toString("hex")}`;
  await admin((sql) => sql.unsafe(`create database ${name} template ${template} strategy file_copy`));
  const statements: string[] = [];
  const url = withDatabase(inject("adminUrl"), name);
  let recording = true;
  const { db, sql } = connect(url, { max: 4, onQuery: (q) => recording && statements.push(q) });
  const pii = piiKey(TEST_SECRET);
  const t: TestDb = {
    db,
    sql,
    url,
    statements,
    gql: async (query, variables, opts) => {
      const who = await viewer(opts?.as === undefined ? "admin" : opts.as);
      const answer = async (readPath?: ReadPath) => {
        const ctx = createContext({ db, sql, pii }, who, readPath ? { readPath } : {});
        const res = await (await server()).executeOperation({ query, variables }, { contextValue: ctx });
        if (res.body.kind !== "single") throw new Error("incremental delivery is not used here");
        return JSON.parse(JSON.stringify(res.body.singleResult)) as Result<any>;
      };
      if (opts?.path) return answer(opts.path);
      const main = await answer();
      if (onlyQueries(query)) {
        // the other ways, unrecorded (tests count the statements of the production way)
        recording = false;
        try {
          for (const path of READ_PATHS.filter((p) => p !== "direct")) {
            const other = await answer(path);
            const diff = firstDifference(main, other);
            if (diff) throw new Error(`the read paths disagree (production's answer vs ${path}) at ${diff}\nquery: ${query.slice(0, 500)}`);
          }
        } finally {
          recording = true;
        }
      }
      return main;
    },
  };
  // who is who: the users and token global-setup put in every template, looked up once, up front
  const viewers = new Map<string, Viewer>();
  for (const r of await sql`select id, username as name, role::text from users where username like 'test-%'`) {
    const role = String(r.role).toUpperCase() as Viewer["role"];
    viewers.set(String(r.role), { kind: "user", id: r.id as number, name: r.name as string, role });
  }
  const [token] = await sql`select id from api_tokens where name = 'test-token'`;
  viewers.set("token", { kind: "token", id: token!.id as number, name: "token:test-token", role: "TOKEN" });
  statements.length = 0;
  const viewer = async (as: As): Promise<Viewer | null> => (as === null ? null : viewers.get(as)!);
  const drop = async () => {
    await sql.end();
    await admin((a) => a.unsafe(`drop database if exists ${name} with (force)`));
  };
  return { t, drop };
}

// A fresh database for every test of the file: `const t = useTestDb();` then `t().gql(...)`.
export function useTestDb(template: "daibiao_tpl" | "daibiao_demo_tpl" = "daibiao_tpl"): () => TestDb {
  let current: Awaited<ReturnType<typeof createTestDb>> | undefined;
  beforeEach(async () => {
    current = await createTestDb(template);
  });
  afterEach(async () => {
    await current?.drop();
    current = undefined;
  });
  return () => current!.t;
}

// The in-process HTTP server (createApp: /graphql, /health, /ready, the console's files) on a free
// loopback port for each test, on that test's database: `const base = useHttpApp(t);` then
// `fetch(\`${base()}/graphql\`…)`. Call after useTestDb.
export function useHttpApp(t: () => TestDb): () => string {
  let base = "";
  let stop: () => Promise<void> = async () => {};
  beforeEach(async () => {
    const { httpServer, apollo } = await createApp({ db: t().db, sql: t().sql, pii: piiKey(TEST_SECRET) });
    await new Promise<void>((r) => httpServer.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    stop = () => apollo.stop();
  });
  afterEach(() => stop());
  return () => base;
}
