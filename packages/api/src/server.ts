// One HTTP server: GraphQL at /graphql, the console (when built) at /.
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import cors from "cors";
import express from "express";
import type { Db, PiiKey, Sql } from "@daibiao/db";
import { repoRoot } from "@daibiao/db";
import { viewerFromSession, viewerFromToken } from "./auth/auth.sessions.js";
import { seesPersonalData, type Viewer } from "./auth/roles.js";
import type { Context } from "./context.js";
import { directPlugin } from "./grammar/direct.js";
import { formatError } from "./grammar/format-error.js";
import { availabilityPlugin, guardContext } from "./http/availability.js";
import { requestCookies } from "./http/cookies.js";
import { graphqlHandler, type CallerOf, type Middleware } from "./http/graphql.js";
import { installHealth } from "./http/health.js";
import { addressOf, trustFromEnv } from "./http/proxy.js";
import { fixedSecurityHeaders, securityHeaders } from "./http/security-headers.js";
import { Loaders } from "./grammar/loaders.js";
import { limitsPlugin } from "./limits.js";
import { replicasPlugin, type Replicas } from "./replicas.js";
import { savedQueriesOnlyError, savedQueryHandler, SAVED_PATH } from "./saved-queries/saved-query.http.js";
import { schema } from "./schema.js";

export type AppDeps = { db: Db; sql: Sql; pii: PiiKey; replicas?: Replicas };

export { MAX_BODY } from "./http/body.js";

// How long SIGTERM waits for requests in flight before closing their connections (main.ts exits
// within 10 s in all).
export const STOP_GRACE_MS = 5000;

export function createContext(deps: AppDeps, viewer: Viewer | null, extra: Partial<Context> = {}): Context {
  const ctx = { ...deps, viewer, personalData: seesPersonalData(viewer), address: "local", ...extra } as Context;
  ctx.loaders = new Loaders(ctx);
  return ctx;
}

// The context of an HTTP request. Apollo copies the context's own properties for each operation: the
// caller's address and HTTPS-ness are getters of the class, worked out only when read (sign-in), not
// on every copy; one class keeps the copy on V8's fast path.
class HttpContext {
  declare loaders: Loaders;
  constructor(
    readonly db: AppDeps["db"],
    readonly sql: AppDeps["sql"],
    readonly pii: AppDeps["pii"],
    readonly viewer: Viewer | null,
    readonly personalData: boolean,
    readonly sessionToken: string | undefined,
    private readonly exchange: Parameters<CallerOf>[1],
    readonly setCookie: NonNullable<Context["setCookie"]>,
    readonly rawAnswer: NonNullable<Context["rawAnswer"]>,
    readonly route: NonNullable<Context["route"]>,
  ) {}
  get address(): string {
    return this.exchange.address();
  }
  get secure(): boolean {
    return this.exchange.secure();
  }
}

// Who is asking: the API token in Authorization, else the session cookie. A token marked
// savedQueriesOnly (a public screen) is refused everywhere but GET /saved/<name>.
function contextOf(deps: AppDeps, savedQuery = false): CallerOf {
  return async (headers, exchange) => {
    const auth = headers.authorization;
    const bearer = auth ? /^Bearer\s+(\S+)$/i.exec(auth)?.[1] : undefined;
    const cookies = requestCookies(headers.cookie);
    const sessionToken = cookies?.session;
    let viewer: Viewer | null = null;
    if (bearer) viewer = await viewerFromToken(deps.db, bearer);
    else if (sessionToken) viewer = await viewerFromSession(deps.db, sessionToken);
    if (viewer?.savedQueriesOnly && !savedQuery) throw savedQueriesOnlyError();
    if (cookies?.lastWrite) exchange.route.lastWrite = cookies.lastWrite;
    const ctx = new HttpContext(deps.db, deps.sql, deps.pii, viewer, seesPersonalData(viewer), sessionToken, exchange, exchange.setCookie, exchange.rawAnswer, exchange.route);
    ctx.loaders = new Loaders(ctx as unknown as Context);
    return ctx as unknown as Context;
  };
}

export async function createApolloServer(httpServer?: http.Server, replicas?: Replicas): Promise<ApolloServer<Context>> {
  return new ApolloServer<Context>({
    schema: await schema(),
    formatError: (f, e) => formatError(f, e),
    includeStacktraceInErrorResponses: false,
    // Apollo turns introspection off when NODE_ENV=production; the console builds its queries from it
    // and BI tools browse the schema with it. limits.ts answers it only to signed-in callers.
    introspection: true,
    // main.ts stops everything on SIGINT/SIGTERM itself, the embedded database included
    stopOnTerminationSignals: false,
    // CSRF prevention stays on (the default); no hosted sandbox page: the system works offline.
    plugins: [
      limitsPlugin,
      availabilityPlugin,
      ...(replicas ? [replicasPlugin(replicas)] : []),
      directPlugin,
      ApolloServerPluginLandingPageDisabled(),
      // no HTTP caching of answers: without this, Apollo wraps every field's resolver to compute cache hints
      ApolloServerPluginCacheControlDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: STOP_GRACE_MS })] : []),
    ],
  });
}

export async function createApp(deps: AppDeps): Promise<{ app: express.Express; httpServer: http.Server; apollo: ApolloServer<Context> }> {
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders);
  const origins = (process.env.DAIBIAO_CORS_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  // Other origins only when configured (DAIBIAO_CORS_ORIGINS); the console is same-origin.
  const before: Middleware[] = [fixedSecurityHeaders, cors({ origin: origins, credentials: true }) as never];
  const trust = trustFromEnv();
  let graphql: ReturnType<typeof graphqlHandler> | undefined;
  let saved: ReturnType<typeof savedQueryHandler> | undefined;
  // /graphql goes straight to Apollo (http/graphql.ts); everything else to express
  const httpServer = http.createServer((req, res) => {
    const url = req.url ?? "";
    if (graphql && (url === "/graphql" || url.startsWith("/graphql?"))) graphql(req, res);
    else if (saved && (url.startsWith(SAVED_PATH) || url === "/saved" || url.startsWith("/saved?"))) saved(req, res);
    else app(req, res);
  });
  const apollo = await createApolloServer(httpServer, deps.replicas);
  await apollo.start();
  graphql = graphqlHandler({ apollo, context: guardContext(contextOf(deps)), trust, replicas: deps.replicas, before });
  saved = savedQueryHandler({
    apollo,
    schema: await schema(),
    context: guardContext(contextOf(deps, true)),
    // a GET of a saved query never signs in or out: no cookie to set
    exchange: (req, rawAnswer, route) => ({ ...addressOf(req, trust), setCookie: () => undefined, rawAnswer, route }),
    replicas: deps.replicas,
    before,
  });
  installHealth(app, deps.sql);

  const consoleDist = path.join(repoRoot, "packages/console/dist");
  if (existsSync(path.join(consoleDist, "index.html"))) {
    app.use(express.static(consoleDist, { index: false, maxAge: "1h" }));
    // the query explorer (GraphiQL, a page of the console's build); what it runs is authorized by /graphql
    app.get("/graphiql", (_req, res) => res.sendFile(path.join(consoleDist, "graphiql.html")));
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(path.join(consoleDist, "index.html")));
  }
  return { app, httpServer, apollo };
}
