// One HTTP server: GraphQL at /graphql, the console (when built) at /.
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { parse as parseCookies } from "cookie";
import cors from "cors";
import express from "express";
import helmet from "helmet";
import type { Db, PiiKey, Sql } from "@daibiao/db";
import { repoRoot } from "@daibiao/db";
import { SESSION_COOKIE, viewerFromSession, viewerFromToken } from "./auth/auth.service.js";
import { seesPersonalData, type Viewer } from "./auth/roles.js";
import type { Context } from "./context.js";
import { directPlugin } from "./grammar/direct.js";
import { formatError } from "./grammar/format-error.js";
import { Loaders } from "./grammar/query.js";
import { limitsPlugin } from "./limits.js";
import { schema } from "./schema.js";

export type AppDeps = { db: Db; sql: Sql; pii: PiiKey };

export const MAX_BODY = "5mb";

export function createContext(deps: AppDeps, viewer: Viewer | null, extra: Partial<Context> = {}): Context {
  const ctx = { ...deps, viewer, personalData: seesPersonalData(viewer), address: "local", ...extra } as Context;
  ctx.loaders = new Loaders(ctx);
  return ctx;
}

async function contextFor(deps: AppDeps, req: express.Request, res: express.Response): Promise<Context> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  const sessionToken = parseCookies(req.headers.cookie ?? "")[SESSION_COOKIE];
  let viewer: Viewer | null = null;
  if (bearer) viewer = await viewerFromToken(deps.db, bearer);
  else if (sessionToken) viewer = await viewerFromSession(deps.db, sessionToken);
  return createContext(deps, viewer, { req, res, address: req.ip ?? "unknown", sessionToken });
}

export async function createApolloServer(httpServer?: http.Server): Promise<ApolloServer<Context>> {
  return new ApolloServer<Context>({
    schema: await schema(),
    formatError: (f, e) => formatError(f, e),
    includeStacktraceInErrorResponses: false,
    // main.ts stops everything on SIGINT/SIGTERM itself, the embedded database included
    stopOnTerminationSignals: false,
    // CSRF prevention stays on (the default); no hosted sandbox page: the system works offline.
    plugins: [
      limitsPlugin,
      directPlugin,
      ApolloServerPluginLandingPageDisabled(),
      // no HTTP caching of answers: without this, Apollo wraps every field's resolver to compute cache hints
      ApolloServerPluginCacheControlDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
}

export async function createApp(deps: AppDeps): Promise<{ app: express.Express; httpServer: http.Server; apollo: ApolloServer<Context> }> {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", process.env.DAIBIAO_TRUST_PROXY ?? "loopback");
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // MUI writes its styles into <style> elements
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:", "blob:"],
          fontSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  const origins = (process.env.DAIBIAO_CORS_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const httpServer = http.createServer(app);
  const apollo = await createApolloServer(httpServer);
  await apollo.start();
  app.use(
    "/graphql",
    // Other origins only when configured (DAIBIAO_CORS_ORIGINS); the console is same-origin.
    cors({ origin: origins, credentials: true }),
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(deps, req, res) }),
  );
  app.get("/health", (_req, res) => void res.json({ ok: true }));

  const consoleDist = path.join(repoRoot, "packages/console/dist");
  if (existsSync(path.join(consoleDist, "index.html"))) {
    app.use(express.static(consoleDist, { index: false, maxAge: "1h" }));
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(path.join(consoleDist, "index.html")));
  }
  // A body over the limit, or one that is not JSON: a GraphQL-shaped error, not an HTML page.
  app.use((err: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (err?.type === "entity.too.large") {
      return void res.status(413).json({ errors: [{ message: `The request is larger than ${MAX_BODY}`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    }
    if (err?.type === "entity.parse.failed") {
      return void res.status(400).json({ errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
    }
    next(err);
  });
  return { app, httpServer, apollo };
}
