import { idCardCheckChar } from "@daibiao/db";
import ExcelJS from "exceljs";
import { inflateRawSync } from "node:zlib";
import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";
import { MAX_FILE_BYTES, MAX_UNPACKED_BYTES, unpackedSize } from "./import.engine.js";

const t = useTestDb();

const IMPORT = `mutation ($r: ImportResource!, $n: String!, $f: String!, $c: Boolean) {
  importRecords(resource: $r, fileName: $n, file: $f, commit: $c) {
    resource fileName committed total newCount changedCount unchangedCount refusedCount columns ignoredColumns
    rows { row status label changedColumns refusals { row column reason code } }
    refusals { row column reason code }
  }
}`;

const idCard = (n: number) => {
  const first17 = `52050219${String(70 + (n % 30))}0${1 + (n % 9)}1${n % 10}${String(n % 1000).padStart(3, "0")}`;
  return first17 + idCardCheckChar(first17);
};

async function xlsx(rows: unknown[][], edit?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("代表");
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
}

const ZH = ["姓名", "性别", "民族", "出生日期", "联系电话", "身份证号", "工作单位", "代表层级", "届次", "所在区县", "任期开始", "任期结束", "终止原因"];
const EN = ["Name", "Gender", "Ethnicity", "Birth date", "Phone", "ID card number", "Work unit", "Level", "Congress term", "District", "Term start", "Term end", "End reason"];

// Odd text on purpose: unicode names, an emoji, a 200-character work unit, an empty ethnicity.
const people = [
  ["阿西·木呷", "男", "彝族", "1975-06-01", "13800000001", idCard(1), "威宁县𠀀草海镇人民政府", "市级", 3, "七星关区", "2021-12-20", null, null],
  ["王小红 🌸", "女", "", new Date(Date.UTC(1988, 1, 29)), "0857-8221234", idCard(2), "长".repeat(200), "县级", 18, "大方县", "2021-10-01", null, null],
  ["Ma Lin", "MALE", "回族", null, null, idCard(3), "", "市级", 3, null, "2021-12-20", "2024-06-30", "调离"],
  // the same deputy as the first row, a second mandate
  ["阿西·木呷", "男", "彝族", "1975-06-01", "13800000001", idCard(1), "威宁县𠀀草海镇人民政府", "县级", 18, "七星关区", "2021-10-01", null, null],
];

async function districts() {
  await t().sql`insert into districts (code, name, level) values ('520502', '七星关区', 'county'), ('520521', '大方县', 'county')`;
}

const counts = async () => {
  const [c] = await t().sql`select (select count(*)::int from deputies) as d, (select count(*)::int from deputy_mandates) as m,
    (select count(*)::int from audit_logs) as a, (select coalesce(sum(version), 0)::int from deputies) as v`;
  return { ...c };
};

