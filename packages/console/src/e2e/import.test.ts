// The Excel import as a clerk does it (issue 15): from the deputies list to 导入, a 200-row .xlsx
// with three bad rows, the dry run's three refusals (row, column, reason), the file fixed, a clean dry
// run, 确认导入, then the deputies in the list and the import in the audit log — each checked through
// the API as well.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enabled, gql, shot, signInAs, startSystem, type System } from "./harness";

let system: System;
let ctx: BrowserContext;
let page: Page;
const dir = mkdtempSync(path.join(tmpdir(), "daibiao-import-e2e-"));

// GB 11643 check character, so that every good row carries a valid number (Beijing's area code: none
// of Bijie's demo deputies has it)
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCard = (n: number, stamp: number) => {
  const first17 = `110101${1960 + (n % 40)}${String(1 + (n % 12)).padStart(2, "0")}${String(1 + (n % 28)).padStart(2, "0")}${String((stamp + n) % 1000).padStart(3, "0")}`;
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * WEIGHTS[i]!, 0);
  return first17 + "10X98765432"[sum % 11]!;
};

const HEADERS = ["姓名", "性别", "民族", "出生日期", "联系电话", "身份证号", "工作单位", "代表层级", "届次", "所在区县", "任期开始"];
// sheet rows 22, 79 and 152 (the header is row 1)
const BAD = { 20: "gender", 77: "idCard", 150: "phone" } as const;

async function writeFile(file: string, tag: string, stamp: number, withErrors: boolean) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("代表");
  ws.addRow(HEADERS);
  for (let n = 0; n < 200; n++) {
    const id = idCard(n, stamp);
    const bad = withErrors ? BAD[n as keyof typeof BAD] : undefined;
    ws.addRow([
      `${tag}代表${n}号`,
      bad === "gender" ? "未知" : n % 2 ? "男" : "女",
      ["彝族", "苗族", "", "回族"][n % 4],
      `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
      bad === "phone" ? "12345" : `139${String(stamp * 1000 + n).padStart(8, "0").slice(-8)}`,
      bad === "idCard" ? `${id.slice(0, 17)}${id[17] === "0" ? "1" : "0"}` : id,
      n === 7 ? "长".repeat(200) : `毕节市第${n}中学 🏫`,
      "县级",
      18,
      "七星关区",
      "2021-10-01",
    ]);
  }
  await wb.xlsx.writeFile(file);
}

// the file as the browser's file chooser gives it (its bytes, under its name)
const choose = (file: string) =>
  page.getByTestId("import-file").setInputFiles({ name: path.basename(file), mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: readFileSync(file) });

describe.skipIf(!enabled)("Excel import in Chromium", () => {
  beforeAll(async () => {
    system = await startSystem();
    // an admin: may import and read the audit log
    ({ ctx, page } = await signInAs(system, "demo-admin", "daibiao-admin"));
  }, 300_000);

  afterAll(async () => {
    await ctx?.close();
    await system?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("dry-runs a 200-row file, shows its three refusals, takes the fixed file and finds the rows in the list and the audit log", async () => {
    const stamp = Date.now() % 100000;
    const tag = `导入${stamp}`;
    const file = path.join(dir, `代表名册-${stamp}.xlsx`);
    await writeFile(file, tag, stamp, true);
    const count = async () => (await gql(system, ctx, `query($q: String) { deputies(filter: { q: $q }) { totalCount } }`, { q: tag })).deputies.totalCount as number;
    expect(await count()).toBe(0);

    await page.goto(`${system.base}/deputies`);
    await page.getByTestId("list-import").click();
    await page.waitForURL(/\/import\?resource=deputies$/).catch(async (e: Error) => {
      await shot(page, "failed-import-open");
      throw new Error(`${page.url()}: ${e.message}`);
    });
    await choose(file);
    await expect.poll(() => page.getByTestId("import-file-name").innerText()).toBe(path.basename(file));
    await page.getByTestId("import-dry-run").click();
    await page.getByTestId("import-summary").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("import-count-REFUSED").innerText()).toBe("拒绝 3");
    expect(await page.getByTestId("import-count-NEW").innerText()).toBe("新增 197");
    const refusals = (await page.getByTestId("import-refusals").locator("tbody tr").allInnerTexts()).map((r) => r.split("\t").map((c) => c.trim()));
    expect(refusals).toEqual([
      ["22", "性别", "性别应为：男、女"],
      ["79", "身份证号", "身份证号不是有效的18位身份证号"],
      ["152", "联系电话", "联系电话不是有效的电话号码（手机号11位，或带区号的固定电话）"],
    ]);
    await expect.poll(() => page.getByTestId("import-commit").isDisabled()).toBe(true);
    await shot(page, "import-refusals");
    expect(await count()).toBe(0);

    // the file fixed and chosen again: a clean dry run, then the commit
    await writeFile(file, tag, stamp, false);
    await choose(file);
    await page.getByTestId("import-dry-run").click();
    await expect.poll(() => page.getByTestId("import-count-REFUSED").innerText(), { timeout: 30_000 }).toBe("拒绝 0");
    expect(await page.getByTestId("import-count-NEW").innerText()).toBe("新增 200");
    expect(await count()).toBe(0);
    await page.getByTestId("import-commit").click();
    await page.getByTestId("import-to-list").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("import-summary").innerText()).toContain("已导入（共 200 行）");
    await shot(page, "import-done");
    expect(await count()).toBe(200);

    // in the list
    await page.getByTestId("import-to-list").click();
    await page.waitForURL(/\/deputies/);
    await page.goto(`${system.base}/deputies?filter=${encodeURIComponent(JSON.stringify({ q: `${tag}代表150号` }))}`);
    await page.getByText(`${tag}代表150号`, { exact: true }).waitFor();
    await page.getByText("毕节市第150中学 🏫").waitFor();

    // in the audit log: the import once, with its file name and counts, by this user
    const { auditLogs } = await gql(system, ctx, `{ auditLogs(filter: { operation: { eq: "import" } }) { nodes { actor recordType after } } }`);
    expect(auditLogs.nodes).toEqual([
      { actor: "demo-admin", recordType: "Deputy", after: { fileName: path.basename(file), resource: "deputies", rows: 200, new: 200, changed: 0, unchanged: 0 } },
    ]);
    await page.goto(`${system.base}/auditLogs?filter=${encodeURIComponent(JSON.stringify({ operation_eq: "import" }))}`);
    const row = page.locator("tbody tr").filter({ hasText: path.basename(file) });
    await row.waitFor();
    expect(await row.innerText()).toContain("导入");
    await shot(page, "import-audit");
  }, 240_000);
});
