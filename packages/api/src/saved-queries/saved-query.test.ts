// Saved queries: admins save a named query (checked against the schema), and a token holder runs it
// by GET /saved/<name> as JSON or CSV, cacheable (ETag, Cache-Control); tokens marked savedQueriesOnly
// run nothing else.
import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@daibiao/db";
import { useHttpApp, useTestDb } from "../../../../test/harness.js";

const t = useTestDb();
const app = useHttpApp(t);
let base = "";

// odd text: quotes, commas, a line break, emoji, a formula, an empty address, a long name
const LONG = "很长的站名".repeat(40);
const STATIONS: [number, string, string | null, string][] = [
  [1, '七星关区"示范",联络站', "13812345678", "A"],
  [2, "大方县 🏛️ 站\n第二行", null, ""],
  [3, "=SUM(A1:A9)", "0857-8221234", "  空格  "],
  [4, LONG, "13900001111", "é"],
];

beforeEach(async () => {
  base = app();
  await t().sql`insert into users (username, role, password_hash) values ('web-admin', 'admin', ${await hashPassword("admin-password")})`;
  await t().sql`insert into districts (id, code, name, level) values (1, '520502', '七星关区', 'county'), (2, '520521', '大方县', 'county')`;
  for (const [id, name, phone, address] of STATIONS) {
    await t().sql`insert into stations (id, name, kind, district_id, contact_phone, address) values (${id}, ${name}, 'station', ${id % 2 ? 1 : 2}, ${phone}, ${address})`;
  }
});

