// A clerk records a reception at a station with one deputy and two opinions, forwards one opinion to
// a handling unit, turns the other into a proposal, and finds it under the proposal's "来源民意"; then
// both on the deputy's duty record (on screen and as a Word file) and in the yearly review.
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autocomplete, enabled, field, gql, namedAlone, pick, shot, signInAs, startSystem, type System } from "./harness";

let system: System;
let ctx: BrowserContext;
let page: Page;

const api = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(system, ctx, query, variables);

async function sendDialog(name: string) {
  const dialog = page.getByTestId("opinion-dialog");
  await dialog.getByTestId("opinion-submit").click();
  await dialog.waitFor({ state: "detached", timeout: 30_000 }).catch(async (e: Error) => {
    await shot(page, `failed-opinion-${name}`);
    throw new Error(`${name}: the dialog stayed open: ${await dialog.innerText()}\n${e.message}`);
  });
}

const opinionStatus = async (id: string) => (await api(`query($id: ID!) { opinion(id: $id) { status unitId proposalId } }`, { id })).opinion;

describe.skipIf(!enabled)("receptions and opinions in Chromium", () => {
  beforeAll(async () => {
    system = await startSystem();
    ({ ctx, page } = await signInAs(system, "demo-editor", "daibiao-editor"));
  }, 300_000);

  afterAll(async () => {
    await ctx?.close();
    await system?.stop();
  }, 60_000);

  it("records a reception with its opinions, forwards one and turns the other into a proposal", async () => {
    const [deputy] = await namedAlone(system, ctx, "deputies", 1);
    const [station] = await namedAlone(system, ctx, "stations", 1, 20);
    const unit = (await api(`{ handlingUnits(first: 1, orderBy: [ID_ASC]) { nodes { id name } } }`)).handlingUnits.nodes[0] as { id: string; name: string };
    const subject = `测试接待${Date.now() % 100000}`;
    const REVIEW = `{ yearlyReview(year: 2024) { receptions { value } opinionsRaised { value } opinionsToProposals { value } } }`;
    const before = (await api(REVIEW)).yearlyReview;
    const contents = [`${subject}：小区周边停车位不足`, `${subject}：村组道路破损需要维修`];

    await page.goto(`${system.base}/receptions/create`);
    await field(page, "日期").fill("2024-05-10");
    await autocomplete(page, page, "联络站点", station.name, station.name);
    await field(page, "接待群众（人）").fill("8");
    await field(page, "主题").fill(subject);
    const deputies = page.locator(".ra-input-deputies");
    await deputies.getByRole("button", { name: "添加", exact: true }).click();
    await autocomplete(page, deputies, "代表", deputy.name, new RegExp(`^${deputy.name}`));
    const opinions = page.locator(".ra-input-opinions");
    for (let i = 0; i < 2; i++) {
      await opinions.getByRole("button", { name: "添加", exact: true }).click();
      await field(opinions, "意见内容").nth(i).fill(contents[i]!);
      await pick(page, opinions, "类别", "城建环保", i);
    }
    await field(opinions, "群众姓名").nth(0).fill("张三");
    await shot(page, "receptions-create");
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/\/receptions\/\d+\/show$/, { timeout: 30_000 });
    const receptionId = /\/receptions\/(\d+)\/show/.exec(page.url())![1]!;
    const { reception } = await api(`query($id: ID!) { reception(id: $id) { stationId deputies { deputyId } opinions(orderBy: ID_ASC) { id content status raisedOn } } }`, { id: receptionId });
    expect(reception.stationId).toBe(station.id);
    expect(reception.deputies).toEqual([{ deputyId: deputy.id }]);
    expect(reception.opinions.map((o: any) => [o.content, o.status, o.raisedOn])).toEqual(contents.map((c) => [c, "OPEN", "2024-05-10"]));
    const [first, second] = reception.opinions as { id: string }[];

    // forward the first to a handling unit
    await page.goto(`${system.base}/opinions/${first!.id}/show`);
    await page.getByTestId("opinion-FORWARD").click();
    const forward = page.getByTestId("opinion-dialog");
    await autocomplete(page, forward, "承办单位", unit.name, unit.name);
    await sendDialog("FORWARD");
    await expect.poll(() => opinionStatus(first!.id)).toMatchObject({ status: "FORWARDED", unitId: unit.id });

    // turn the second into a proposal: content, category and the reception's deputy come filled in
    await page.goto(`${system.base}/opinions/${second!.id}/show`);
    await page.getByTestId("opinion-PROPOSAL").click();
    const turn = page.getByTestId("opinion-dialog");
    await expect.poll(() => field(turn, "领衔代表").inputValue(), { timeout: 30_000 }).toContain(deputy.name);
    await field(turn, "届次").fill("3");
    await field(turn, "建议编号").fill(String(80000 + (Date.now() % 9000)));
    await shot(page, "opinions-turn-into-proposal");
    await sendDialog("PROPOSAL");
    await expect.poll(() => opinionStatus(second!.id)).toMatchObject({ status: "PROPOSAL" });
    const { proposalId } = await opinionStatus(second!.id);
    const { proposal } = await api(`query($id: ID!) { proposal(id: $id) { title status leadDeputyId category } }`, { id: proposalId });
    expect(proposal).toMatchObject({ title: contents[1], status: "SUBMITTED", leadDeputyId: deputy.id, category: "URBAN_CONSTRUCTION_ENVIRONMENT" });

    // the proposal's page lists the opinion it came from, linking to it
    await page.goto(`${system.base}/proposals/${proposalId}/show`);
    await expect.poll(() => page.getByTestId("proposal-opinions").innerText(), { timeout: 30_000 }).toContain(contents[1]!);
    await expect(page.getByText("来源民意").count()).resolves.toBeGreaterThan(0);
    await shot(page, "proposal-source-opinions");
    await page.getByTestId("proposal-opinions").getByText(contents[1]!).click();
    await page.waitForURL(new RegExp(`/opinions/${second!.id}/show$`));

    // the deputy's duty record of 2024: the reception, both opinions with their course, as the API counts them
    const { deputy: record } = await api(`query($id: ID!) { deputy(id: $id) { dutyRecord(year: 2024) { points counts { receptions opinions opinionsToProposals } } } }`, { id: deputy.id });
    expect(record.dutyRecord.counts.receptions).toBeGreaterThanOrEqual(1);
    expect(record.dutyRecord.counts.opinionsToProposals).toBeGreaterThanOrEqual(1);
    await page.goto(`${system.base}/deputies/${deputy.id}/show/duty?year=2024`);
    const duty = page.getByTestId("duty-record");
    await expect.poll(() => page.getByTestId("duty-count-receptions").innerText(), { timeout: 30_000 }).toBe(String(record.dutyRecord.counts.receptions));
    await expect.poll(() => page.getByTestId("duty-count-opinions").innerText()).toBe(String(record.dutyRecord.counts.opinions));
    await expect.poll(() => duty.innerText()).toContain(contents[0]!);
    const text = await duty.innerText();
    expect(text).toContain(contents[1]!);
    expect(text).toContain("已转交承办单位");
    expect(text).toContain("已转为建议");
    await shot(page, "deputy-duty-record");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("duty-docx").click()]);
    // the name the page gives it (this Chromium saves non-ASCII names as "download"), and a Word file
    expect(await page.locator("a[download]").last().getAttribute("download")).toBe(`${deputy.name}同志2024年度履职档案.docx`);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    expect(bytes.includes(Buffer.from("word/document.xml"))).toBe(true);

    // the 2024 review counts the reception, both opinions and the one that became a proposal
    const after = (await api(REVIEW)).yearlyReview;
    expect(after.receptions.value).toBe(before.receptions.value + 1);
    expect(after.opinionsRaised.value).toBe(before.opinionsRaised.value + 2);
    expect(after.opinionsToProposals.value).toBe(before.opinionsToProposals.value + 1);
    await page.goto(`${system.base}/review?year=2024`);
    await expect.poll(() => page.getByTestId("figure-opinionsRaised").getAttribute("data-value"), { timeout: 30_000 }).toBe(String(after.opinionsRaised.value));
    expect(await page.getByTestId("figure-opinionsToProposals").getAttribute("data-value")).toBe(String(after.opinionsToProposals.value));
    expect(await page.getByTestId("figure-receptions").getAttribute("data-value")).toBe(String(after.receptions.value));
    await shot(page, "review-2024-receptions");
  }, 300_000);
});
