// When the database cannot answer — down, restarting, unreachable, or every pool connection busy
// past the wait bound — a GraphQL request gets HTTP 503 and one error SERVICE_UNAVAILABLE, quickly,
// never a hang or a 500; a statement cut by the statement timeout gets HTTP 504 (code TIMEOUT, set by
// grammar/pgerrors.ts). After SIGTERM, requests that arrive on open connections get 503 too.
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Context } from "../context.js";

export const SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
const UNAVAILABLE_MESSAGE = "The database is not available at the moment; try again shortly";
const STOPPING_MESSAGE = "The server is shutting down; try again shortly";

// Set once on SIGTERM/SIGINT (main.ts); read by the plugin and /ready.
let stopping = false;
export function markStopping(): void {
  stopping = true;
}
export function isStopping(): boolean {
  return stopping;
}

// Node's socket errors and postgres.js's own connection errors; POOL_TIMEOUT is @daibiao/db's
// PoolTimeoutError (no free connection within DAIBIAO_DB_QUEUE_TIMEOUT_MS).
const CONNECTION_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE",
  "CONNECT_TIMEOUT", "CONNECTION_CLOSED", "CONNECTION_DESTROYED", "CONNECTION_ENDED", "POOL_TIMEOUT",
]);

// PostgreSQL's own: class 08 (connection exception), shutting down or starting up (57P01–57P03),
// too many connections (53300).
const isUnavailableState = (code: string) => code.startsWith("08") || /^57P0[123]$/.test(code) || code === "53300";

// Whether an error (through GraphQL's originalError and drizzle's cause) is the database being away.
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = error as { originalError?: unknown; cause?: unknown; code?: unknown; severity?: unknown } | undefined; e && typeof e === "object" && !seen.has(e); ) {
    seen.add(e);
    const code = typeof e.code === "string" ? e.code : undefined;
    if (code && CONNECTION_CODES.has(code)) return true;
    if (code && "severity" in e && isUnavailableState(code)) return true;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return false;
}

export function unavailableError(): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGE, { extensions: { code: SERVICE_UNAVAILABLE, http: { status: 503 } } });
}

// The caller is looked up (session, token) before Apollo runs the operation; if that fails because
// the database is away, Apollo would answer 500 "Context creation failed".
export function guardContext<A extends unknown[], C>(make: (...args: A) => Promise<C>): (...args: A) => Promise<C> {
  return async (...args) => {
    try {
      return await make(...args);
    } catch (e) {
      if (isDatabaseUnavailable(e)) throw unavailableError();
      throw e;
    }
  };
}

export const availabilityPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation() {
        if (stopping) {
          throw new GraphQLError(STOPPING_MESSAGE, { extensions: { code: SERVICE_UNAVAILABLE, http: { status: 503 } } });
        }
      },
      async willSendResponse({ response, errors }) {
        if (response.body.kind !== "single") return;
        // One error for the whole answer: what did get read before the database went is dropped,
        // and so are the per-field errors that all say the same.
        if (errors?.some(isDatabaseUnavailable)) {
          response.body.singleResult = { errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: SERVICE_UNAVAILABLE } }] };
          response.http.status = 503;
          response.http.headers.set("retry-after", "1");
          return;
        }
        const formatted: readonly GraphQLFormattedError[] = response.body.singleResult.errors ?? [];
        if (formatted.some((f) => f.extensions?.code === "TIMEOUT")) response.http.status = 504;
      },
    };
  },
};
