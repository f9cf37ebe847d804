// One proposal carried from submission to closing through the console, as the office's editor does
// it: registered with two co-signers, accepted, assigned to a lead and an assisting unit (after the
// dialog refuses the lead unit as assisting), handled, the assisting unit's opinion, the lead unit's
// answer, each deputy's evaluation and the closing; then its timeline on screen, its state through
// the API, the handling unit's page, the dashboard's deadlines, and no buttons for a viewer.
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { autocomplete, enabled, field, gql, namedAlone, pick, shot, shots, signInAs, startSystem, type System } from "./harness";

let system: System;
let ctx: BrowserContext;
let page: Page;
let proposalId = "";
let leadUnit = { id: "", name: "" };
let title = "";

const dialog = () => page.getByTestId("action-dialog");

// Open a step's dialog, let `fill` fill it in, send it, and wait for the new status.
async function step(kind: string, status: string, fill?: (d: Locator) => Promise<void>) {
  await page.getByTestId(`action-${kind}`).click();
  await dialog().waitFor();
  if (fill) await fill(dialog());
  await dialog().getByTestId("action-submit").click();
  await dialog()
    .waitFor({ state: "detached" })
    .catch(async (e: Error) => {
      await shot(page, `failed-${kind}`);
      throw new Error(`${kind}: the dialog stayed open: ${await dialog().innerText()}\n${e.message}`);
    });
  await expect.poll(async () => (await gql(system, ctx, `query($id: ID!) { proposal(id: $id) { status } }`, { id: proposalId })).proposal.status).toBe(status);
}

