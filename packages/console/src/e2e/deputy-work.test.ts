// The deputies' work in the console, as the office's clerk does it: a deputy group with two members,
// a committee's contact with one deputy and the opinion given in it, and an activity linked to a measure of the year's plan, then
// seen on the measure's page with its progress. Each result is checked through the API as well.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autocomplete, enabled, field, gql, namedAlone, pick, shot, signInAs, startSystem, type System } from "./harness";

let system: System;
let ctx: BrowserContext;
let page: Page;

type Named = { id: string; name: string };

// Add deputies through the "add many" dialog of a child list.
async function addDeputies(list: string, people: Named[]) {
  await page.getByTestId(`add-many-${list}`).click();
  const dialog = page.getByRole("dialog");
  const search = dialog.getByLabel("输入姓名搜索");
  for (const d of people) {
    await search.fill(d.name);
    await page.getByRole("option", { name: new RegExp(`^${d.name}`) }).first().click();
  }
  await search.press("Escape");
  await dialog.getByRole("button", { name: "加入名单" }).click();
  await expect.poll(() => page.locator(`.ra-input-${list} .RaSimpleFormIterator-line`).count(), { timeout: 20_000 }).toBe(people.length);
}

async function save(resource: string): Promise<string> {
  await page.getByRole("button", { name: "保存" }).click();
  await page.waitForURL(new RegExp(`/${resource}/\\d+/show$`), { timeout: 30_000 }).catch(async (e: Error) => {
    await shot(page, `failed-${resource}`);
    throw e;
  });
  return new RegExp(`/${resource}/(\\d+)/show`).exec(page.url())![1]!;
}

describe.skipIf(!enabled)("deputies' work in Chromium", () => {
  beforeAll(async () => {
    system = await startSystem();
    ({ ctx, page } = await signInAs(system, "demo-editor", "daibiao-editor"));
  }, 300_000);

  afterAll(async () => {
    await ctx?.close();
    await system?.stop();
  }, 60_000);

  it("records a group, a committee's contact and an activity serving a measure, and shows the measure's progress", async () => {
    // Deputies whose name no one else has (the picker's first suggestion is then the one meant).
    const people = await namedAlone(system, ctx, "deputies", 3);
    const { districts } = await gql(system, ctx, `{ districts(first: 1, filter: { level: { eq: COUNTY } }, orderBy: [ID_ASC]) { nodes { id name } } }`);
    const county = districts.nodes[0] as Named;
    const stamp = Date.now() % 100000;
    const { createCommittee: committee } = await gql(system, ctx, `mutation($n: String!) { createCommittee(input: { name: $n }) { id name } }`, { n: `测试委员会${stamp}` });
    // the first number that 2024's plan (seeded with measures 1 to n) has not used
    const { measures } = await gql(system, ctx, `{ measures(first: 100, filter: { year: { eq: 2024 } }) { nodes { number } } }`);
    const used = new Set((measures.nodes as { number: number }[]).map((m) => m.number));
    const number = Array.from({ length: 99 }, (_, i) => i + 1).find((n) => !used.has(n));
    const { createMeasure: measure } = await gql(
      system,
      ctx,
      `mutation($c: ID!, $t: String!, $n: Int!) { createMeasure(input: { year: 2024, number: $n, area: LEGISLATION, title: $t, committeeId: $c }) { id title } }`,
      { c: committee.id, t: `测试举措${stamp}`, n: number },
    );

    // A district group with two members.
    await page.goto(`${system.base}/deputyGroups/create`);
    await field(page, "小组名称").fill(`测试代表小组${stamp}`);
    await autocomplete(page, page, "区县", county.name, county.name);
    await addDeputies("members", people.slice(0, 2));
    const groupId = await save("deputyGroups");
    const { deputyGroup } = await gql(system, ctx, `query($id: ID!) { deputyGroup(id: $id) { kind districtId members { deputyId role } } }`, { id: groupId });
    expect(deputyGroup).toMatchObject({ kind: "DISTRICT", districtId: county.id });
    expect(deputyGroup.members.map((m: { deputyId: string }) => m.deputyId).sort()).toEqual([people[0]!.id, people[1]!.id].sort());
    await expect.poll(() => page.getByText(people[1]!.name).count()).toBeGreaterThan(0);

    // A committee's contact with one deputy.
    await page.goto(`${system.base}/contacts/create`);
    await field(page, "日期").fill("2024-04-10");
    await pick(page, page, "联系方式", "走访");
    await autocomplete(page, page, "联系委员会", committee.name, committee.name);
    await addDeputies("deputies", [people[2]!]);
    // the opinion the deputy gave in it: the same opinion records as a reception's
    const opinions = page.locator(".ra-input-opinions");
    await opinions.getByRole("button", { name: "添加", exact: true }).click();
    await field(opinions, "意见内容").fill(`测试联系意见${stamp}`);
    await pick(page, opinions, "类别", "社会建设");
    const contactId = await save("contacts");
    const { contact } = await gql(system, ctx, `query($id: ID!) { contact(id: $id) { by way committeeId deputies { deputyId } opinions { content status raisedOn } } }`, { id: contactId });
    expect(contact).toEqual({
      by: "COMMITTEE", way: "VISIT", committeeId: committee.id, deputies: [{ deputyId: people[2]!.id }],
      opinions: [{ content: `测试联系意见${stamp}`, status: "OPEN", raisedOn: "2024-04-10" }],
    });
    await expect.poll(() => page.getByTestId("contact-opinions").innerText(), { timeout: 30_000 }).toContain(`测试联系意见${stamp}`);

    // An activity (one of the demo's) linked to the measure and held by the group.
    const { activities } = await gql(system, ctx, `{ activities(first: 1, filter: { measureId: { isNull: true } }, orderBy: [ID_ASC]) { nodes { id title suggestionsCount participations { id } } } }`);
    const activity = activities.nodes[0] as { id: string; title: string; suggestionsCount: number; participations: unknown[] };
    await page.goto(`${system.base}/activities/${activity.id}`);
    await autocomplete(page, page, "行动举措", measure.title, new RegExp(measure.title));
    await page.getByRole("button", { name: "保存" }).click();
    await expect
      .poll(async () => (await gql(system, ctx, `query($id: ID!) { activity(id: $id) { measureId } }`, { id: activity.id })).activity.measureId, { timeout: 30_000 })
      .toBe(measure.id);

    // The measure's page lists it, with its progress.
    await page.goto(`${system.base}/measures/${measure.id}/show`);
    await page.getByText(activity.title).first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId("measure-activities").innerText(), { timeout: 30_000 }).toBe("1");
    expect(await page.getByTestId("measure-person-times").innerText()).toBe(String(activity.participations.length));
    expect(await page.getByTestId("measure-suggestions").innerText()).toBe(activity.suggestionsCount.toLocaleString("zh-CN"));
    await shot(page, "measure-progress");
  }, 240_000);
});
