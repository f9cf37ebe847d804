#!/usr/bin/env node
// `pnpm test [vitest filters/options…]`: build with tsc, build the GraphQL schema under tsx (esbuild
// emits no decorator metadata, so this proves every type is explicit), install Chromium when browser
// tests need it (beside the build), then run Vitest and close with a plain `N passed, N failed` line.
// Env: DAIBIAO_BROWSER_TESTS=0 skips the Chromium step; DATABASE_URL is passed on to the tests;
// DAIBIAO_TEST_SUMMARY=<file> also writes "passed failed skipped" there, and the failed tests' names
// to <file>.failures (for .ci/run, which repeats them at its end, where a cut log still shows them).
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
process.chdir(root);
const args = process.argv.slice(2);
if (args[0] === "--") args.shift();

function run(label, cmd, cmdArgs, env = process.env) {
  const t0 = Date.now();
  console.log(`\n▶ ${label}: ${[cmd, ...cmdArgs].join(" ")}`);
  const r = spawnSync(cmd, cmdArgs, { stdio: "inherit", env });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const code = r.status ?? (r.signal ? 128 : 1);
  console.log(`◀ ${label}: ${code === 0 ? "exit 0" : `FAILED (${r.error?.message ?? r.signal ?? `exit ${code}`})`} in ${secs}s`);
  return code;
}

function fail(message, code = 1) {
  console.error(`\n✖ ${message}`);
  process.exit(code);
}

// 1. tsc -b: the packages (and their decorator types) compile. DAIBIAO_TEST_BUILT=1 skips steps 1 and
// 2 when the same tree was just built and checked (.ci/run's second pass).
const built = process.env.DAIBIAO_TEST_BUILT === "1";

// 3 (started first). Chromium for the console's browser tests: apt-get runs beside the build (mostly
// downloads and unpacking; ~45 s of CI's time), its output shown when it is done.
const chromium = "/usr/bin/chromium";
let chromiumInstall = Promise.resolve(0);
let installing = false;
if (process.env.DAIBIAO_BROWSER_TESTS !== "0" && existsSync(path.join(root, "packages/console")) && !existsSync(chromium)) {
  if (process.getuid?.() === 0) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    console.log("\n▶ install chromium (apt-get update; apt-get install -y chromium), beside the build");
    const t0 = Date.now();
    // its output into a file, not a pipe: the build's spawnSync holds this process's event loop, and
    // a pipe nobody reads would stop apt-get once full
    const logFile = path.join(mkdtempSync(path.join(tmpdir(), "daibiao-apt-")), "apt.log");
    const fd = openSync(logFile, "w");
    installing = true;
    chromiumInstall = new Promise((resolve) => {
      const p = spawn("sh", ["-c", "apt-get update && apt-get install -y chromium"], { env, stdio: ["ignore", fd, fd] });
      p.on("close", (c) => {
        closeSync(fd);
        const code = c ?? 1;
        const tail = readFileSync(logFile, "utf8").split("\n").slice(-12).join("\n");
        console.log(`${tail}\n◀ install chromium: ${code === 0 ? "exit 0" : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
        resolve(code);
      });
    });
  } else {
    console.warn(
      `\n⚠ ${chromium} is missing and this is not root, so it is not installed here: browser tests will fail.\n` +
        "  Install it with `sudo apt-get install -y chromium`, or set DAIBIAO_BROWSER_TESTS=0 to skip them.",
    );
  }
}

let code = built ? 0 : run("build", "pnpm", ["build"]);
if (code !== 0) fail("pnpm build failed (see its output above)", code);

// 2. The schema under tsx (no decorator metadata) equals the committed packages/api/schema.graphql.
// tsx reads the tsconfig of the working directory, so point it at the api's (decorator flags).
code = built ? 0 : run("schema under tsx", "pnpm", [
  "exec", "tsx", "--tsconfig", "packages/api/tsconfig.json", "packages/api/src/cli/emit-schema.ts", "--check",
]);
if (code !== 0) fail("the GraphQL schema does not build under tsx, or packages/api/schema.graphql is stale", code);

// 3. Chromium, started above: wait for it.
code = await chromiumInstall;
if (installing && (code !== 0 || !existsSync(chromium))) fail("could not install chromium (apt-get install -y chromium)", code || 1);

// 4. Vitest, with its JSON report for the closing line.
const tmp = mkdtempSync(path.join(tmpdir(), "daibiao-vitest-"));
const reportFile = path.join(tmp, "report.json");
code = run("vitest", "pnpm", [
  "exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${reportFile}`, ...args,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = []; // "file › test: first line of the error"
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, "utf8"));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that failed as a whole (import error, failing hook) has no failed test of its own: count it once.
  for (const file of report.testResults ?? []) {
    const name = path.relative(root, file.name);
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === "failed");
    for (const t of failedTests) {
      failures.push(`${name} › ${t.fullName ?? t.title}: ${String(t.failureMessages?.[0] ?? "").split("\n")[0].slice(0, 300)}`);
    }
    if (file.status === "failed" && failedTests.length === 0) {
      failures.push(`${name}: ${String(file.message ?? "failed").split("\n")[0].slice(0, 300)}`);
      failed += 1;
    }
  }
} else if (code !== 0) {
  console.error("✖ vitest wrote no report (it failed before running tests, e.g. in the global setup)");
  failed = 1;
}
rmSync(tmp, { recursive: true, force: true });

for (const f of failures) console.error(`✖ ${f}`);
if (process.env.DAIBIAO_TEST_SUMMARY) {
  writeFileSync(process.env.DAIBIAO_TEST_SUMMARY, `${passed} ${failed} ${skipped}\n`);
  writeFileSync(`${process.env.DAIBIAO_TEST_SUMMARY}.failures`, failures.map((f) => `${f}\n`).join(""));
}
if (passed + failed === 0) console.error("✖ no test ran");
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(code !== 0 || failed > 0 || passed + failed === 0 ? code || 1 : 0);
