// `pnpm start`: the whole system on one port, on the embedded PostgreSQL unless DATABASE_URL is set.
import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { connect, migrate, piiKey, piiSecret, startEmbedded, type EmbeddedServer } from "@daibiao/db";
import { seedDemo } from "@daibiao/db/seed";
import { districts } from "@daibiao/db";
import { ensureFirstAdmin } from "./auth/first-admin.js";
import { createApp } from "./server.js";

const t0 = performance.now();
const port = Number(process.env.PORT ?? 4000);
let embedded: EmbeddedServer | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  embedded = await startEmbedded();
  url = embedded.url;
  console.log(`embedded PostgreSQL ${embedded.created ? "created" : "started"} in ${embedded.dir}`);
}
const { db, sql } = connect(url);
await migrate(db);
const pii = piiKey(piiSecret());

// The demo data goes into the embedded database on its first start (or when DAIBIAO_DEMO=1), never
// silently into a database of one's own.
const empty = (await db.select({ id: districts.id }).from(districts).limit(1)).length === 0;
// before the demo data, whose demo users would otherwise count as "some users already"
await ensureFirstAdmin(db);
const demo = process.env.DAIBIAO_DEMO ? process.env.DAIBIAO_DEMO === "1" : !!embedded;
if (empty && demo) {
  const t = performance.now();
  await seedDemo(db, pii);
  console.log(`demo data of Bijie loaded in ${Math.round(performance.now() - t)} ms`);
}

const { httpServer, apollo } = await createApp({ db, sql, pii });
await new Promise<void>((resolve, reject) => {
  httpServer.once("error", reject);
  httpServer.listen(port, resolve);
});
const actual = (httpServer.address() as { port: number }).port;
console.log(`daibiao is ready at http://localhost:${actual}/ (GraphQL API: http://localhost:${actual}/graphql), started in ${Math.round(performance.now() - t0)} ms`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  await apollo.stop();
  await sql.end({ timeout: 5 });
  await embedded?.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
