// Each resource's list, show and edit pages in Chromium, in Chinese, with nothing left untranslated,
// and a screenshot of each (packages/console/screenshots/, git-ignored). A file apart from
// console.test.ts so that the two run side by side.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enabled, gql, shot, signInAs, startSystem, type System } from "./harness";

let system: System;
let ctx: BrowserContext;
let page: Page;

// Nothing on the page may be an untranslated message key.
async function expectTranslated() {
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(/\b(resources|enums|ra|app|errors)\.[a-zA-Z_]+\.[a-zA-Z_.]+/);
}

describe.skipIf(!enabled)("each resource's pages in Chromium", () => {
  beforeAll(async () => {
    system = await startSystem();
    ({ ctx, page } = await signInAs(system, "demo-admin", "daibiao-admin"));
  }, 300_000);

  afterAll(async () => {
    await ctx?.close();
    await system?.stop();
  }, 60_000);

  const resources = [
    ["deputies", "deputies"],
    ["trainings", "trainings"],
    ["stations", "stations"],
    ["proposals", "proposals"],
    ["activities", "activities"],
    ["handlingUnits", "handlingUnits"],
    ["districts", "districts"],
  ] as const;

  it.each(resources)("shows the list, show and edit pages of %s (screenshots)", async (resource, listField) => {
    const base = system.base;
    const data = await gql(system, ctx, `{ ${listField}(first: 1, orderBy: [ID_ASC]) { totalCount nodes { id } } }`);
    const { totalCount, nodes } = data[listField] as { totalCount: number; nodes: { id: string }[] };
    expect(totalCount).toBeGreaterThan(0);
    // In Chinese, and without the filters an earlier visit left in the list's stored state.
    await page.evaluate(() => localStorage.setItem("RaStore.locale", JSON.stringify("zh")));
    await page.goto(`${base}/${resource}?filter=%7B%7D`);
    await expect.poll(() => page.locator("body").innerText(), { timeout: 30_000 }).toContain(`共 ${totalCount} 条`);
    await expect.poll(() => page.locator("tbody tr").count()).toBeGreaterThan(0);
    await expectTranslated();
    await shot(page, `${resource}-list`);
    // A training's edit page renders one row of inputs per attendance: for the demo's first class
    // (hundreds of attendees) that takes Chromium ~55 s here, so the pages are shown for the training
    // with the fewest attendances (the slowness is a known defect of that form, not what this checks).
    let id = nodes[0]!.id;
    if (resource === "trainings") {
      const few = await gql(system, ctx, `{ trainings(first: 50, orderBy: [ID_ASC]) { nodes { id attendances { id } } } }`);
      const withSome = (few.trainings as { nodes: { id: string; attendances: unknown[] }[] }).nodes.filter((n) => n.attendances.length > 0);
      id = withSome.sort((a, b) => a.attendances.length - b.attendances.length)[0]?.id ?? id;
    }
    await page.goto(`${base}/${resource}/${id}/show`);
    await expect.poll(() => page.getByRole("link", { name: "编辑" }).count(), { timeout: 30_000 }).toBe(1);
    await page.waitForLoadState("networkidle");
    await expectTranslated();
    await shot(page, `${resource}-show`);
    await page.goto(`${base}/${resource}/${id}`);
    await expect.poll(() => page.getByRole("button", { name: "保存" }).count(), { timeout: 30_000 }).toBe(1);
    await page.waitForLoadState("networkidle");
    await expectTranslated();
    await shot(page, `${resource}-edit`);
  }, 120_000);
});
