// PostGraphile v5 over the same tables, for comparison: the Amber preset, simplified names,
// connection filters (with relation filters, as daibiao's `mandate: {…}`) and aggregates.
// Run on Node 22 with GRAPHILE_ENV=production (see bench.ts). BENCH_WORKERS=N: N such processes on
// one port (workers.ts), as PostGraphile's documentation suggests for using more cores.
import { createServer } from "node:http";
import { PgAggregatesPreset } from "@graphile/pg-aggregates";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";
import pg from "pg";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import { primaryOfWorkers } from "./workers.js";

const connectionString = process.env.DATABASE_URL!;
const port = Number(process.env.PORT ?? 5000);
// The same pool size as daibiao's and the floor's (postgres.js max 10).
const pool = new pg.Pool({ connectionString, max: 10 });

// pg-aggregates counts only `distinctCount` (count(distinct id), 1.2–1.3× slower than count(*)); its
// aggregate specs are extensible, so PostGraphile gets a plain `count` as daibiao and the floor have.
const CountAggregatePlugin: GraphileConfig.Plugin = {
  name: "BenchCountAggregatePlugin",
  version: "0.0.0",
  after: ["PgAggregatesSpecsPlugin"],
  schema: {
    hooks: {
      build(build) {
        const b = build as typeof build & { pgAggregateSpecs: unknown[] };
        const sql = build.sql!;
        const { TYPES } = build.dataplanPg!;
        b.pgAggregateSpecs.push({
          id: "count",
          humanLabel: "count",
          HumanLabel: "Count",
          isSuitableType: () => true,
          sqlAggregateWrap: (frag: unknown) => sql`count(${frag as never})`,
          pgTypeCodecModifier: () => TYPES.bigint,
        });
        return build;
      },
    },
  },
};

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset, PostGraphileConnectionFilterPreset, PgAggregatesPreset],
  plugins: [CountAggregatePlugin],
  pgServices: [makePgService({ pool, schemas: ["public"] })],
  grafserv: { port, graphqlPath: "/graphql", graphiql: false, watch: false },
  grafast: { explain: false },
  schema: {
    connectionFilterRelations: true,
    // Its default: ordering, conditions and filters on indexed columns only (all that the queries use are).
  },
};

if (!primaryOfWorkers("postgraphile")) {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.once("listening", () => console.log(`postgraphile ready on http://localhost:${port}/graphql`));
  await serv.addTo(server);
  server.listen(port, "127.0.0.1");

  const stop = async () => {
    server.close();
    await pgl.release();
    await pool.end();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}