it("dry-runs, commits in one go with its audit, and a re-import of the same file changes nothing", async () => {
  await districts();
  const file = await xlsx([ZH, ...people]);
  const vars = { r: "DEPUTIES", n: "代表名册 2024.xlsx", f: file };
  const dry = await t().gql(IMPORT, { ...vars, c: false }, { as: "editor" });
  expect(dry.errors).toBeUndefined();
  const r = dry.data!.importRecords;
  expect(r).toMatchObject({ committed: false, total: 4, newCount: 4, changedCount: 0, unchangedCount: 0, refusedCount: 0, ignoredColumns: [] });
  expect(r.rows.map((x: { row: number; status: string; label: string }) => [x.row, x.status, x.label])).toEqual([
    [2, "NEW", "阿西·木呷"],
    [3, "NEW", "王小红 🌸"],
    [4, "NEW", "Ma Lin"],
    [5, "NEW", "阿西·木呷"],
  ]);
  expect(await counts()).toEqual({ d: 0, m: 0, a: 0, v: 0 });

  const before = t().statements.length;
  const done = await t().gql(IMPORT, { ...vars, c: true }, { as: "editor" });
  expect(done.errors).toBeUndefined();
  expect(done.data!.importRecords).toMatchObject({ committed: true, newCount: 4, refusedCount: 0 });
  // a fixed number of statements, whatever the number of rows
  expect(t().statements.length - before).toBeLessThanOrEqual(12);
  // three people (rows 2 and 5 are one deputy), four mandates; each write audited, and the import once
  expect(await counts()).toEqual({ d: 3, m: 4, a: 3 + 4 + 1, v: 3 });
  const stored = await t().sql`select d.name, d.ethnicity, d.birth_date::text, d.work_unit, d.phone, d.id_card_last4, m.level::text, m.congress_term,
      dist.name as district, m.start_date::text, m.end_date::text, m.end_reason::text
    from deputies d join deputy_mandates m on m.deputy_id = d.id left join districts dist on dist.id = m.district_id order by d.name, m.level`;
  expect(stored.map((x) => ({ ...x }))).toEqual([
    { name: "Ma Lin", ethnicity: "回族", birth_date: null, work_unit: null, phone: null, id_card_last4: idCard(3).slice(-4), level: "city", congress_term: 3, district: null, start_date: "2021-12-20", end_date: "2024-06-30", end_reason: "transferred" },
    { name: "王小红 🌸", ethnicity: "汉族", birth_date: "1988-02-29", work_unit: "长".repeat(200), phone: "0857-8221234", id_card_last4: idCard(2).slice(-4), level: "county", congress_term: 18, district: "大方县", start_date: "2021-10-01", end_date: null, end_reason: null },
    { name: "阿西·木呷", ethnicity: "彝族", birth_date: "1975-06-01", work_unit: "威宁县𠀀草海镇人民政府", phone: "13800000001", id_card_last4: idCard(1).slice(-4), level: "city", congress_term: 3, district: "七星关区", start_date: "2021-12-20", end_date: null, end_reason: null },
    { name: "阿西·木呷", ethnicity: "彝族", birth_date: "1975-06-01", work_unit: "威宁县𠀀草海镇人民政府", phone: "13800000001", id_card_last4: idCard(1).slice(-4), level: "county", congress_term: 18, district: "七星关区", start_date: "2021-10-01", end_date: null, end_reason: null },
  ]);
  // the ID-card number is sealed as every other write seals it: the API opens it for an editor
  const read = await t().gql(`{ deputies(orderBy: [NAME_ASC]) { nodes { name idCard } } }`, {}, { as: "editor" });
  expect(read.data!.deputies.nodes.map((d: { idCard: string }) => d.idCard).sort()).toEqual([idCard(1), idCard(2), idCard(3)].sort());
  const [imp] = await t().sql`select actor, operation, record_type, after from audit_logs where operation = 'import'`;
  expect({ ...imp }).toEqual({
    actor: "test-editor",
    operation: "import",
    record_type: "Deputy",
    after: { fileName: "代表名册 2024.xlsx", resource: "deputies", rows: 4, new: 4, changed: 0, unchanged: 0 },
  });
  // the audit never holds an ID-card or phone number in full
  const audit = JSON.stringify(await t().sql`select before, after from audit_logs`);
  for (const n of [idCard(1), idCard(2), idCard(3), "13800000001", "0857-8221234"]) expect(audit).not.toContain(n);

  const again = await t().gql(IMPORT, { ...vars, c: true }, { as: "editor" });
  expect(again.data!.importRecords).toMatchObject({ committed: false, newCount: 0, changedCount: 0, unchangedCount: 4, refusedCount: 0 });
  expect(await counts()).toEqual({ d: 3, m: 4, a: 8, v: 3 });
});

