// Read replicas (DATABASE_REPLICA_URLS): a query operation is answered from a replica, in turn; a
// mutation, and everything inside it, from the primary. Two exceptions keep answers right:
// - read your own writes: for READ_YOUR_WRITES_MS after a caller's mutation, that caller's reads go
//   to the primary, which a replica may lag behind (as Rails' database selector does: the caller
//   carries the time of their last write in a cookie, so every API process knows it; API tokens only
//   read);
// - a replica that cannot answer (stopped, unreachable, restarting) is left out until a probe finds
//   it back, and the operation it failed is answered again by the primary: no request fails for it.
// The caller is looked up (session, token) on the primary: a session just made may not be on a
// replica yet.
import type { ApolloServerPlugin } from "@apollo/server";
import type { Db, Sql } from "@daibiao/db";
import type { Context } from "./context.js";
import { Loaders } from "./grammar/loaders.js";
import { lastWriteCookie } from "./http/cookies.js";

export type Pool = { db: Db; sql: Sql };

const READ_YOUR_WRITES_MS = Number(process.env.DAIBIAO_READ_YOUR_WRITES_MS ?? 2000);
const PROBE_EVERY_MS = 1000;

// What one HTTP request's operations were answered by, shared by Apollo's copies of its context.
export type Route = {
  // the replica that answered a query (unset: the primary)
  replica?: number;
  // answer from the primary whatever the operation (a second try after a replica failed)
  primaryOnly?: boolean;
  // when the caller last wrote (from the cookie), in ms since the epoch
  lastWrite?: number;
};

export class Replicas {
  private next = 0;
  private readonly down = new Set<number>();
  private probing?: NodeJS.Timeout;

  constructor(readonly pools: Pool[]) {}

  // The replica for a query, or undefined for the primary.
  pick(route: Route): number | undefined {
    if (route.primaryOnly || !this.pools.length) return undefined;
    if (route.lastWrite !== undefined && route.lastWrite > Date.now() - READ_YOUR_WRITES_MS) return undefined;
    for (let i = 0; i < this.pools.length; i++) {
      const n = this.next++ % this.pools.length;
      if (!this.down.has(n)) return n;
    }
    return undefined;
  }

  // After a mutation: this caller reads from the primary for a while.
  wrote(ctx: Context): void {
    ctx.setCookie?.(lastWriteCookie(Date.now(), Math.ceil(READ_YOUR_WRITES_MS / 1000), ctx.secure));
  }

  // A replica that failed is left out; a probe every second brings it back once it answers.
  markDown(n: number): void {
    if (this.down.has(n)) return;
    this.down.add(n);
    console.error(`read replica ${n + 1} is not answering: reading from the primary until it is back`);
    this.probing ??= setInterval(() => void this.probe(), PROBE_EVERY_MS);
    this.probing.unref();
  }

  private async probe(): Promise<void> {
    for (const n of [...this.down]) {
      try {
        await this.pools[n]!.sql`select 1`;
        this.down.delete(n);
        console.log(`read replica ${n + 1} answers again`);
      } catch {
        // still away
      }
    }
    if (!this.down.size && this.probing) {
      clearInterval(this.probing);
      this.probing = undefined;
    }
  }

  async end(): Promise<void> {
    if (this.probing) clearInterval(this.probing);
    await Promise.all(this.pools.map((p) => p.sql.end({ timeout: 1 })));
  }
}

// Sends each query operation to a replica (replacing the context's database and its loaders), and
// marks the caller as having written after a mutation.
export function replicasPlugin(replicas: Replicas): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue: ctx }) {
          const route = ctx.route;
          if (!route || operation?.operation !== "query") return;
          const n = replicas.pick(route);
          if (n === undefined) return;
          const pool = replicas.pools[n]!;
          Object.assign(ctx, { db: pool.db, sql: pool.sql });
          ctx.loaders = new Loaders(ctx);
          route.replica = n;
        },
        async willSendResponse({ operation, contextValue: ctx }) {
          if (operation?.operation === "mutation") replicas.wrote(ctx);
        },
      };
    },
  };
}
