// The community audit of the GraphQL-over-HTTP specification (graphql-http's serverAudits) against
// /graphql of the production build: every MUST passes. Beside it, the same audits against a plain
// Apollo Server 5 (standalone, a one-field schema), the library daibiao's HTTP layer hands requests
// to, so the two scores are measured with the same version of the audits.
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { serverAudits, type AuditResult } from "graphql-http";
import { afterEach, describe, expect, it } from "vitest";
import { builtMain, startBuilt, type Built } from "../fuzz/server.js";
import { useTestDb } from "../harness.js";

const t = useTestDb();
let server: Built | undefined;
afterEach(() => {
  server?.stop();
  server = undefined;
});

async function audit(url: string, headers: Record<string, string> = {}): Promise<AuditResult[]> {
  // the caller's own headers added to each of the audit's requests (a BI tool's API token)
  const fetchFn = (input: string, init: RequestInit = {}) => fetch(input, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
  const results: AuditResult[] = [];
  for (const a of serverAudits({ url, fetchFn })) results.push(await a.fn());
  return results;
}

function score(label: string, results: AuditResult[]) {
  const ok = results.filter((r) => r.status === "ok").length;
  const failed = results.filter((r) => r.status !== "ok").map((r) => `${r.id} ${r.name}: ${(r as { reason?: string }).reason ?? ""}`);
  const mustFailed = results.filter((r) => r.status === "error").map((r) => r.id);
  console.log(`graphql-http audit, ${label}: ${ok} of ${results.length} passed, ${mustFailed.length} MUST failed${failed.length ? `\n  not passed:\n  ${failed.join("\n  ")}` : ""}`);
  return { ok, total: results.length, mustFailed, notOk: results.filter((r) => r.status !== "ok").map((r) => r.id).sort() };
}

describe.skipIf(!existsSync(builtMain))("GraphQL over HTTP (graphql-http's audits)", () => {
  it("passes every MUST as an API token's holder; anonymous callers are refused only the schema", async () => {
    server = await startBuilt(t().url);
    const token = `dbt_${randomBytes(24).toString("base64url")}`;
    const hash = createHash("sha256").update(token).digest("base64url");
    await t().sql`insert into api_tokens (name, token_hash, prefix) values ('audit', ${hash}, ${token.slice(0, 8)})`;

    const asToken = score("daibiao as an API token", await audit(`${server.base}/graphql`, { authorization: `Bearer ${token}` }));
    expect(asToken.mustFailed).toEqual([]);
    // Not passed: only the three MAYs about GET requests without a content type, which Apollo's CSRF
    // prevention refuses on purpose (a browser could send them cross-site with the session cookie).
    // The three SHOULDs about answering 200 to an application/json client pass (packages/api/src/http/graphql.ts).
    expect(asToken.notOk).toEqual(["5A70", "6A70", "D6D5"]);

    // Without a token, two MUST audits probe with `__type(name: …)`, introspection, which daibiao
    // answers only to signed-in callers (limits.ts): refused with 401 UNAUTHENTICATED, and nothing else differs.
    const anonymous = score("daibiao, anonymous", await audit(`${server.base}/graphql`));
    expect(anonymous.mustFailed.sort()).toEqual(["28B9", "BF61"]);
    expect(anonymous.notOk.filter((id) => !asToken.notOk.includes(id)).sort()).toEqual(["28B9", "2EA1", "BF61"]);
    const probe = await fetch(`${server.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `query Type($name: String!) { __type(name: $name) { name } }`, variables: { name: "sometype" } }),
    });
    expect(probe.status).toBe(401);
    expect((await probe.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("scores a plain Apollo Server 5 for comparison", async () => {
    const apollo = new ApolloServer({ typeDefs: `type Query { hello: String }`, resolvers: { Query: { hello: () => "world" } } });
    const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: "127.0.0.1" } });
    try {
      const plain = score("plain Apollo Server 5", await audit(url));
      expect(plain.mustFailed).toEqual([]);
    } finally {
      await apollo.stop();
    }
  });
});