it("finds a changed row by its ID-card number wherever it moved, and takes English headers", async () => {
  await districts();
  await t().gql(IMPORT, { r: "DEPUTIES", n: "a.xlsx", f: await xlsx([ZH, ...people]), c: true });
  // the rows in another order, English headers; one phone and one mandate's end changed
  const changed = people.map((p) => [...p]);
  changed[0]![4] = "13900000009";
  changed[1]![11] = "2024-12-31";
  changed[1]![12] = "任期届满";
  const file = await xlsx([EN, changed[2]!, changed[3]!, changed[1]!, changed[0]!]);
  const dry = await t().gql(IMPORT, { r: "DEPUTIES", n: "b.xlsx", f: file, c: false });
  const rows = dry.data!.importRecords.rows.map((x: { row: number; status: string; changedColumns: string[] }) => [x.row, x.status, x.changedColumns]);
  expect(rows).toEqual([
    [2, "UNCHANGED", []],
    // row 3 is the first of 阿西·木呷's rows here (the old phone); row 5 has another phone: refused
    [3, "UNCHANGED", []],
    [4, "CHANGED", ["任期结束", "终止原因"]],
    [5, "REFUSED", []],
  ]);
  const refusals = dry.data!.importRecords.refusals;
  expect(refusals).toHaveLength(1);
  expect(refusals[0]).toMatchObject({ row: 5, column: "联系电话", code: "INCONSISTENT" });
  expect(refusals[0].reason).toContain("第3行");
  expect(refusals[0].reason).not.toMatch(/1[0-9]{10}/);

  // the same change on both of the deputy's rows is taken
  changed[3]![4] = "13900000009";
  const good = await xlsx([EN, changed[2]!, changed[3]!, changed[1]!, changed[0]!]);
  const commit = await t().gql(IMPORT, { r: "DEPUTIES", n: "b.xlsx", f: good, c: true });
  expect(commit.data!.importRecords.rows.map((x: { status: string; changedColumns: string[] }) => [x.status, x.changedColumns])).toEqual([
    ["UNCHANGED", []],
    ["CHANGED", ["联系电话"]],
    ["CHANGED", ["任期结束", "终止原因"]],
    ["UNCHANGED", []],
  ]);
  expect(commit.data!.importRecords.committed).toBe(true);
  const [x] = await t().sql`select d.phone, d.version, (select count(*)::int from deputies) as n,
    (select end_reason::text from deputy_mandates m where m.deputy_id = (select id from deputies where name = '王小红 🌸')) as reason,
    (select count(*)::int from audit_logs where operation = 'update') as updates
    from deputies d where d.name = '阿西·木呷'`;
  expect({ ...x }).toEqual({ phone: "13900000009", version: 2, n: 3, reason: "term_ended", updates: 2 });
});

it("refuses bad rows with their row, column and reason in Chinese, never quoting personal data, and a refused commit writes nothing", async () => {
  await districts();
  const bad = [
    ["", "男", "", "", "13800000001", idCard(11), "", "", "", "", "", "", ""],
    ["李四", "未知", "", "1990-02-30", "12345", "520502197501011234", "", "", "", "", "", "", ""],
    ["张三", "男", "", "", "", idCard(12), "", "市级", 3, "不存在县", "", "2020-01-01", ""],
    ["赵六", "女", "", "", "", Number(idCard(13).slice(0, 15)), "", "", "", "", "", "", ""],
    ["钱七", "女", "", "", "", idCard(14), "", "", "", "", "", "", ""],
    ["孙八", "女", "", "", "", idCard(15), "", "市级", 3, "", "2022-01-01", "2021-01-01", ""],
  ];
  const file = await xlsx([ZH, ...bad], (ws) => {
    ws.getCell("G6").value = { formula: "A6&\"单位\"", result: "钱七单位" } as ExcelJS.CellFormulaValue;
  });
  for (const commit of [false, true]) {
    const r = await t().gql(IMPORT, { r: "DEPUTIES", n: "bad.xlsx", f: file, c: commit });
    expect(r.errors).toBeUndefined();
    const rep = r.data!.importRecords;
    expect(rep).toMatchObject({ committed: false, total: 6, refusedCount: 6, newCount: 0 });
    expect(rep.refusals.map((x: { row: number; column: string; code: string }) => [x.row, x.column, x.code])).toEqual([
      [2, "姓名", "REQUIRED"],
      [3, "性别", "INVALID_CHOICE"],
      [3, "出生日期", "INVALID_DATE"],
      [3, "联系电话", "INVALID_PHONE"],
      [3, "身份证号", "INVALID_ID_CARD"],
      [4, "任期开始", "REQUIRED"],
      [5, "身份证号", "ID_CARD_AS_NUMBER"],
      [6, "工作单位", "FORMULA"],
      [7, "任期结束", "DATES_ORDER"],
    ]);
    expect(rep.refusals[0].reason).toBe("姓名不能为空");
    expect(rep.refusals[1].reason).toBe("性别应为：男、女");
    const text = JSON.stringify(rep);
    for (const n of ["13800000001", "12345", "520502197501011234", idCard(11), idCard(13).slice(0, 15)]) expect(text).not.toContain(n);
    expect(await counts()).toEqual({ d: 0, m: 0, a: 0, v: 0 });
  }
  // a district the database does not know is found in the plan, and also refuses the whole commit
  const one = await xlsx([ZH, ["张三", "男", "", "", "", idCard(12), "", "市级", 3, "不存在县", "2020-01-01", "", ""], people[0]!]);
  const r = await t().gql(IMPORT, { r: "DEPUTIES", n: "d.xlsx", f: one, c: true });
  expect(r.data!.importRecords).toMatchObject({ committed: false, refusedCount: 1, newCount: 1 });
  expect(r.data!.importRecords.refusals).toEqual([{ row: 2, column: "所在区县", code: "UNKNOWN_DISTRICT", reason: expect.stringContaining("所在区县不存在") }]);
  expect(await counts()).toEqual({ d: 0, m: 0, a: 0, v: 0 });
});