type Res = { status: number; text: string; headers: Headers };
async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const r = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: r.status, body: (await r.json()) as any };
}
async function get(path: string, headers: Record<string, string> = {}): Promise<Res> {
  const r = await fetch(`${base}${path}`, { headers });
  return { status: r.status, text: await r.text(), headers: r.headers };
}
async function adminCookie(): Promise<string> {
  const r = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation { signIn(username: "web-admin", password: "admin-password") { me { role } } }` }),
  });
  return r.headers.get("set-cookie")!.split(";")[0]!;
}
async function newToken(cookie: string, savedQueriesOnly: boolean): Promise<string> {
  const r = await post(`mutation ($s: Boolean!) { createApiToken(name: "大屏 📺", savedQueriesOnly: $s) { token apiToken { savedQueriesOnly } } }`, { s: savedQueriesOnly }, { cookie });
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data.createApiToken.apiToken.savedQueriesOnly).toBe(savedQueriesOnly);
  return r.body.data.createApiToken.token;
}

// An RFC 4180 reader, written for the test (not the server's writer run backwards).
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    } else cell += c;
  }
  expect(cell).toBe("");
  expect(row).toEqual([]);
  return rows;
}

const STATIONS_QUERY = `query ($kind: StationKind = STATION, $first: Int = 50, $order: [StationOrderBy!] = [ID_ASC]) {
  stations(filter: { kind: { eq: $kind } }, orderBy: $order, first: $first) {
    totalCount
    nodes { id name address contactPhone isModel district { name } }
  }
}`;

describe("saving a query", () => {
  const create = `mutation ($input: CreateSavedQueryInput!) { createSavedQuery(input: $input) { id name title variables maxAge createdById version } }`;
  const count = async () => (await t().sql`select (select count(*) from saved_queries)::int as q, (select count(*) from audit_logs where record_type = 'SavedQuery')::int as a`)[0]!;

  it("checks the query against the schema, names the field, and writes nothing when it is wrong", async () => {
    const bad: [Record<string, unknown>, string, RegExp][] = [
      [{ query: "{ stations { nodes { id }" }, "input.query", /Syntax Error/],
      [{ query: "{ stations { nodes { nosuchfield } } }" }, "input.query", /nosuchfield/],
      [{ query: `mutation { deleteStation(id: "1") { id } }` }, "input.query", /must be a query/],
      [{ query: "query a { me { name } } query b { me { name } }" }, "input.query", /exactly one operation/],
      [{ query: STATIONS_QUERY, variables: { nope: 1 } }, "input.variables.nope", /not a variable/],
      [{ query: STATIONS_QUERY, name: "有 空格" }, "input.name", /letters, digits/],
      [{ query: STATIONS_QUERY, name: "" }, "input.name", /empty/],
      [{ query: STATIONS_QUERY, maxAge: -1 }, "input.maxAge", /./],
      [{ query: `{ stations(filter: ${"{ not: ".repeat(400)}{}${" }".repeat(400)}) { totalCount } }` }, "input.query", /levels deep/],
    ];
    for (const [input, field, message] of bad) {
      const r = await t().gql(create, { input: { name: "s", title: "站点", ...input } });
      expect(r.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: "BAD_USER_INPUT" });
      const f = (r.errors![0]!.extensions!.fields as { field: string; message: string }[]).find((x) => x.field === field);
      expect(f?.message, JSON.stringify(input)).toMatch(message);
    }
    expect(await count()).toEqual({ q: 0, a: 0 });
  });

  it("saves, updates with the version, refuses a second of the same name, deletes; each change audited", async () => {
    const r = await t().gql(create, { input: { name: "stations-by-kind", title: "站点 🏛️", query: STATIONS_QUERY, variables: { first: 2 } } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createSavedQuery).toMatchObject({ name: "stations-by-kind", variables: { first: 2 }, maxAge: 60, version: 1 });
    const [admin] = await t().sql`select id from users where username = 'test-admin'`;
    expect(r.data!.createSavedQuery.createdById).toBe(String(admin!.id));
    const dup = await t().gql(create, { input: { name: "stations-by-kind", title: "again", query: "{ me { name } }" } });
    expect(dup.errors![0]!.extensions!.code).toBe("CONFLICT");
    const id = r.data!.createSavedQuery.id;
    const u = await t().gql(`mutation ($id: ID!) { updateSavedQuery(id: $id, input: { maxAge: 300, version: 1 }) { maxAge version } }`, { id });
    expect(u.data!.updateSavedQuery).toEqual({ maxAge: 300, version: 2 });
    const stale = await t().gql(`mutation ($id: ID!) { updateSavedQuery(id: $id, input: { title: "x", version: 1 }) { id } }`, { id });
    expect(stale.errors![0]!.extensions!.code).toBe("CONFLICT");
    // changing only the variables checks them against the saved query
    const badVars = await t().gql(`mutation ($id: ID!) { updateSavedQuery(id: $id, input: { variables: { zzz: 1 }, version: 2 }) { id } }`, { id });
    expect(badVars.errors![0]!.extensions!.field).toBe("input.variables.zzz");
    const list = await t().gql(`{ savedQueries(filter: { q: "站点" }) { totalCount nodes { name } } }`);
    expect(list.data!.savedQueries).toEqual({ totalCount: 1, nodes: [{ name: "stations-by-kind" }] });
    expect((await t().gql(`mutation ($id: ID!) { deleteSavedQuery(id: $id) { name } }`, { id })).errors).toBeUndefined();
    const ops = await t().sql`select operation from audit_logs where record_type = 'SavedQuery' order by id`;
    expect(ops.map((o) => o.operation)).toEqual(["create", "update", "delete"]);
    expect(await count()).toEqual({ q: 0, a: 3 });
  });

  it("is the admins' alone", async () => {
    for (const as of ["editor", "viewer", "token"] as const) {
      const r = await t().gql(create, { input: { name: "x", title: "x", query: "{ me { name } }" } }, { as });
      expect(r.errors![0]!.extensions!.code).toBe("FORBIDDEN");
      expect((await t().gql(`{ savedQueries { totalCount } }`, {}, { as })).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    }
    expect(await count()).toEqual({ q: 0, a: 0 });
  });
});

describe("GET /saved/<name>", () => {
  let cookie = "";
  let token = "";
  beforeEach(async () => {
    cookie = await adminCookie();
    token = await newToken(cookie, false);
    const r = await post(`mutation ($input: CreateSavedQueryInput!) { createSavedQuery(input: $input) { id } }`, { input: { name: "stations_2024", title: "站点", query: STATIONS_QUERY, maxAge: 120 } }, { cookie });
    expect(r.body.errors).toBeUndefined();
  });

  it("answers JSON as /graphql would, with the token's role: phones masked", async () => {
    const r = await get("/saved/stations_2024", { authorization: `Bearer ${token}` });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^application\/json/);
    expect(r.headers.get("cache-control")).toBe("private, max-age=120");
    const same = await post(STATIONS_QUERY, {}, { authorization: `Bearer ${token}` });
    expect(JSON.parse(r.text)).toEqual(same.body);
    const nodes = JSON.parse(r.text).data.stations.nodes;
    expect(nodes.map((n: any) => n.contactPhone)).toEqual(["138****5678", null, "********1234", "139****1111"]);
    expect(r.text).not.toContain("13812345678");
    expect(r.text).not.toContain("8221234");
    expect(r.text).not.toContain("13900001111");
    // the admin's session sees them in full
    const full = await get("/saved/stations_2024", { cookie });
    expect(full.text).toContain("13812345678");
  });

  it("answers CSV with Accept: text/csv: a header and the rows the database holds", async () => {
    const r = await get("/saved/stations_2024", { authorization: `Bearer ${token}`, accept: "text/csv" });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const rows = readCsv(r.text);
    expect(rows[0]).toEqual(["id", "name", "address", "contactPhone", "isModel", "district.name"]);
    const truth = await t().sql`select s.id::text, s.name, coalesce(s.address, '') as address, d.name as district from stations s left join districts d on d.id = s.district_id where s.kind = 'station' order by s.id`;
    expect(rows.length - 1).toBe(truth.length);
    rows.slice(1).forEach((row, i) => {
      const want = truth[i]!;
      expect(row[0]).toBe(want.id);
      // a text a spreadsheet would run as a formula is written with a leading apostrophe
      expect(row[1]).toBe(want.name.startsWith("=") ? `'${want.name}` : want.name);
      expect(row[2]).toBe(want.address);
      expect(row[3]).not.toMatch(/^1[3-9][0-9]{9}$/);
      expect(row[4]).toBe("false");
      expect(row[5]).toBe(want.district);
    });
    // ?format=csv does the same without the header
    expect((await get("/saved/stations_2024?format=csv", { authorization: `Bearer ${token}` })).text).toBe(r.text);
  });

  it("takes variables from the query string over the saved defaults", async () => {
    await t().sql`insert into stations (id, name, kind, district_id) values (9, '网上站', 'online', 1)`;
    const auth = { authorization: `Bearer ${token}` };
    const two = JSON.parse((await get("/saved/stations_2024?first=2&order=%5B%22ID_DESC%22%5D", auth)).text).data.stations;
    expect(two.totalCount).toBe(4);
    expect(two.nodes.map((n: any) => n.id)).toEqual(["4", "3"]);
    const online = JSON.parse((await get("/saved/stations_2024?kind=ONLINE", auth)).text).data.stations;
    expect(online.nodes.map((n: any) => n.name)).toEqual(["网上站"]);
    const bad = await get("/saved/stations_2024?first=abc", auth);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "variables.first" });
    const unknown = await get("/saved/stations_2024?nope=1", auth);
    expect(JSON.parse(unknown.text).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "variables.nope" });
    const wrongType = await get("/saved/stations_2024?kind=NOT_A_KIND", auth);
    expect(wrongType.status).toBe(400);
    expect(JSON.parse(wrongType.text).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(wrongType.headers.get("cache-control")).toBe("no-store");
  });

  it("gives an ETag and answers If-None-Match with 304 until the data changes", async () => {
    const auth = { authorization: `Bearer ${token}`, accept: "text/csv" };
    const first = await get("/saved/stations_2024", auth);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    const again = await get("/saved/stations_2024", { ...auth, "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("private, max-age=120");
    const json = await get("/saved/stations_2024", { authorization: `Bearer ${token}`, "if-none-match": etag });
    expect(json.status).toBe(200);
    await t().sql`update stations set name = '改名 ✏️' where id = 2`;
    const changed = await get("/saved/stations_2024", { ...auth, "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(changed.text).toContain("改名 ✏️");
  });

  it("answers 404 for an unknown name, 401 without a caller, 405 for POST", async () => {
    const auth = { authorization: `Bearer ${token}` };
    for (const path of ["/saved/nope", "/saved/", "/saved", "/saved/%E0%A4%A", "/saved/a%2Fb", `/saved/${"x".repeat(101)}`]) {
      const r = await get(path, auth);
      expect(r.status, path).toBe(404);
      expect(JSON.parse(r.text).errors[0].extensions.code).toBe("NOT_FOUND");
    }
    const anon = await get("/saved/stations_2024");
    expect(anon.status).toBe(401);
    expect(JSON.parse(anon.text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const revoked = await get("/saved/stations_2024", { authorization: "Bearer dbt_not-a-token" });
    expect(revoked.status).toBe(401);
    const p = await fetch(`${base}/saved/stations_2024`, { method: "POST", headers: auth });
    expect(p.status).toBe(405);
    expect((await p.json()).errors[0].extensions.code).toBe("METHOD_NOT_ALLOWED");
  });

  it("a token marked savedQueriesOnly gets 403 on /graphql and runs saved queries", async () => {
    const screen = await newToken(cookie, true);
    const auth = { authorization: `Bearer ${screen}` };
    const refused = await post(`{ stations { totalCount } }`, {}, auth);
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "SAVED_QUERIES_ONLY" });
    expect(refused.body.data).toBeUndefined();
    const viaGet = await fetch(`${base}/graphql?query=${encodeURIComponent("{ stations { totalCount } }")}`, { headers: { ...auth, "apollo-require-preflight": "1" } });
    expect(viaGet.status).toBe(403);
    const ok = await get("/saved/stations_2024", { ...auth, accept: "text/csv" });
    expect(ok.status).toBe(200);
    expect(readCsv(ok.text).length).toBe(1 + STATIONS.length);
    expect(ok.text).not.toContain("13812345678");
    const [row] = await t().sql`select last_used_at is not null as used from api_tokens where name = '大屏 📺' and saved_queries_only`;
    expect(row!.used).toBe(true);
  });

  it("a saved query asking for what the token may not see is refused with the field's code", async () => {
    const r = await post(`mutation { createSavedQuery(input: { name: "users", title: "用户", query: "{ users { nodes { username } } }" }) { id } }`, {}, { cookie });
    expect(r.body.errors).toBeUndefined();
    const g = await get("/saved/users", { authorization: `Bearer ${token}`, accept: "text/csv" });
    expect(g.status).toBe(403);
    expect(JSON.parse(g.text).errors[0].extensions.code).toBe("FORBIDDEN");
    expect(g.headers.get("etag")).toBeNull();
  });
});
