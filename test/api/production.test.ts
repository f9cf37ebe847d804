// The production build (`node packages/api/dist/main.js`, what `pnpm start` runs) on a database of
// one's own: outside the test runner's module aliases, the limits still hold and a query is answered.
// (`pnpm test` builds dist before it runs the tests.)
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot } from "../../packages/db/src/index.js";
import { useTestDb } from "../harness.js";
import { readyAddress } from "../ready.js";
import { TEST_SECRET } from "../secret.js";

const t = useTestDb();
const main = path.join(repoRoot, "packages/api/dist/main.js");
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill("SIGKILL");
  child = undefined;
});

function start(url: string): Promise<string> {
  child = spawn(process.execPath, [main], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: url, PORT: "0", DAIBIAO_SECRET: TEST_SECRET, DAIBIAO_ADMIN_PASSWORD: "production-test-password", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return readyAddress(child, "the server");
}

describe.skipIf(!existsSync(main))("the production build", () => {
  it("refuses a query too wide and answers one that fits", async () => {
    const base = await start(t().url);
    let status = 0;
    const post = async (query: string) => {
      const r = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
      status = r.status;
      return r.json();
    };
    const wide = await post(`{ deputies(first: 1000) { nodes { mandates(first: 1000) { district { name } } trainings(first: 1000) { training { title } } } } }`);
    expect(wide.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(wide.errors[0].extensions.maxComplexity).toBe(50_000);
    expect(wide.errors[0].extensions.http).toBeUndefined();
    expect(status).toBe(400);
    const deep = await post(`{ stations { nodes { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } }`);
    expect(deep.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    // a query that fits is let through, to be refused only because nobody signed in
    const fits = await post(`{ deputies(first: 5) { nodes { name } } }`);
    expect(fits.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("answers introspection to a signed-in caller or token holder (the console and BI tools build their queries from it), not to anonymous ones", async () => {
    const base = await start(t().url);
    const post = async (query: string, headers: Record<string, string> = {}) => {
      const r = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
      return { status: r.status, body: (await r.json()) as { data?: any; errors?: { extensions: { code: string } }[] } };
    };
    // an API token (the test database's users have no passwords): read-only, like a BI tool's
    const token = `dbt_production_${Date.now()}`;
    await t().sql`insert into api_tokens (name, token_hash, prefix) values ('production-test', ${createHash("sha256").update(token).digest("base64url")}, 'dbt_prod')`;
    const auth = { authorization: `Bearer ${token}` };
    const signedIn = await post(`{ __schema { queryType { name } } }`, auth);
    expect(signedIn.body.errors, JSON.stringify(signedIn.body.errors)).toBeUndefined();
    expect(signedIn.body.data.__schema.queryType.name).toBe("Query");
    const anonymous = await post(`{ __schema { queryType { name } } }`);
    expect(anonymous.body.errors![0]!.extensions.code).toBe("UNAUTHENTICATED");
  });
});