it("answers files that are not spreadsheets, too large, or without the required columns with a coded error naming the file", async () => {
  const send = (f: string, as: "editor" | "viewer" = "editor") => t().gql(IMPORT, { r: "DEPUTIES", n: "x", f, c: false }, { as });
  const notXlsx = await send(Buffer.from("姓名,性别\n张三,男\n").toString("base64"));
  expect(notXlsx.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NOT_SPREADSHEET", field: "file" });
  expect(notXlsx.errors![0]!.message).toContain("不是 Excel 电子表格");
  const brokenZip = await send(Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.alloc(100, 7)]).toString("base64"));
  expect(brokenZip.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NOT_SPREADSHEET" });
  const xls = await send(Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(100)]).toString("base64"));
  expect(xls.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "OLD_XLS" });
  const big = await send(Buffer.alloc(MAX_FILE_BYTES + 10).toString("base64"));
  expect(big.errors![0]!.extensions).toMatchObject({ code: "PAYLOAD_TOO_LARGE", reason: "FILE_TOO_LARGE", field: "file", maxBytes: MAX_FILE_BYTES });
  // a zip that says it unpacks to more than the limit (a "zip bomb") is refused before it is unpacked
  const bomb = Buffer.from(await xlsx([ZH]), "base64");
  const cd = bomb.readUInt32LE(bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 16);
  bomb.writeUInt32LE(MAX_UNPACKED_BYTES + 1, cd + 24);
  const unpacked = await send(bomb.toString("base64"));
  expect(unpacked.errors![0]!.extensions).toMatchObject({ code: "PAYLOAD_TOO_LARGE", reason: "FILE_TOO_LARGE", field: "file" });
  const notBase64 = await send("这不是base64");
  expect(notBase64.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NOT_BASE64" });
  const missing = await send(await xlsx([["姓名", "电话号码"], ["张三", "13800000000"]]));
  expect(missing.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "MISSING_COLUMNS", field: "file" });
  expect(missing.errors![0]!.message).toContain("性别、身份证号");
  expect((await send(await xlsx([ZH]), "viewer")).errors![0]!.extensions!.code).toBe("FORBIDDEN");
  expect(await counts()).toEqual({ d: 0, m: 0, a: 0, v: 0 });
});

it("gives a template whose headers and example row import as they are", async () => {
  await districts();
  const r = await t().gql(`query { importTemplate(resource: DEPUTIES) { fileName file } }`, {}, { as: "editor" });
  expect(r.data!.importTemplate.fileName).toBe("导入模板-代表.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(r.data!.importTemplate.file, "base64") as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["代表", "填写说明 Notes"]);
  expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1, 4)).toEqual(["姓名", "性别", "民族"]);
  const dry = await t().gql(IMPORT, { r: "DEPUTIES", n: "t.xlsx", f: r.data!.importTemplate.file, c: false });
  expect(dry.data!.importRecords).toMatchObject({ total: 1, newCount: 1, refusedCount: 0, refusals: [] });
});

