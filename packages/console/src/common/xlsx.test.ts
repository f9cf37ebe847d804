// The Excel export: a list's rows written through the same columns as its CSV, read back with exceljs
// (and the file's XML with JSZip) — Chinese headers, typed cells, the frozen header, widths, masked
// numbers as the API sent them, odd text kept as text, and no formula whatever the text.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { zh } from "../i18n/zh";
import { col, dateCol, enumCol, toCsv, type CsvColumn } from "./exporter";
import { buildWorkbook, cellValue, listSheet, MAX_CELL_TEXT, sheetName } from "./xlsx";

const columns: CsvColumn[] = [
  col("deputies", "name"),
  enumCol("deputies", "gender", "Gender"),
  dateCol("deputies", "birthDate"),
  col("deputies", "phone"),
  col("proposals", "peopleBenefited"),
  { header: "resources.proposalEvaluations.fields.evaluatedAt", value: (r) => r.at, kind: "datetime" },
  col("stations", "isModel"),
  { header: "resources.proposals.fields.units", value: (r) => r.units },
];

const long = "长".repeat(40_000);
const injections = ["=1+1", "+SUM(A1:A2)", "-2+3", "@cmd", '=HYPERLINK("http://x","y")'];
const records: Record<string, any>[] = [
  { name: "王𠮷👩‍🌾", gender: "FEMALE", birthDate: "1970-01-31", phone: "138****5678", peopleBenefited: 74000, at: "2024-05-01T02:03:04Z", isModel: true, units: ["市交通局", "市财政局"] },
  { name: "", gender: null, birthDate: null, phone: null, peopleBenefited: 0, at: null, isModel: false, units: [] },
  { name: long, gender: "MALE", birthDate: "2000-02-29", phone: "", peopleBenefited: 1.5, at: "", isModel: null, units: ["a\u0007b"] },
  ...injections.map((name) => ({ name, gender: "MALE", birthDate: "1999-12-31", phone: name, peopleBenefited: -3, at: null, isModel: null, units: null })),
];

async function roundTrip() {
  const wb = await buildWorkbook([listSheet("deputies", records, columns)]);
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return { ws: back.worksheets[0]!, zip: await JSZip.loadAsync(buffer as ArrayBuffer) };
}