describe.skipIf(!enabled)("a proposal's handling in Chromium", () => {
  beforeAll(async () => {
    system = await startSystem();
    ({ ctx, page } = await signInAs(system, "demo-editor", "daibiao-editor"));
  }, 300_000);

  afterAll(async () => {
    await ctx?.close();
    await system?.stop();
  }, 60_000);

  it("carries a proposal from submission to closing", async () => {
    // Deputies with a name no one else has (so the picker's first suggestion is the one meant), and two units.
    const people = await namedAlone(system, ctx, "deputies", 3);
    const { handlingUnits } = await gql(system, ctx, `{ handlingUnits(first: 2, orderBy: [ID_ASC]) { nodes { id name } } }`);
    [leadUnit] = handlingUnits.nodes;
    const assisting = handlingUnits.nodes[1] as { id: string; name: string };

    // Register it: the form has no status, assignments or evaluations any more.
    title = `测试建议：关于改善乡村道路的建议${Date.now() % 100000}`;
    await page.goto(`${system.base}/proposals/create`);
    expect(await page.getByLabel(/^办理状态/).count()).toBe(0);
    await field(page, "届次").fill("3");
    await field(page, "建议编号").fill(String(90000 + (Date.now() % 9000)));
    await field(page, "标题").fill(title);
    await pick(page, page, "类别", "农业农村");
    await autocomplete(page, page, "领衔代表", people[0]!.name, new RegExp(`^${people[0]!.name}`));
    await autocomplete(page, page, "附议代表", people[1]!.name, new RegExp(`^${people[1]!.name}`));
    await autocomplete(page, page, "附议代表", people[2]!.name, new RegExp(`^${people[2]!.name}`));
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/\/proposals\/\d+\/show$/);
    proposalId = /\/proposals\/(\d+)\/show/.exec(page.url())![1]!;
    const created = await gql(system, ctx, `query($id: ID!) { proposal(id: $id) { status cosigners { deputyId } } }`, { id: proposalId });
    expect(created.proposal.status).toBe("SUBMITTED");
    expect(created.proposal.cosigners).toHaveLength(2);

    await step("ACCEPT", "ACCEPTED");

    // Assign: the dialog refuses to send without a lead unit, and with the lead unit assisting too.
    await page.getByTestId("action-ASSIGN").click();
    const d = dialog();
    await d.getByTestId("action-submit").click();
    await expect.poll(() => d.innerText()).toContain("必填");
    await autocomplete(page, d, "主办单位", leadUnit.name, leadUnit.name);
    await autocomplete(page, d, "协办单位", leadUnit.name, leadUnit.name);
    await d.getByTestId("action-submit").click();
    await expect.poll(() => d.innerText()).toContain("主办单位不能同时作为协办单位");
    await d.getByRole("heading").click(); // closes the picker's suggestions, which would hide the message
    await shot(page, "proposal-action-dialog");
    await field(d, "协办单位").press("Backspace");
    await autocomplete(page, d, "协办单位", assisting.name, assisting.name);
    await d.getByTestId("action-submit").click();
    await d.waitFor({ state: "detached" });
    await expect.poll(async () => (await gql(system, ctx, `query($id: ID!) { proposal(id: $id) { status } }`, { id: proposalId })).proposal.status).toBe("ASSIGNED");
    const assigned = await gql(system, ctx, `query($id: ID!) { proposal(id: $id) { dueAt daysLeft assignments { role unitId } } }`, { id: proposalId });
    expect(assigned.proposal.assignments.map((a: any) => `${a.role}:${a.unitId}`).sort()).toEqual([`ASSISTING:${assisting.id}`, `LEAD:${leadUnit.id}`]);
    expect(assigned.proposal.daysLeft).toBeGreaterThan(80);

    await step("START_HANDLING", "HANDLING");
    await step("OPINION", "HANDLING", async (dl) => {
      await field(dl, "协办意见").fill("同意主办单位的办理方案，我单位配合做好资金保障。");
    });
    await step("ANSWER", "ANSWERED", async (dl) => {
      await field(dl, "答复文号").fill("毕交复〔2024〕18号");
      await pick(page, dl, "沟通方式", "电话沟通");
      await pick(page, dl, "办理结果", "A类：已解决或基本解决");
      await field(dl, "答复内容").fill("已将该路段列入今年农村公路改造计划，并已完工通车。");
    });

    // Each deputy evaluates: the dialog lists the lead deputy and both co-signers.
    await step("EVALUATE", "EVALUATED", async (dl) => {
      const rows = dl.locator('[data-testid^="evaluate-"]');
      expect(await rows.count()).toBe(3);
      for (let i = 0; i < 3; i++) await pick(page, dl, "满意度", i === 2 ? "基本满意" : "满意", i);
    });
    await step("CLOSE", "CLOSED");

    // Through the API: closed, with every step in its history.
    const done = await gql(system, ctx, `query($id: ID!) { proposal(id: $id) { status round allowedTransitions events { kind toStatus actor } evaluations { satisfaction } } }`, { id: proposalId });
    expect(done.proposal.status).toBe("CLOSED");
    expect(done.proposal.allowedTransitions).toEqual([]);
    expect(done.proposal.events.map((e: any) => e.kind)).toEqual(["SUBMIT", "ACCEPT", "ASSIGN", "START_HANDLING", "OPINION", "ANSWER", "EVALUATE", "EVALUATE", "EVALUATE", "CLOSE"]);
    expect(done.proposal.evaluations.map((e: any) => e.satisfaction).sort()).toEqual(["BASICALLY_SATISFIED", "SATISFIED", "SATISFIED"]);

    // On screen: the timeline with every step, and no more buttons.
    await page.reload();
    await expect.poll(() => page.getByTestId("timeline-event").count()).toBe(10);
    const timeline = await page.getByTestId("proposal-timeline").innerText();
    expect(timeline).toContain("已评价 → 已办结");
    expect(timeline).toContain("毕交复〔2024〕18号");
    expect(timeline).toContain("demo-editor");
    expect(await page.getByTestId("proposal-actions").count()).toBe(0);
    expect(await page.locator("body").innerText()).not.toMatch(/\b(resources|enums|ra|app|workflow)\.[a-zA-Z_]+\.[a-zA-Z_.]+/);
    await page.getByTestId("proposal-timeline").scrollIntoViewIfNeeded();
    await shot(page, "proposal-timeline");
  }, 300_000);

  it("shows the handling unit's proposals and rates", async () => {
    await page.goto(`${system.base}/handlingUnits/${leadUnit.id}/show`);
    await page.getByTestId("unit-stats").waitFor();
    await expect.poll(() => page.getByTestId("unit-assignments").innerText()).toContain(title);
    const { proposalHandlingStats } = await gql(
      system,
      ctx,
      `query($f: ProposalFilter) { proposalHandlingStats(filter: $f, by: [HANDLING_UNIT]) { groups { key { unitId } proposals answerRate } } }`,
      { f: { assignment: { unitId: { eq: leadUnit.id } } } },
    );
    const mine = proposalHandlingStats.groups.find((g: any) => g.key.unitId === leadUnit.id);
    expect(await page.getByTestId("unit-proposals").innerText()).toBe(String(mine.proposals));
    expect(await page.getByTestId("unit-answer-rate").innerText()).toBe(mine.answerRate == null ? "—" : `${(mine.answerRate * 100).toFixed(1)}%`);
    await shot(page, "handling-unit");
  }, 120_000);

  it("lists the overdue and due-soon proposals on the dashboard", async () => {
    await page.goto(system.base);
    const card = page.getByTestId("deadlines-card");
    await card.getByTestId("deadlines-overdue").waitFor({ timeout: 30_000 });
    const { overdue } = await gql(system, ctx, `{ overdue: proposalAssignments(filter: { role: { eq: LEAD }, returnedAt: { isNull: true }, overdue: true }) { totalCount } }`);
    expect(overdue.totalCount).toBeGreaterThan(0);
    expect(await card.getByTestId("deadlines-overdue").innerText()).toContain(`（${overdue.totalCount} 件）`);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: path.join(shots, "dashboard-deadlines.png") });
  }, 120_000);

  it("shows a viewer the history but no handling buttons", async () => {
    const viewer = await signInAs(system, "demo-viewer", "daibiao-viewer");
    const { nodes } = (await gql(system, viewer.ctx, `{ proposals(filter: { status: { eq: SUBMITTED } }, first: 1) { nodes { id } } }`)).proposals;
    await viewer.page.goto(`${system.base}/proposals/${nodes[0].id}/show`);
    await viewer.page.getByTestId("proposal-timeline").waitFor();
    expect(await viewer.page.getByTestId("proposal-actions").count()).toBe(0);
    // An editor sees them on the same proposal.
    await page.goto(`${system.base}/proposals/${nodes[0].id}/show`);
    await page.getByTestId("action-ACCEPT").waitFor();
    await viewer.ctx.close();
  }, 120_000);
});