it("imports training attendances and activity participations by the record's title and date and the deputy's ID-card number", async () => {
  await districts();
  await t().gql(IMPORT, { r: "DEPUTIES", n: "people.xlsx", f: await xlsx([ZH, ...people]), c: true });
  await t().sql`insert into trainings (title, form, start_date, end_date) values ('履职培训 🎓', 'class', '2024-05-20', '2024-05-24'), ('履职培训 🎓', 'class', '2024-09-02', '2024-09-06'),
    ('同名培训', 'lecture', '2024-03-01', '2024-03-01'), ('同名培训', 'online', '2024-03-01', '2024-03-01')`;
  const H = ["培训名称", "培训开始日期", "姓名", "身份证号", "参训状态", "学时"];
  const rows = [
    ["履职培训 🎓", "2024-05-20", "阿西·木呷", idCard(1), "已参训", 32],
    ["履职培训 🎓", "2024-05-20", "", idCard(2), "", null],
    ["履职培训 🎓", "2024-09-02", "Ma Lin", idCard(3), "请假", 0],
  ];
  const bad = [
    ["履职培训 🎓", "2024-05-21", "阿西·木呷", idCard(1), "已参训", 32], // no training that day
    ["同名培训", "2024-03-01", "阿西·木呷", idCard(1), "", null], // two trainings of that name that day
    ["履职培训 🎓", "2024-09-02", "王小红", idCard(2), "", null], // the name is not the number's
    ["履职培训 🎓", "2024-09-02", "", idCard(9), "", null], // no such deputy
    ["履职培训 🎓", "2024-05-20", "", idCard(1), "缺席", null], // row 2's deputy again
    ["履职培训 🎓", "2024-05-20", "", idCard(3), "已参训", 10001], // more hours than allowed
  ];
  const attendances = async () => (await t().sql`select count(*)::int as n from training_attendances`)[0]!.n;
  const refused = await t().gql(IMPORT, { r: "TRAINING_ATTENDANCES", n: "a.xlsx", f: await xlsx([H, ...rows, ...bad]), c: true });
  expect(refused.errors).toBeUndefined();
  expect(refused.data!.importRecords).toMatchObject({ committed: false, newCount: 3, refusedCount: 6 });
  expect(refused.data!.importRecords.refusals.map((x: { row: number; column: string; code: string }) => [x.row, x.column, x.code])).toEqual([
    [5, "培训名称", "UNKNOWN_RECORD"],
    [6, "培训名称", "AMBIGUOUS_RECORD"],
    [7, "姓名", "NAME_MISMATCH"],
    [8, "身份证号", "UNKNOWN_DEPUTY"],
    [9, "身份证号", "DUPLICATE"],
    [10, "学时", "OUT_OF_RANGE"],
  ]);
  expect(JSON.stringify(refused.data)).not.toContain(idCard(9));
  expect(await attendances()).toBe(0);

  const done = await t().gql(IMPORT, { r: "TRAINING_ATTENDANCES", n: "a.xlsx", f: await xlsx([H, ...rows]), c: true });
  expect(done.data!.importRecords).toMatchObject({ committed: true, newCount: 3 });
  const stored = await t().sql`select t.start_date::text, d.name, a.status::text, a.hours::float8 as hours from training_attendances a join trainings t on t.id = a.training_id
    join deputies d on d.id = a.deputy_id order by t.start_date, d.name`;
  expect(stored.map((x) => ({ ...x }))).toEqual([
    { start_date: "2024-05-20", name: "王小红 🌸", status: "enrolled", hours: null },
    { start_date: "2024-05-20", name: "阿西·木呷", status: "attended", hours: 32 },
    { start_date: "2024-09-02", name: "Ma Lin", status: "on_leave", hours: 0 },
  ]);
  expect((await t().sql`select count(*)::int as n from audit_logs where record_type = 'TrainingAttendance'`)[0]!.n).toBe(3 + 1);

  rows[1]![4] = "已参训";
  rows[1]![5] = 12.5;
  const again = await t().gql(IMPORT, { r: "TRAINING_ATTENDANCES", n: "a.xlsx", f: await xlsx([H, ...rows]), c: true });
  expect(again.data!.importRecords.rows.map((x: { status: string; changedColumns: string[] }) => [x.status, x.changedColumns])).toEqual([
    ["UNCHANGED", []],
    ["CHANGED", ["参训状态", "学时"]],
    ["UNCHANGED", []],
  ]);
  expect((await t().sql`select hours from training_attendances where hours = 12.5`).length).toBe(1);
  expect(await attendances()).toBe(3);

  await t().sql`insert into activities (area, kind, title, date) select area, kind, '立法调研', '2024-06-12' from (select (enum_range(null::activity_area))[1] as area, (enum_range(null::activity_kind))[1] as kind) e`;
  const P = ["Activity", "Activity date", "ID card number", "Role"];
  const part = await t().gql(IMPORT, { r: "ACTIVITY_PARTICIPATIONS", n: "p.xlsx", f: await xlsx([P, ["立法调研", "2024-06-12", idCard(1), "带队"], ["立法调研", "2024-06-12", idCard(2), ""]]), c: true });
  expect(part.data!.importRecords).toMatchObject({ committed: true, newCount: 2 });
  const roles = await t().sql`select d.name, p.role::text from activity_participations p join deputies d on d.id = p.deputy_id order by d.name`;
  expect(roles.map((x) => ({ ...x }))).toEqual([
    { name: "王小红 🌸", role: "participant" },
    { name: "阿西·木呷", role: "leader" },
  ]);
});

