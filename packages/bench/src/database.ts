// The benchmark's database: DATABASE_URL when given, else an embedded PostgreSQL of its own in
// .daibiao/bench (BENCH_DATA_DIR), apart from the demo database.
import path from "node:path";
import { connect, dataDir, startEmbedded, type Sql } from "@daibiao/db";

export type BenchDb = { url: string; embedded: boolean; stop: () => Promise<void> };

export function benchDir(): string {
  return process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : path.join(dataDir(), "bench");
}

// Settings for the embedded server only (a database of one's own is left as it is): enough shared
// buffers for the hot part of the 1M data set, and fewer checkpoints during the bulk load.
const EMBEDDED_SETTINGS: Record<string, string> = {
  shared_buffers: "2GB",
  max_wal_size: "8GB",
  checkpoint_timeout: "30min",
  max_connections: "200",
};

export async function openBenchDb(log: (m: string) => void = console.log): Promise<BenchDb> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const dir = path.join(benchDir(), "pg");
  let server = await startEmbedded(dir, "daibiao");
  log(`embedded PostgreSQL ${server.created ? "created" : "started"} in ${dir}`);
  const admin = connect(server.adminUrl, { max: 1 });
  let changed = false;
  for (const [name, value] of Object.entries(EMBEDDED_SETTINGS)) {
    const [current] = await admin.sql.unsafe(`show ${name}`);
    if (current![name] !== value) {
      await admin.sql.unsafe(`alter system set ${name} = '${value}'`);
      changed = true;
    }
  }
  await admin.sql.end();
  if (changed) {
    await server.stop();
    server = await startEmbedded(dir, "daibiao");
  }
  return { url: server.url, embedded: true, stop: server.stop };
}

export async function serverVersion(sql: Sql): Promise<string> {
  const [r] = await sql<{ v: string }[]>`select current_setting('server_version') as v`;
  return r!.v;
}
