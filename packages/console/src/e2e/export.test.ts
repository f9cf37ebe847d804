// Files people keep, as a viewer gets them: the deputies list as .xlsx (Chinese headers, every row of
// the filtered list fetched in chunks, phone numbers masked as the API masks them for a viewer), a
// dashboard card as a PNG, an SVG and an .xlsx of its numbers (equal to the API's aggregates), and the
// yearly review's Word file with its charts as pictures.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { BrowserContext, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stationFilter } from "../dashboard/filters";
import { enabled, gql, shot, shots, signInAs, startSystem, type System } from "./harness";

let system: System;
let ctx: BrowserContext;
let page: Page;

const api = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(system, ctx, query, variables);
const bytesOf = async (d: Download) => readFileSync((await d.path())!);
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function workbook(d: Download) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await bytesOf(d)) as never);
  return wb;
}

// Pixels of text (dark grey to black) in a PNG, in its top `rows` rows or all: drawn by the page.
const inked = (png: Buffer | Uint8Array, rows?: number) =>
  page.evaluate(
    async ({ b64, rows }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = rows ?? img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 140 && d[i + 1]! < 140 && d[i + 2]! < 140) n++;
      return n;
    },
    { b64: Buffer.from(png).toString("base64"), rows },
  );

// A menu item of a card's download button, and the file it gives.
async function fromMenu(button: string, item: string): Promise<Download> {
  await page.getByTestId(button).click();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("menuitem", { name: item }).click()]);
  return download;
}