it("imports stations and their rooms, matched by name, kind and county, rooms under a station of the same file", async () => {
  await districts();
  await t().sql`insert into districts (code, name, level, parent_id) select '520502001', '市西街道', 'township', id from districts where name = '七星关区'`;
  const H = ["名称", "类型", "上级站点", "所在区县", "所在乡镇", "示范", "示范年份", "联系电话", "在用"];
  const rows = [
    ["市西街道代表联络站 ⭐", "代表联络站", "", "七星关区", "市西街道", "是", 2023, "0857-8221234", ""],
    ["市西街道第一联络室", "代表联络室", "市西街道代表联络站 ⭐", "七星关区", "市西街道", "", "", "", "否"],
    ["大方县网上联络站", "网上联络站", "", "大方县", "", "", "", "", ""],
  ];
  const bad = [
    ["不示范的站", "代表联络站", "", "七星关区", "", "否", 2022, "", ""], // a model year without being a model
    ["孤立的联络室", "代表联络室", "不存在的站", "七星关区", "", "", "", "", ""], // no such station
    ["有上级的站", "代表联络站", "市西街道代表联络站 ⭐", "七星关区", "", "", "", "", ""], // only rooms have one
  ];
  const stationsCount = async () => (await t().sql`select count(*)::int as n from stations`)[0]!.n;
  const refused = await t().gql(IMPORT, { r: "STATIONS", n: "s.xlsx", f: await xlsx([H, ...rows, ...bad]), c: true });
  expect(refused.errors).toBeUndefined();
  expect(refused.data!.importRecords.refusals.map((x: { row: number; column: string; code: string }) => [x.row, x.column, x.code])).toEqual([
    [5, "示范年份", "RULE"],
    [6, "上级站点", "UNKNOWN_PARENT"],
    [7, "上级站点", "RULE"],
  ]);
  expect(await stationsCount()).toBe(0);
  const done = await t().gql(IMPORT, { r: "STATIONS", n: "s.xlsx", f: await xlsx([H, ...rows]), c: true });
  expect(done.data!.importRecords).toMatchObject({ committed: true, newCount: 3 });
  const stored = await t().sql`select s.name, s.kind::text, p.name as parent, d.name as district, tw.name as township, s.is_model, s.model_year, s.active
    from stations s left join stations p on p.id = s.parent_id left join districts d on d.id = s.district_id left join districts tw on tw.id = s.township_id order by s.id`;
  expect(stored.map((x) => ({ ...x }))).toEqual([
    { name: "市西街道代表联络站 ⭐", kind: "station", parent: null, district: "七星关区", township: "市西街道", is_model: true, model_year: 2023, active: true },
    { name: "大方县网上联络站", kind: "online", parent: null, district: "大方县", township: null, is_model: false, model_year: null, active: true },
    { name: "市西街道第一联络室", kind: "room", parent: "市西街道代表联络站 ⭐", district: "七星关区", township: "市西街道", is_model: false, model_year: null, active: false },
  ]);
  rows[2]![8] = "否";
  const again = await t().gql(IMPORT, { r: "STATIONS", n: "s.xlsx", f: await xlsx([H, ...rows]), c: true });
  expect(again.data!.importRecords.rows.map((x: { status: string; changedColumns: string[] }) => [x.status, x.changedColumns])).toEqual([
    ["UNCHANGED", []],
    ["UNCHANGED", []],
    ["CHANGED", ["在用"]],
  ]);
  expect(await stationsCount()).toBe(3);
  expect((await t().sql`select count(*)::int as n from audit_logs where record_type = 'Station'`)[0]!.n).toBe(3 + 1 + 1 + 1);
});

