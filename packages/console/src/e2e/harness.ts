// What the browser tests share, copied from console.test.ts (which keeps its own, started with
// `pnpm start` on a new embedded database that seeds itself, as a user starts it): the built server
// (`pnpm test` has just built everything) on a free port, on a copy of the demo database that the test
// setup seeded once (test/global-setup.ts: daibiao_demo_tpl, a database of the tests' PostgreSQL),
// so no file spends its first half-minute on initdb and the demo seed; Chromium, sign-in through the
// login page, GraphQL calls with a context's cookies, and the inputs found by their labels.
// DAIBIAO_E2E_URL: use a server already running instead.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { inject } from "vitest";
import { readyAddress } from "../../../../test/ready.js";
import { TEST_SECRET } from "../../../../test/secret.js";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const enabled = process.env.DAIBIAO_BROWSER_TESTS !== "0";
export const root = fileURLToPath(new URL("../../../../", import.meta.url));
export const shots = path.join(root, "packages/console/screenshots");

export type System = { base: string; browser: Browser; stop: () => Promise<void> };

// test/global-setup.ts provides the tests' PostgreSQL (declared there too, for the other packages)
declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}

// The tests' PostgreSQL, another database of it.
function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

// One statement on the tests' PostgreSQL as its admin.
async function asAdmin(statement: string): Promise<void> {
  const sql = postgres(inject("adminUrl"), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end();
  }
}

export async function startSystem(): Promise<System> {
  mkdirSync(shots, { recursive: true });
  let server: ChildProcess | undefined;
  let database = "";
  let base = process.env.DAIBIAO_E2E_URL;
  if (!base) {
    database = `e2e_${randomBytes(6).toString("hex")}`;
    await asAdmin(`create database ${database} template daibiao_demo_tpl strategy file_copy`);
    server = spawn(process.execPath, ["packages/api/dist/main.js"], {
      cwd: root,
      env: { ...process.env, PORT: "0", DATABASE_URL: withDatabase(inject("adminUrl"), database), DAIBIAO_SECRET: TEST_SECRET, DAIBIAO_DEMO: "0" },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    base = await readyAddress(server, "the built server");
  }
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=zh-CN"],
    env: { ...process.env, LANGUAGE: "zh_CN", LANG: "zh_CN.UTF-8" },
  });
  return {
    base,
    browser,
    stop: async () => {
      await browser.close();
      if (server?.pid && server.exitCode === null) {
        const exited = new Promise((r) => server!.once("exit", r));
        try {
          process.kill(-server.pid, "SIGTERM"); // the server's process group, started above
        } catch {}
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      }
      if (database) await asAdmin(`drop database if exists ${database} with (force)`);
    },
  };
}

// A new browser context signed in through the login page; the dashboard is then shown.
export async function signInAs(system: System, username: string, password: string): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await system.browser.newContext({ locale: "zh-CN", viewport: { width: 1400, height: 1000 } });
  const page = await ctx.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(system.base);
  await page.waitForURL(/\/login$/, { timeout: 60_000 });
  await page.getByRole("textbox", { name: "用户名" }).fill(username);
  await page.getByRole("textbox", { name: "密码" }).fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByTestId("dashboard").waitFor();
  return { ctx, page };
}

// One GraphQL call with a context's cookies (its session).
export async function gql<T = any>(system: System, ctx: BrowserContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await ctx.request.post(`${system.base}/graphql`, { data: { query, variables }, headers: { "content-type": "application/json" } });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join("; ")}`);
  return body.data as T;
}

// Records of a list whose name no other record shares, so that a picker's first suggestion is the one
// meant: `count` of the first `scan` by id (fails when there are fewer).
export async function namedAlone(system: System, ctx: BrowserContext, list: string, count: number, scan = 40): Promise<{ id: string; name: string }[]> {
  const rows = (await gql(system, ctx, `{ ${list}(first: ${scan}, orderBy: [ID_ASC]) { nodes { id name } } }`))[list].nodes as { id: string; name: string }[];
  const alone: { id: string; name: string }[] = [];
  for (const r of rows) {
    const same = await gql(system, ctx, `query($q: String) { ${list}(filter: { q: $q }) { totalCount } }`, { q: r.name });
    if (same[list].totalCount === 1) alone.push(r);
    if (alone.length === count) return alone;
  }
  throw new Error(`fewer than ${count} ${list} with a name of their own among the first ${scan}`);
}

// Inputs by their label (a required input's label ends with " *"), within `scope` (a page or a dialog).
type Scope = Pick<Page, "getByLabel" | "getByRole">;
export const label = (text: string) => new RegExp(`^${text}(\\s*\\*)?$`);
export const field = (scope: Scope, text: string) => scope.getByLabel(label(text));

export async function pick(page: Page, scope: Scope, text: string, option: string, nth = 0) {
  await field(scope, text).nth(nth).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

// A server-side search picker: type, then choose the first suggestion matching `option`.
export async function autocomplete(page: Page, scope: Scope, text: string, typed: string, option: string | RegExp, nth = 0) {
  const input = field(scope, text).nth(nth);
  await input.click();
  await input.fill(typed);
  await page.getByRole("option", { name: option }).first().click();
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: false });
}