describe.skipIf(!enabled)("exports in Chromium", () => {
  beforeAll(async () => {
    system = await startSystem();
    ({ ctx, page } = await signInAs(system, "demo-viewer", "daibiao-viewer"));
  }, 300_000);

  afterAll(async () => {
    await ctx?.close();
    await system?.stop();
  }, 60_000);

  it("exports the filtered deputies list as .xlsx: Chinese headers, every row, phones masked for a viewer", async () => {
    // county deputies: more rows than one request of the API may carry
    const filter = { mandate: { level: { eq: "COUNTY" } } };
    const { deputies } = await api(`query($f: DeputyFilter) { deputies(filter: $f, first: 1000) { totalCount nodes { phone } } }`, { f: filter });
    expect(deputies.totalCount).toBeGreaterThan(1000);
    await page.goto(`${system.base}/deputies?filter=${encodeURIComponent(JSON.stringify({ "mandate.level": "COUNTY" }))}`);
    await expect.poll(() => page.locator("body").innerText(), { timeout: 30_000 }).toContain(`共 ${deputies.totalCount} 条`);
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.getByRole("button", { name: "导出Excel" }).click()]);
    const ws = (await workbook(download)).worksheets[0]!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(["姓名", "性别", "民族", "出生日期"]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.rowCount - 1).toBe(deputies.totalCount);
    expect(ws.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.Date);
    const phoneCol = headers.indexOf("联系电话") + 1;
    expect(phoneCol).toBeGreaterThan(0);
    const phones: string[] = [];
    ws.getColumn(phoneCol).eachCell((c, row) => void (row > 1 && c.value && phones.push(String(c.value))));
    const fromApi = (deputies.nodes as { phone: string | null }[]).map((d) => d.phone).filter(Boolean) as string[];
    expect(fromApi.length).toBeGreaterThan(0);
    expect(phones.length).toBeGreaterThanOrEqual(fromApi.length);
    for (const p of phones) expect(p).toMatch(/\*{4}/);
    for (const p of fromApi) expect(phones).toContain(p);
  }, 180_000);

  it("downloads a dashboard card as a PNG, an SVG and the .xlsx of the API's figures", async () => {
    const year = 2024;
    await page.goto(`${system.base}/?year=${year}`);
    await page.getByTestId("stations-total-STATION").waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="dashboard-stations"] .recharts-bar-rectangle').first().waitFor();

    const png = await bytesOf(await fromMenu("dashboard-stations-download", "图片（PNG）"));
    expect([...png.subarray(0, 8)]).toEqual(PNG);
    expect(png.length).toBeGreaterThan(20_000);
    writeFileSync(path.join(shots, "stations-card-download.png"), png);
    const chartWidth = await page.locator('[data-testid="dashboard-stations"] .recharts-wrapper > svg').first().evaluate((e) => e.getBoundingClientRect().width);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.floor(chartWidth * 2)); // IHDR width: drawn at 2x
    expect(await inked(png, 80)).toBeGreaterThan(1000); // the title's text drawn (the embedded fonts waited for)

    const svg = (await bytesOf(await fromMenu("dashboard-stations-download", "矢量图（SVG）"))).toString("utf8");
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`${year}年代表联络站点（`);
    expect(svg).toMatch(/@font-face\{font-family:"Noto Sans SC";[^}]*src:url\(data:font\/woff2;base64,/);
    expect(svg).toMatch(/style="[^"]*fill:\s*rgb\(183, 28, 28\)/); // the bars' colour written on them
    expect(svg).toContain(">代表联络站</text>"); // the legend drawn in

    const wb = await workbook(await fromMenu("dashboard-stations-download", "数据（Excel）"));
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const kinds = ["STATION", "ROOM", "ONLINE"] as const;
    const { all, model, industry } = await api(
      `query($all: StationFilter, $model: StationFilter, $industry: StationFilter) {
        all: stationsAggregate(filter: $all, groupBy: [KIND]) { groups { key { kind } count } }
        model: stationsAggregate(filter: $model, groupBy: [KIND]) { groups { key { kind } count } }
        industry: stationsAggregate(filter: $industry, groupBy: [KIND]) { groups { key { kind } count } }
      }`,
      { all: stationFilter(year), model: stationFilter(year, { model: true }), industry: stationFilter(year, { industry: true }) },
    );
    const n = (g: { groups: { key: { kind: string }; count: number }[] }, k: string) => g.groups.find((x) => x.key.kind === k)?.count ?? 0;
    const totalRow = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === "全市")!;
    expect(totalRow).toBeDefined();
    const totals = (totalRow.values as unknown[]).slice(2);
    expect(header.length).toBe(1 + totals.length);
    expect(totals).toEqual([...kinds.map((k) => n(all, k)), n(model, "STATION"), n(model, "ROOM"), n(industry, "STATION")]);
    expect(totals.every((v) => typeof v === "number")).toBe(true);
    expect(n(all, "STATION")).toBeGreaterThan(0);
    // the county rows add up to the city's
    const counties = ws.getRows(2, ws.rowCount - 1)!.filter((r) => r !== totalRow);
    expect(counties.reduce((s, r) => s + Number(r.getCell(2).value), 0)).toBe(n(all, "STATION"));
  }, 180_000);

  it("puts the review's charts into its Word file as pictures", async () => {
    const { yearlyReview } = await api(`{ yearlyReview(year: 2024) { figures { unit } } }`);
    const units = new Map<string, number>();
    for (const f of yearlyReview.figures as { unit: string }[]) units.set(f.unit, (units.get(f.unit) ?? 0) + 1);
    const charts = [...units.values()].filter((c) => c > 1).length;
    expect(charts).toBeGreaterThan(0);
    await page.goto(`${system.base}/review?year=2024`);
    await page.getByTestId("review-document").waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('[data-testid="review-document"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId("review-docx").click()]);
    const zip = await JSZip.loadAsync(await bytesOf(download));
    const media = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(charts);
    for (const m of media) {
      const b = await zip.file(m)!.async("uint8array");
      expect([...b.subarray(0, 8)]).toEqual(PNG);
      expect(b.length).toBeGreaterThan(5_000);
      expect(await inked(b)).toBeGreaterThan(300); // axis labels and values
    }
    writeFileSync(path.join(shots, "review-chart-in-docx.png"), await zip.file(media[0]!)!.async("uint8array"));
    expect((await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "")).toContain("图1");
    await shot(page, "review-charts");
  }, 180_000);
});