it("imports postings at stations by the station's name, the deputy's ID-card number and the from date", async () => {
  await districts();
  await t().gql(IMPORT, { r: "DEPUTIES", n: "people.xlsx", f: await xlsx([ZH, ...people]), c: true });
  await t().sql`insert into stations (name, kind) values ('市西街道代表联络站', 'station'), ('重名站', 'station'), ('重名站', 'online')`;
  const H = ["站点名称", "身份证号", "职务", "进站日期", "离站日期"];
  const rows = [
    ["市西街道代表联络站", idCard(1), "站长", "2022-01-01", ""],
    // the same deputy again from another date: a second posting
    ["市西街道代表联络站", idCard(1), "", "2024-01-01", ""],
    ["市西街道代表联络站", idCard(2), "", "", ""],
  ];
  const bad = [
    ["重名站", idCard(3), "", "", ""],
    ["市西街道代表联络站", idCard(3), "", "2024-05-01", "2024-04-30"],
    ["市西街道代表联络站", idCard(2), "站长", "", ""],
  ];
  const refused = await t().gql(IMPORT, { r: "STATION_DEPUTIES", n: "p.xlsx", f: await xlsx([H, ...rows, ...bad]), c: false });
  expect(refused.data!.importRecords.refusals.map((x: { row: number; column: string; code: string }) => [x.row, x.column, x.code])).toEqual([
    [5, "站点名称", "AMBIGUOUS_RECORD"],
    [6, "离站日期", "DATES_ORDER"],
    [7, "身份证号", "DUPLICATE"],
  ]);
  const done = await t().gql(IMPORT, { r: "STATION_DEPUTIES", n: "p.xlsx", f: await xlsx([H, ...rows]), c: true });
  expect(done.data!.importRecords).toMatchObject({ committed: true, newCount: 3 });
  const stored = await t().sql`select d.name, p.role::text, p.from_date::text from station_deputies p join deputies d on d.id = p.deputy_id order by d.name, p.from_date nulls first`;
  expect(stored.map((x) => ({ ...x }))).toEqual([
    { name: "王小红 🌸", role: "member", from_date: null },
    { name: "阿西·木呷", role: "head", from_date: "2022-01-01" },
    { name: "阿西·木呷", role: "member", from_date: "2024-01-01" },
  ]);
  const again = await t().gql(IMPORT, { r: "STATION_DEPUTIES", n: "p.xlsx", f: await xlsx([H, ...rows]), c: true });
  expect(again.data!.importRecords).toMatchObject({ committed: false, unchangedCount: 3 });
});

