// The query explorer (/graphiql) in Chromium: signed in, a preloaded README example runs and answers,
// the schema's documentation opens, and no request leaves the server's own origin. Then an admin saves
// a query in the console (保存的查询), and a screen's token GETs its CSV URL.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enabled, field, gql, shot, signInAs, startSystem, type System } from "./harness";

let system: System;
let ctx: BrowserContext;
let page: Page;
const requests: string[] = [];

describe.skipIf(!enabled)("the query explorer in Chromium", () => {
  beforeAll(async () => {
    system = await startSystem();
    // one admin's session for both tests (a sign-in costs seconds); the explorer runs as anyone signed in
    ({ ctx, page } = await signInAs(system, "demo-admin", "daibiao-admin"));
    // every request of the page, its workers included; one to another host is recorded and refused
    await ctx.route("**", (route) => {
      const url = route.request().url();
      requests.push(url);
      return new URL(url).origin === system.base || /^(data|blob):/.test(url) ? route.continue() : route.abort();
    });
  }, 300_000);

  afterAll(async () => {
    await ctx?.close();
    await system?.stop();
  }, 60_000);

  it("runs a preloaded README query, shows the docs, and fetches nothing from outside", async () => {
    // what the browser refuses (a Content-Security-Policy violation, a failed load) shows in the console
    const errors: string[] = [];
    page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
    // from the console's menu
    await page.getByRole("menuitem", { name: "查询浏览器" }).click();
    await page.waitForURL(/\/graphiql$/);
    // README's examples are the tabs, named after their titles
    const tab = page.getByRole("tab", { name: /LiaisonStationsPer/ });
    await expect(page.getByRole("tab", { name: /CityDeputiesOf/ }).count()).resolves.toBe(1);
    // the editor shows the first tab once it has loaded (a tab picked before that is not shown)
    await page.locator(".graphiql-query-editor").getByText("CityDeputiesOf").first().waitFor({ timeout: 60_000 });
    await tab.locator(".graphiql-tab-button").click();
    await expect.poll(() => tab.getAttribute("aria-selected")).toBe("true");
    await page.locator(".graphiql-editor").getByText("stationsAggregate").first().waitFor({ timeout: 60_000 }).catch(async (e: Error) => {
      await shot(page, "explorer-failed");
      throw e;
    });
    await page.getByRole("button", { name: /Execute query/ }).click();
    const response = page.locator(".graphiql-response");
    await expect.poll(() => response.innerText(), { timeout: 30_000 }).toMatch(/"stationsAggregate"|"all"/);
    const text = await response.innerText();
    expect(text).toContain('"count"');
    expect(text).not.toContain('"errors"');
    await page.getByRole("button", { name: /Show Documentation Explorer/ }).click();
    await page.locator(".graphiql-doc-explorer").getByText("Query", { exact: true }).first().waitFor();
    await shot(page, "explorer");
    const hosts = new Set(requests.map((u) => (/^(data|blob):/.test(u) ? "inline" : new URL(u).host)));
    expect(requests.length).toBeGreaterThan(3);
    expect([...hosts].filter((h) => h !== "inline" && !/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(h))).toEqual([]);
    expect(requests.some((u) => u.endsWith("/graphql"))).toBe(true);
    expect(errors.filter((e) => /Content.Security.Policy|Refused to|Failed to load/i.test(e))).toEqual([]);
  }, 120_000);

  it("saves a query in the console, and a token marked for screens gets its CSV", async () => {
    const p = page;
    await p.goto(`${system.base}/savedQueries/create`);
    await field(p, "名称").fill("rooms-screen");
    await field(p, "标题").fill("联络室 🏠, \"前五个\"");
    await field(p, "GraphQL 查询").fill(
      "query ($kind: StationKind = STATION, $first: Int) {\n  stations(filter: { kind: { eq: $kind } }, first: $first, orderBy: [ID_ASC]) { nodes { id name district { name } } }\n}",
    );
    await field(p, "变量默认值").fill('{"kind": "ROOM", "first": 5}');
    await p.getByRole("button", { name: "保存" }).click();
    const csvUrl = await p.getByTestId("saved-query-csv-url").innerText({ timeout: 20_000 });
    expect(csvUrl).toBe(`${system.base}/saved/rooms-screen?format=csv`);
    await shot(p, "saved-query");
    const { token } = (await gql(system, ctx, `mutation { createApiToken(name: "大屏 e2e", savedQueriesOnly: true) { token } }`)).createApiToken;
    const res = await fetch(csvUrl, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await res.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,name,district.name");
    const truth = (await gql(system, ctx, `{ stations(filter: { kind: { eq: ROOM } }, first: 5, orderBy: [ID_ASC]) { nodes { id } } }`)).stations.nodes as { id: string }[];
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(truth.map((n) => n.id));
    // the same token may not POST /graphql
    const refused = await fetch(`${system.base}/graphql`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: '{"query":"{ me { name } }"}' });
    expect(refused.status).toBe(403);
  }, 120_000);
});
