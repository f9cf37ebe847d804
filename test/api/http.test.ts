// The system over HTTP, as a browser or a BI tool meets it: sign-in and the session cookie, API
// tokens, the throttle, masking, limits on what a request may cost, headers.
import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "../../packages/db/src/index.js";
import { setDirect } from "../../packages/api/src/grammar/direct.js";
import { useHttpApp, useTestDb } from "../harness.js";

const t = useTestDb();
const app = useHttpApp(t);
let base = "";

beforeEach(async () => {
  base = app();
  for (const role of ["admin", "editor", "viewer"]) {
    await t().sql`insert into users (username, display_name, role, password_hash) values (${`web-${role}`}, ${role === "editor" ? "编辑 web-editor" : null}, ${role}, ${await hashPassword(`${role}-password`)})`;
  }
  await t().sql`insert into deputies (id, name, gender, phone) values (1001, '张三', 'male', '13812345678')`;
});

type Res = { status: number; body: any; headers: Headers };
async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Res> {
  const r = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: r.status, body: await r.json(), headers: r.headers };
}
async function signIn(role: string): Promise<string> {
  const r = await post(`mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { me { role } } }`, { u: `web-${role}`, p: `${role}-password` });
  expect(r.body.errors).toBeUndefined();
  const cookie = r.headers.get("set-cookie")!;
  expect(cookie).toMatch(/daibiao_session=/);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  return cookie.split(";")[0]!;
}