it("imports receptions by date, station and subject, adding the deputies present by their ID-card numbers", async () => {
  await districts();
  await t().gql(IMPORT, { r: "DEPUTIES", n: "people.xlsx", f: await xlsx([ZH, ...people]), c: true });
  await t().sql`insert into stations (name, kind, district_id) select '市西街道代表联络站', 'station', id from districts where name = '七星关区'`;
  const H = ["日期", "接待方式", "站点名称", "接待群众人数", "主题", "接待代表身份证号"];
  const rows = [
    ["2024-05-10", "进站接待", "市西街道代表联络站", 8, "停车难 🚗", `${idCard(1)}、${idCard(2)}`],
    ["2024-05-10", "进站接待", "市西街道代表联络站", 3, "", idCard(3)],
    ["2024-06-01", "走访群众", "", 12, "走访", ""],
  ];
  const bad = [
    ["2024-05-11", "进站接待", "", 1, "没有站点", ""],
    ["2024-05-12", "进站接待", "市西街道代表联络站", 1, "不认识的代表", `${idCard(1)} ${idCard(9)}`],
    ["2024-05-10", "网上接待", "市西街道代表联络站", 2, "停车难 🚗", ""],
  ];
  const refused = await t().gql(IMPORT, { r: "RECEPTIONS", n: "r.xlsx", f: await xlsx([H, ...rows, ...bad]), c: true });
  expect(refused.errors).toBeUndefined();
  expect(refused.data!.importRecords.refusals.map((x: { row: number; column: string; code: string }) => [x.row, x.column, x.code])).toEqual([
    [5, "站点名称", "REQUIRED"],
    [6, "接待代表身份证号", "UNKNOWN_DEPUTY"],
    [7, "主题", "DUPLICATE"],
  ]);
  expect(JSON.stringify(refused.data)).not.toContain(idCard(9));
  expect((await t().sql`select count(*)::int as n from receptions`)[0]!.n).toBe(0);
  const done = await t().gql(IMPORT, { r: "RECEPTIONS", n: "r.xlsx", f: await xlsx([H, ...rows]), c: true });
  expect(done.data!.importRecords).toMatchObject({ committed: true, newCount: 3 });
  const stored = await t().sql`select r.date::text, r.way::text, s.name as station, d.name as district, r.constituents_count, r.subject,
    (select count(*)::int from reception_deputies x where x.reception_id = r.id) as deputies from receptions r
    left join stations s on s.id = r.station_id left join districts d on d.id = r.district_id order by r.id`;
  expect(stored.map((x) => ({ ...x }))).toEqual([
    { date: "2024-05-10", way: "in_person", station: "市西街道代表联络站", district: "七星关区", constituents_count: 8, subject: "停车难 🚗", deputies: 2 },
    { date: "2024-05-10", way: "in_person", station: "市西街道代表联络站", district: "七星关区", constituents_count: 3, subject: null, deputies: 1 },
    { date: "2024-06-01", way: "visit", station: null, district: null, constituents_count: 12, subject: "走访", deputies: 0 },
  ]);
  rows[0]![5] = `${idCard(1)}，${idCard(2)}，${idCard(3)}`;
  const again = await t().gql(IMPORT, { r: "RECEPTIONS", n: "r.xlsx", f: await xlsx([H, ...rows]), c: true });
  expect(again.data!.importRecords.rows.map((x: { status: string; changedColumns: string[] }) => [x.status, x.changedColumns])).toEqual([
    ["CHANGED", ["接待代表身份证号"]],
    ["UNCHANGED", []],
    ["UNCHANGED", []],
  ]);
  expect((await t().sql`select count(*)::int as n from reception_deputies`)[0]!.n).toBe(4);
});

it("reads what a file unpacks to from its zip directory, before unpacking it", async () => {
  const file = Buffer.from(await xlsx([ZH, ...people]), "base64");
  // the truth: inflate every part and add up the bytes
  let inflated = 0;
  const eocd = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  for (let i = 0, at = file.readUInt32LE(eocd + 16); i < file.readUInt16LE(eocd + 10); i++) {
    const [method, compressed, local] = [file.readUInt16LE(at + 10), file.readUInt32LE(at + 20), file.readUInt32LE(at + 42)];
    const data = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    const body = file.subarray(data, data + compressed);
    inflated += method === 8 ? inflateRawSync(body).length : body.length;
    at += 46 + file.readUInt16LE(at + 28) + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
  expect(inflated).toBeGreaterThan(file.length);
  expect(unpackedSize(file)).toBe(inflated);
  expect(unpackedSize(Buffer.from("PK\x03\x04 not a zip"))).toBe(Infinity);
});