describe("the Excel export of a list", () => {
  it("writes the Chinese headers, one row per record, typed cells and the masked numbers as given", async () => {
    const { ws } = await roundTrip();
    expect(ws.name).toBe("代表");
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      zh.resources.deputies.fields.name,
      zh.resources.deputies.fields.gender,
      zh.resources.deputies.fields.birthDate,
      zh.resources.deputies.fields.phone,
      zh.resources.proposals.fields.peopleBenefited,
      zh.resources.proposalEvaluations.fields.evaluatedAt,
      zh.resources.stations.fields.isModel,
      zh.resources.proposals.fields.units,
    ]);
    expect(ws.rowCount).toBe(records.length + 1);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    const first = ws.getRow(2);
    expect(first.getCell(1).value).toBe("王𠮷👩‍🌾");
    expect(first.getCell(2).value).toBe(zh.enums.Gender.FEMALE);
    expect(first.getCell(3).type).toBe(ExcelJS.ValueType.Date);
    expect((first.getCell(3).value as Date).toISOString()).toBe("1970-01-31T00:00:00.000Z");
    expect(first.getCell(3).numFmt).toBe("yyyy-mm-dd");
    expect(first.getCell(4).value).toBe("138****5678");
    expect(first.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(5).value).toBe(74000);
    // the wall-clock time of this machine's zone, as the console shows it
    const at = new Date("2024-05-01T02:03:04Z");
    expect((first.getCell(6).value as Date).getTime()).toBe(at.getTime() - at.getTimezoneOffset() * 60_000);
    expect(first.getCell(7).value).toBe("是");
    expect(first.getCell(8).value).toBe("市交通局；市财政局");

    const empty = ws.getRow(3);
    expect(empty.getCell(1).type).toBe(ExcelJS.ValueType.Null);
    expect(empty.getCell(3).type).toBe(ExcelJS.ValueType.Null);
    expect(empty.getCell(5).value).toBe(0);
    expect(empty.getCell(7).value).toBe("否");

    // Excel's limit on a cell, and the characters XML cannot hold, dropped rather than a broken file
    const odd = ws.getRow(4);
    expect(odd.getCell(1).value).toBe("长".repeat(MAX_CELL_TEXT));
    expect((odd.getCell(3).value as Date).toISOString()).toBe("2000-02-29T00:00:00.000Z");
    expect(odd.getCell(5).value).toBe(1.5);
    expect(odd.getCell(8).value).toBe("ab");
  });

  it("writes text that looks like a formula as text: no formula in the file", async () => {
    const { ws, zip } = await roundTrip();
    injections.forEach((text, i) => {
      for (const c of [1, 4]) {
        const cell = ws.getRow(5 + i).getCell(c);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(text);
        expect(cell.formula).toBeUndefined();
      }
    });
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).not.toMatch(/<f[ >]/);
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    expect(strings).toContain("=1+1");
  });

  it("sizes columns to their text, a Chinese character taking two, within bounds", async () => {
    const { ws } = await roundTrip();
    expect(ws.getColumn(1).width).toBe(60); // the very long name, capped
    expect(ws.getColumn(3).width).toBe(13); // a date
    expect(ws.getColumn(8).width).toBe("市交通局；市财政局".length * 2 + 2);
    expect(ws.getColumn(7).width).toBe(zh.resources.stations.fields.isModel.length * 2 + 2); // 是/否 under a wider header
  });

  it("holds the same rows as the CSV of the same columns", async () => {
    const { ws } = await roundTrip();
    const csvLines = toCsv(records, columns).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(csvLines).toHaveLength(ws.rowCount);
    expect(csvLines[0]!.split(",")).toEqual((ws.getRow(1).values as string[]).slice(1));
    expect(csvLines[1]!.startsWith("王𠮷👩‍🌾,女,1970-01-31,138****5678,74000,")).toBe(true);
  });
});

describe("the CSV", () => {
  it("writes a text a spreadsheet would run as a formula with a leading apostrophe, numbers as they are", () => {
    const cols: CsvColumn[] = [{ header: "h", value: (r) => r.v }];
    const csv = (v: unknown) => toCsv([{ v }], cols).replace(/^\uFEFF/, "").split("\r\n")[1];
    expect(csv("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const s of ["+1", "-1+2", "@SUM(A1)", "\tx"]) expect(csv(s)).toBe(`'${s}`);
    expect(csv("\rx")).toBe(`"'\rx"`);
    expect(csv(-5)).toBe("-5");
    expect(csv("a=b")).toBe("a=b");
  });
});

describe("cells and sheet names", () => {
  it("types values by the column's kind", () => {
    expect(cellValue(12)).toBe(12);
    expect(cellValue(Number.NaN)).toBeNull();
    expect(cellValue("12")).toBe("12");
    expect(cellValue("2024-13-45", "date")).toBe("2024-13-45"); // no such day: kept as text
    expect(cellValue("2023-02-29", "date")).toBe("2023-02-29");
    expect(cellValue("not a time", "datetime")).toBe("not a time");
    expect(cellValue("2024-01-02")).toBe("2024-01-02"); // a date only where the column says so
  });

  it("makes names Excel accepts, unique in the workbook", () => {
    const taken = new Set<string>();
    expect(sheetName("a/b:c*d?[e]\\f", taken)).toBe("a_b_c_d__e__f");
    expect(sheetName("代".repeat(40), taken)).toBe("代".repeat(31));
    expect(sheetName("代".repeat(40), taken)).toBe(`${"代".repeat(29)}_2`);
    expect(sheetName("", taken)).toBe("Sheet");
    expect(sheetName("SHEET", taken)).toBe("SHEET_2");
  });
});
