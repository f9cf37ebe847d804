// The production build (`node packages/api/dist/main.js`, what `pnpm start` runs) on a test database,
// on a free port; its output is kept, so a test can look for what it must never log.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../../packages/db/src/index.js";
import { readyAddress } from "../ready.js";
import { TEST_SECRET } from "../secret.js";

export const builtMain = path.join(repoRoot, "packages/api/dist/main.js");

export type Built = { base: string; child: ChildProcess; output: () => string; alive: () => boolean; stop: () => void };

export async function startBuilt(databaseUrl: string, env: Record<string, string> = {}): Promise<Built> {
  // the key file and anything else the server keeps on disk: in a folder of its own, removed after
  const dataDir = mkdtempSync(path.join("/tmp", "daibiao-built-"));
  // as `pnpm start` runs it: without the test runner's NODE_ENV
  const { NODE_ENV: _runner, ...inherited } = process.env;
  const child = spawn(process.execPath, [builtMain], {
    cwd: repoRoot,
    env: { ...inherited, DATABASE_URL: databaseUrl, DAIBIAO_DATA_DIR: dataDir, PORT: "0", DAIBIAO_SECRET: TEST_SECRET, DAIBIAO_DEMO: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let exited = false;
  child.stdout!.on("data", (b: Buffer) => void (output += b.toString()));
  child.stderr!.on("data", (b: Buffer) => void (output += b.toString()));
  child.on("exit", () => void (exited = true));
  const stop = () => {
    child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const base = (await readyAddress(child, "the server")).replace("localhost", "127.0.0.1");
    return { base, child, output: () => output, alive: () => !exited && child.exitCode === null, stop };
  } catch (e) {
    stop();
    throw e;
  }
}
