import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema.js";

export type Db = PostgresJsDatabase<typeof schema>;
export type Sql = postgres.Sql;

export type DbOptions = {
  // Cancels any statement that runs longer, so one heavy request cannot hold a connection forever.
  statementTimeoutMs?: number;
  max?: number;
  // How long opening a connection may take before the query fails (postgres.js waits 30 s by default).
  connectTimeoutMs?: number;
  // When set, a statement or transaction waits at most this long for a free connection of the pool,
  // then fails with a PoolTimeoutError; unset, it waits in postgres.js's queue without a bound.
  queueTimeoutMs?: number;
  // Called with each SQL text; used by tests that count statements. Never logs parameters.
  onQuery?: (sql: string) => void;
};

// The pool was busy for longer than queueTimeoutMs. `code` is what the API recognises it by.
export class PoolTimeoutError extends Error {
  readonly code = "POOL_TIMEOUT";
  constructor(ms: number) {
    super(`no database connection became free within ${ms} ms`);
    this.name = "PoolTimeoutError";
  }
}

export function connect(url: string, options: DbOptions = {}): { db: Db; sql: Sql } {
  const max = options.max ?? 10;
  const raw = postgres(url, {
    max,
    onnotice: () => {},
    // No array types are exchanged (id lists go as '{1,2}' literals): skip the type lookup per connection.
    fetch_types: false,
    ...(options.connectTimeoutMs !== undefined ? { connect_timeout: options.connectTimeoutMs / 1000 } : {}),
    // postgres.js waits up to 20 s between attempts once the server has been away a while: after a
    // restart the pool would stay closed that long, and while it is away each query would wait that
    // long to be refused. At most 250 ms (a refused connection on a live host costs next to nothing).
    backoff: (retries: number) => Math.min(0.025 * 2 ** retries, 0.25),
    connection: {
      application_name: "daibiao",
      statement_timeout: options.statementTimeoutMs ?? 30_000,
      // "today" (deadlines, overdue) is Beijing's day, whatever the server's own zone
      TimeZone: process.env.DAIBIAO_TIMEZONE ?? "Asia/Shanghai",
    },
    // Dates stay "YYYY-MM-DD" strings: a calendar date has no time zone.
    // Counts what really goes to the server; parameters are never passed on.
    debug: options.onQuery ? (_conn: number, query: string) => options.onQuery!(query) : undefined,
  });
  const sql = wrap(raw, options.queueTimeoutMs === undefined ? undefined : new Gate(max, options.queueTimeoutMs));
  const db = drizzle(sql, { schema });
  return { db, sql };
}

// At most `permits` statements or transactions hold a connection; the others wait in line, each at
// most `waitMs`. With no more in flight than connections, postgres.js never queues nor pipelines a
// statement behind another one's (which could wait many statement timeouts in a row).
class Gate {
  private free: number;
  private readonly waiting: { go: () => void; timer: NodeJS.Timeout }[] = [];
  constructor(
    permits: number,
    private readonly waitMs: number,
  ) {
    this.free = permits;
  }
  acquire(): Promise<void> {
    if (this.free > 0 && this.waiting.length === 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const entry = {
        go: resolve,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(new PoolTimeoutError(this.waitMs));
        }, this.waitMs),
      };
      this.waiting.push(entry);
    });
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      next.go();
    } else this.free++;
  }
}

// The transaction's connection is gone (the server stopped, restarted, or the network dropped it).
const LOST = new Set(["CONNECTION_CLOSED", "CONNECTION_DESTROYED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);
function connectionLost(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && typeof e === "object" && depth < 5; e = e.cause as typeof e, depth++) {
    const code = typeof e.code === "string" ? e.code : "";
    if (LOST.has(code) || code.startsWith("08") || /^57P0[123]$/.test(code)) return true;
  }
  return false;
}

// postgres.js's query is a lazy promise that hands itself to `handler` when first awaited: with a
// gate, the handler is wrapped so the query first takes a permit, and gives it back when it settles.
type LazyQuery = Promise<unknown> & { handler?: ((q: LazyQuery) => void) & { debug?: unknown }; reject: (e: unknown) => void };
type Begin = (...args: unknown[]) => Promise<unknown>;

function wrap(sql: Sql, gate: Gate | undefined): Sql {
  const watch = <T>(q: T): T => {
    const query = q as unknown as LazyQuery;
    if (!gate || !(query instanceof Promise) || typeof query.handler !== "function") return q; // a fragment or identifier
    const handler = query.handler;
    const wrapped = Object.assign(
      (x: LazyQuery) => {
        gate.acquire().then(
          () => {
            const release = () => gate.release();
            // the native then: Query's own would hand it to the handler a second time
            Promise.prototype.then.call(x, release, release);
            handler(x);
          },
          (e: unknown) => x.reject(e),
        );
      },
      { debug: handler.debug },
    );
    query.handler = wrapped;
    return q;
  };
  const unsafe: Sql["unsafe"] = (...args) => watch(sql.unsafe(...args));
  // When the connection of a transaction is lost, postgres.js sends `rollback` on it anyway and
  // crashes the process in a timer (porsager/postgres#1154, #1208: `socket.write` on null). So on
  // such an error the body is left unsettled: postgres.js rejects the transaction itself when the
  // connection closes (CONNECTION_CLOSED), and sends nothing more. The server ended the
  // transaction already; what is kept is one pending closure per transaction lost.
  const guarded = (fn: (tx: unknown) => unknown) => async (tx: unknown) => {
    try {
      return await fn(tx);
    } catch (e) {
      if (connectionLost(e)) await new Promise(() => {});
      throw e;
    }
  };
  // A transaction holds one connection from its `begin` to its end: one permit for all of it.
  const begin = (async (...args: unknown[]) => {
    const last = args.length - 1;
    if (typeof args[last] === "function") args[last] = guarded(args[last] as (tx: unknown) => unknown);
    if (!gate) return (sql.begin as Begin)(...args);
    await gate.acquire();
    try {
      return await (sql.begin as Begin)(...args);
    } finally {
      gate.release();
    }
  }) as Sql["begin"];
  return new Proxy(sql, {
    apply: (target, self, args) => watch(Reflect.apply(target, self, args)),
    get: (target, key, receiver) => (key === "unsafe" ? unsafe : key === "begin" ? begin : Reflect.get(target, key, receiver)),
  });
}
