// The built server (`node packages/api/dist/main.js`) as a child process, for the fault tests: start
// it with its settings, sign in, send GraphQL requests with a time limit and see how each one ended.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import { connect, repoRoot, type Sql } from "../../packages/db/src/index.js";
import { readyAddress } from "../ready.js";
import { TEST_SECRET } from "../secret.js";

export const main = path.join(repoRoot, "packages/api/dist/main.js");
export const ADMIN_PASSWORD = "faults-admin-password";

export type Server = {
  base: string;
  child: ChildProcess;
  log: () => string;
  // the exit code (null when killed by a signal) and the signal
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

// `env`: DATABASE_URL (or DAIBIAO_DATA_DIR for the embedded database) and the settings under test.
export async function startServer(env: Record<string, string | undefined>): Promise<Server> {
  const { DATABASE_URL: _inherited, ...rest } = process.env;
  const child = spawn(process.execPath, [main], {
    cwd: repoRoot,
    env: { ...rest, PORT: "0", DAIBIAO_DEMO: "0", DAIBIAO_SECRET: TEST_SECRET, DAIBIAO_ADMIN_PASSWORD: ADMIN_PASSWORD, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (b: Buffer) => (log += b.toString()));
  child.stderr!.on("data", (b: Buffer) => (log += b.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const base = await readyAddress(child, "the server");
  return { base, child, log: () => log, exited };
}

export async function signIn(base: string): Promise<string> {
  const r = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation($p: String!) { signIn(username: "admin", password: $p) { me { name } } }`, variables: { p: ADMIN_PASSWORD } }),
  });
  const cookie = r.headers.get("set-cookie");
  if (r.status !== 200 || !cookie) throw new Error(`sign-in failed: ${r.status} ${await r.text()}`);
  return cookie.split(";")[0]!;
}

export type Outcome = {
  // HTTP status, or how it failed: "refused" (no listener), "reset" (the connection was dropped),
  // "no answer" (the time limit passed)
  status: number | "refused" | "reset" | "no answer";
  ms: number;
  body?: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  startedAt: number;
};

// One GraphQL request on a connection of its own (no keep-alive: every request meets the listener
// as it is at that moment), given up after `limitMs`.
export function gql(base: string, cookie: string, query: string, variables: Record<string, unknown> = {}, limitMs = 20_000): Promise<Outcome> {
  const startedAt = performance.now();
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve) => {
    const done = (o: Omit<Outcome, "ms" | "startedAt">) => resolve({ ...o, ms: performance.now() - startedAt, startedAt });
    const req = http.request(
      `${base}/graphql`,
      { method: "POST", agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), cookie } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => {
          let body: Outcome["body"];
          try {
            body = JSON.parse(text) as Outcome["body"];
          } catch {
            body = { errors: [{ message: text }] };
          }
          done({ status: res.statusCode ?? 0, body });
        });
        res.on("error", () => done({ status: "reset" }));
      },
    );
    req.setTimeout(limitMs, () => {
      req.destroy();
      done({ status: "no answer" });
    });
    req.on("error", (e: NodeJS.ErrnoException) => done({ status: e.code === "ECONNREFUSED" ? "refused" : "reset" }));
    req.end(payload);
  });
}

export const codeOf = (o: Outcome) => o.body?.errors?.[0]?.extensions?.code;

// The embedded database a server started in `dataDir`: its URL, from the password file and the
// port in postmaster.pid (4th line).
export function embeddedUrl(dataDir: string): string {
  const password = readFileSync(path.join(dataDir, "pg-password"), "utf8").trim();
  const port = readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[3]!.trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/daibiao`;
}

// Rows and audit rows must match one to one: every created record has its "create" audit row and
// every such audit row its record. Returns the ids on either side without the other.
export async function unmatched(url: string, table: string, recordType: string): Promise<{ rows: number; audits: number; withoutAudit: string[]; auditWithoutRow: string[] }> {
  const { sql } = connect(url, { max: 1 });
  try {
    const rows = await sql.unsafe<{ id: string }[]>(`select id::text from ${table}`);
    const audits = await sql<{ id: string }[]>`select record_id as id from audit_logs where record_type = ${recordType} and operation = 'create'`;
    const a = new Set(audits.map((r) => r.id));
    const r = new Set(rows.map((x) => x.id));
    return {
      rows: r.size,
      audits: audits.length,
      withoutAudit: [...r].filter((id) => !a.has(id)),
      auditWithoutRow: [...a].filter((id) => !r.has(id)),
    };
  } finally {
    await sql.end();
  }
}

// Another session holds the districts table (as a slow statement or a long migration would) until
// `until` settles: requests that touch it wait. Resolves once the lock is taken.
export async function holdLock(sql: Sql, until: Promise<unknown>): Promise<void> {
  await new Promise<void>((locked) => {
    void sql
      .begin(async (tx) => {
        await tx`lock table districts in access exclusive mode`;
        locked();
        await until;
      })
      .catch(() => {});
  });
}

export type Exchange = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
};

// One GraphQL request on a connection of its own, with its answer's headers (cookies, which process).
export function exchange(base: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Exchange> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${base}/graphql`,
      { method: "POST", agent: false, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...headers } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) }));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}
