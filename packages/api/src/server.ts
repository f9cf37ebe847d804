// One HTTP server: GraphQL at /graphql, the console (when built) at /.
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { Db, PiiKey, Sql } from "@daibiao/db";
import { repoRoot } from "@daibiao/db";
import type { Context } from "./context.js";
import { formatError } from "./grammar/format-error.js";
import { Loaders } from "./grammar/query.js";
import { schema } from "./schema.js";

export type AppDeps = { db: Db; sql: Sql; pii: PiiKey };

export async function createContext(deps: AppDeps): Promise<Context> {
  const ctx = { ...deps, personalData: true } as Context;
  ctx.loaders = new Loaders(ctx);
  return ctx;
}

export async function createApp(deps: AppDeps): Promise<{ app: express.Express; httpServer: http.Server; apollo: ApolloServer<Context> }> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await schema(),
    formatError: (f, e) => formatError(f, e),
    includeStacktraceInErrorResponses: false,
    // No hosted sandbox page: the system works offline.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  app.use(
    "/graphql",
    express.json({ limit: "5mb" }),
    expressMiddleware(apollo, { context: async () => createContext(deps) }),
  );
  app.get("/health", (_req, res) => void res.json({ ok: true }));

  const consoleDist = path.join(repoRoot, "packages/console/dist");
  if (existsSync(path.join(consoleDist, "index.html"))) {
    app.use(express.static(consoleDist, { index: false, maxAge: "1h" }));
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(path.join(consoleDist, "index.html")));
  }
  return { app, httpServer, apollo };
}