describe("sign-in and sessions", () => {
  it("signs in, knows who is asking, signs out", async () => {
    expect((await post(`{ me { name } }`)).body.data.me).toBeNull();
    const cookie = await signIn("editor");
    expect((await post(`{ me { name role displayName } }`, {}, { cookie })).body.data.me).toEqual({ name: "web-editor", role: "EDITOR", displayName: "编辑 web-editor" });
    expect((await post(`{ deputies { totalCount } }`, {}, { cookie })).body.data.deputies.totalCount).toBe(1);
    await post(`mutation { signOut }`, {}, { cookie });
    const after = await post(`{ deputies { totalCount } }`, {}, { cookie });
    expect(after.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const [{ n }] = await t().sql`select count(*)::int as n from audit_logs where operation in ('sign_in', 'sign_out')`;
    expect(n).toBe(2);
  });

  it("refuses anonymous reads and viewers' writes, before looking at the input", async () => {
    expect((await post(`{ deputies { totalCount } }`)).body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const cookie = await signIn("viewer");
    const w = await post(`mutation { createDeputy(input: { name: " ", gender: MALE }) { id } }`, {}, { cookie });
    expect(w.body.errors[0].extensions.code).toBe("FORBIDDEN");
  });

  it("throttles repeated failed sign-ins per user name", async () => {
    const attempt = (p: string) => post(`mutation ($p: String!) { signIn(username: "web-admin", password: $p) { me { role } } }`, { p });
    for (let i = 0; i < 5; i++) expect((await attempt("wrong")).body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const blocked = await attempt("admin-password");
    expect(blocked.body.errors[0].extensions.code).toBe("TOO_MANY_REQUESTS");
    expect(blocked.body.errors[0].extensions.retryAfter).toBeGreaterThan(0);
  });
});

describe("personal data", () => {
  it("shows phones in full to editors and masked to viewers and API tokens; tokens are read-only and revocable", async () => {
    const q = `{ deputy(id: "1001") { phone } }`;
    expect((await post(q, {}, { cookie: await signIn("editor") })).body.data.deputy.phone).toBe("13812345678");
    expect((await post(q, {}, { cookie: await signIn("viewer") })).body.data.deputy.phone).toBe("138****5678");

    const admin = await signIn("admin");
    const made = await post(`mutation { createApiToken(name: "大屏") { token apiToken { id prefix } } }`, {}, { cookie: admin });
    const { token, apiToken } = made.body.data.createApiToken;
    const bearer = { authorization: `Bearer ${token}` };
    expect((await post(q, {}, bearer)).body.data.deputy.phone).toBe("138****5678");
    expect((await post(`mutation { deleteDeputy(id: "1001") { id } }`, {}, bearer)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    const [row] = await t().sql`select token_hash, last_used_at from api_tokens where id = ${Number(apiToken.id)}`;
    expect(row!.token_hash).not.toContain(token);
    expect(row!.last_used_at).not.toBeNull();
    await post(`mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id }, { cookie: admin });
    expect((await post(q, {}, bearer)).body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("keeps personal data out of the audit log and out of error messages", async () => {
    const cookie = await signIn("editor");
    const u = await post(`mutation { updateDeputy(id: "1001", input: { phone: "13900001111", idCard: "11010519491231002X", version: 1 }) { version } }`, {}, { cookie });
    expect(u.body.errors).toBeUndefined();
    const bad = await post(`mutation { updateDeputy(id: "1001", input: { phone: "1390000111x", version: 2 }) { version } }`, {}, { cookie });
    expect(JSON.stringify(bad.body)).not.toContain("1390000111x");
    const logs = await post(`{ auditLogs(filter: { recordType: { eq: "Deputy" }, recordId: { eq: "1001" } }) { nodes { actor operation before after } } }`, {}, { cookie: await signIn("admin") });
    const entry = logs.body.data.auditLogs.nodes[0];
    expect(entry).toMatchObject({ actor: "web-editor", operation: "update" });
    const text = JSON.stringify(entry);
    expect(text).not.toContain("13812345678");
    expect(text).not.toContain("13900001111");
    expect(text).not.toContain("11010519491231002X");
    expect(entry.after.phone).toBe("139****1111");
    expect(entry.after.idCard).toBe("**************002X");
  });
});

describe("limits and headers", () => {
  it("refuses introspection to anonymous callers only", async () => {
    expect((await post(`{ __schema { queryType { name } } }`)).body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await post(`{ __schema { queryType { name } } }`, {}, { cookie: await signIn("viewer") })).body.data.__schema.queryType.name).toBe("Query");
  });

  it("refuses a query too deep or too wide before running it", async () => {
    const cookie = await signIn("viewer");
    const deep = `{ stations { nodes { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } }`;
    expect((await post(deep, {}, { cookie })).body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    const wide = `{ deputies(first: 1000) { nodes { mandates(first: 1000) { district { name } } trainings(first: 1000) { training { title } } } } }`;
    expect((await post(wide, {}, { cookie })).body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses a body over the limit with a GraphQL-shaped error", async () => {
    const r = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ me { name } }`, pad: "x".repeat(6 * 1024 * 1024) }) });
    expect(r.status).toBe(413);
    expect((await r.json()).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers a body that is not JSON with BAD_REQUEST, and marks the session cookie Secure behind a trusted HTTPS proxy", async () => {
    for (const body of ["{ not json", '"a string"']) {
      const r = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(r.status).toBe(400);
      expect((await r.json()).errors[0].extensions.code).toBe("BAD_REQUEST");
    }
    const signInAs = (headers: Record<string, string>) =>
      post(`mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { me { name } } }`, { u: "web-viewer", p: "viewer-password" }, headers);
    // the test's requests come from 127.0.0.1, a trusted proxy by default (DAIBIAO_TRUST_PROXY=loopback)
    expect((await signInAs({ "x-forwarded-proto": "https" })).headers.get("set-cookie")).toMatch(/;\s*Secure/i);
    expect((await signInAs({})).headers.get("set-cookie")).not.toMatch(/;\s*Secure/i);
  });

  it("sends an answer that PostgreSQL wrote (direct.ts) as the ordinary way writes it: same values, same key order", async () => {
    await t().sql`insert into deputies (id, name, gender) values (1002, '李四', 'female'), (1003, '王五', 'male')`;
    await t().sql`insert into deputy_mandates (deputy_id, level, congress_term, start_date) values (1001, 'city', 3, '2022-01-01'), (1001, 'county', 5, '2021-06-30'), (1003, 'township', 7, '2021-05-01')`;
    const cookie = await signIn("editor");
    const query = `query Q($first: Int, $offset: Int) {
      __typename
      page: deputies(first: $first, offset: $offset, orderBy: [NAME_DESC]) {
        totalCount
        nodes { id name gender birthDate createdAt mandates(orderBy: [START_DATE_ASC]) { level congressTerm startDate } }
        pageInfo { hasNextPage hasPreviousPage endCursor __typename }
      }
      one: deputy(id: 1001) { name mandates { level } }
      none: deputy(id: 999999) { name }
      byGender: deputiesAggregate(groupBy: [GENDER]) { groups { key { gender } count } total { count } }
    }`;
    const raw = async (variables: Record<string, unknown>) => {
      const r = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ query, variables }) });
      expect(r.status).toBe(200);
      return r.text();
    };
    for (const variables of [{ first: 2 }, { first: 2, offset: 2 }, { first: 5 }, { first: 1, offset: 1 }]) {
      const direct = await raw(variables);
      setDirect(false);
      const ordinary = await raw(variables).finally(() => setDirect(true));
      expect(JSON.parse(direct).errors).toBeUndefined();
      expect(direct).not.toContain("__daibiao_answer_");
      // PostgreSQL's json puts spaces after ':' and ','; the rest is the same, key order included
      expect(JSON.stringify(JSON.parse(direct))).toBe(JSON.stringify(JSON.parse(ordinary)));
      expect(direct).not.toBe(ordinary);
    }
    expect(JSON.parse(await raw({ first: 2 })).data.page.nodes.map((d: { name: string }) => d.name)).toEqual(["王五", "李四"]);
  });

  it("keeps CSRF prevention on, sends security headers, and allows no foreign origin", async () => {
    const csrf = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ me { name } }" }) });
    expect(csrf.status).toBe(400);
    const r = await post(`{ me { name } }`, {}, { origin: "https://evil.example" });
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("content-security-policy")).toContain("default-src 'self'");
  });
});
