// Importing deputies with their mandates: one row per deputy and mandate (a deputy with two mandates
// takes two rows with the same ID-card number and the same personal columns). A deputy is matched by
// the ID-card number (its keyed hash), a mandate by (deputy, level, congress term), the table's unique
// key. Mandates the file does not name are kept; nothing is deleted by an import.
import { deputies, deputyMandates, districts, hashIdCard, sealIdCard } from "@daibiao/db";
import { sql } from "drizzle-orm";
import type { AuditEntry } from "../audit-logs/audit.js";
import { datesInOrder } from "../deputies/deputy.write.js";
import { deputyFields, deputyMandateFields } from "../deputies/deputy.input.js";
import type { Row } from "../grammar/loaders.js";
import { column, date, enumOf, int, text, type Column } from "./import.columns.js";
import { changedKeys, insertMany, jsonList, updateMany, type Importer, type RowOutcome } from "./import.engine.js";

export const labels = {
  gender: { male: "男", female: "女" },
  politicalAffiliation: { cpc: "中共党员", cpc_probationary: "中共预备党员", democratic_party: "民主党派", non_party: "无党派人士", masses: "群众" },
  education: {
    doctorate: "博士研究生",
    master: "硕士研究生",
    bachelor: "大学本科",
    junior_college: "大学专科",
    vocational: "中专",
    senior_secondary: "高中",
    junior_secondary: "初中",
    primary: "小学",
  },
  occupationSector: { official: "党政干部", worker: "工人", farmer: "农民", professional: "专业技术人员", business: "企业负责人", military: "解放军", other: "其他" },
  mandateLevel: { national: "全国", provincial: "省级", city: "市级", county: "县级", township: "乡镇级" },
  mandateEndReason: { term_ended: "任期届满", resigned: "辞职", removed: "罢免", transferred: "调离", deceased: "去世", other: "其他" },
};

const f = deputyFields;
const m = deputyMandateFields;
const deputyColumns: Column[] = [
  column("name", "姓名", "Name", f.name, text, { example: "张晓梅" }),
  column("gender", "性别", "Gender", f.gender, enumOf(labels.gender), { example: "女" }),
  column("ethnicity", "民族", "Ethnicity", f.ethnicity, text, { example: "彝族", note: "空白为汉族" }),
  column("birthDate", "出生日期", "Birth date", f.birthDate, date, { example: "1978-03-15" }),
  column("politicalAffiliation", "政治面貌", "Political affiliation", f.politicalAffiliation, enumOf(labels.politicalAffiliation), { example: "中共党员" }),
  column("education", "学历", "Education", f.education, enumOf(labels.education), { example: "大学本科" }),
  column("occupationSector", "代表构成", "Occupation sector", f.occupationSector, enumOf(labels.occupationSector), { example: "专业技术人员" }),
  column("workUnit", "工作单位", "Work unit", f.workUnit, text, { example: "毕节市第一人民医院" }),
  column("jobTitle", "职务", "Job title", f.jobTitle, text, { example: "副院长" }),
  column("phone", "联系电话", "Phone", f.phone, text, { example: "13800000000", note: "手机号11位，或带区号的固定电话" }),
  column("idCard", "身份证号", "ID card number", { ...f.idCard!, required: true }, text, {
    example: "520502197803150023",
    note: "按身份证号匹配已有代表：相同则更新，不同则新增",
  }),
  column("notes", "备注", "Notes", f.notes, text, { example: "" }),
];
const mandateColumns: Column[] = [
  column("level", "代表层级", "Level", { ...m.level!, required: false }, enumOf(labels.mandateLevel), {
    example: "市级",
    note: "一行一个任职；同一代表多个任职写多行（身份证号相同）。按代表、层级和届次匹配已有任职",
  }),
  column("congressTerm", "届次", "Congress term", { ...m.congressTerm!, required: false }, int, { example: 3, note: "填写代表层级时必填" }),
  column("district", "所在区县", "District", undefined, text, { example: "七星关区", note: "区县或乡镇（街道）的名称" }),
  column("electoralUnit", "选举单位", "Electoral unit", m.electoralUnit, text, { example: "七星关区" }),
  column("delegation", "代表团", "Delegation", m.delegation, text, { example: "七星关区代表团" }),
  column("startDate", "任期开始", "Term start", { ...m.startDate!, required: false }, date, { example: "2021-12-20", note: "填写代表层级时必填" }),
  column("endDate", "任期结束", "Term end", m.endDate, date, { example: "" }),
  column("endReason", "终止原因", "End reason", m.endReason, enumOf(labels.mandateEndReason), { example: "" }),
];

const DEPUTY_KEYS = deputyColumns.map((c) => c.key).filter((k) => k !== "idCard");
const MANDATE_KEYS = ["level", "congressTerm", "districtId", "electoralUnit", "delegation", "startDate", "endDate", "endReason"];

export const deputyImport: Importer = {
  resource: "deputies",
  recordType: "Deputy",
  zh: "代表",
  columns: [...deputyColumns, ...mandateColumns],
  check: (v) => {
    const out: { column: string; code: string; reason: string }[] = [];
    const hasMandate = mandateColumns.some((c) => v[c.key] != null);
    if (!hasMandate) return out;
    if (v.level == null) return [{ column: "level", code: "REQUIRED", reason: "填写了任职信息时，代表层级不能为空" }];
    if (v.congressTerm == null) out.push({ column: "congressTerm", code: "REQUIRED", reason: "届次不能为空" });
    if (v.startDate == null) out.push({ column: "startDate", code: "REQUIRED", reason: "任期开始不能为空" });
    if (datesInOrder(v.startDate, v.endDate, "").length) out.push({ column: "endDate", code: "DATES_ORDER", reason: "任期结束不能早于任期开始" });
    if (v.endReason != null && v.endDate == null) out.push({ column: "endReason", code: "END_REASON_NEEDS_END", reason: "填写终止原因时，任期结束不能为空" });
    return out;
  },

  async plan(ctx, q, rows, present, lock) {
    const hashOf = new Map(rows.map((r) => [r.row, hashIdCard(ctx.pii, r.values.idCard as string)]));
    const hashes = [...new Set(hashOf.values())];
    const matching = q.select().from(deputies).where(sql`${deputies.idCardHash} in ${jsonList(hashes)}`);
    const stored = (lock ? await matching.for("update") : await matching) as Row[];
    const byHash = new Map(stored.map((d) => [d.idCardHash as string, d]));
    const storedMandates = (await q
      .select()
      .from(deputyMandates)
      .where(sql`${deputyMandates.deputyId} in (select id from deputies where ${deputies.idCardHash} in ${jsonList(hashes)})`)) as Row[];
    const mandateOf = new Map(storedMandates.map((x) => [`${x.deputyId}|${x.level}|${x.congressTerm}`, x]));
    const names = [...new Set(rows.map((r) => r.values.district).filter((x): x is string => typeof x === "string"))];
    const places = names.length ? await q.select({ id: districts.id, name: districts.name }).from(districts).where(sql`${districts.name} in ${jsonList(names)}`) : [];
    const placesByName = new Map<string, number[]>();
    for (const p of places) placesByName.set(p.name, [...(placesByName.get(p.name) ?? []), p.id]);

    const outcomes = new Map<number, RowOutcome>();
    const first = new Map<string, { row: number; values: Row }>();
    const mandateSeen = new Map<string, number>();
    const newDeputies = new Map<string, Row>();
    const changedDeputies: { before: Row; patch: Row }[] = [];
    const newMandates: { hash: string; row: Row }[] = [];
    const changedMandates: { before: Row; patch: Row }[] = [];
    const deputyKeys = DEPUTY_KEYS.filter((k) => present.has(k));
    const mandateKeys = MANDATE_KEYS.filter((k) => present.has(k === "districtId" ? "district" : k));

    for (const r of rows) {
      const v = r.values;
      const hash = hashOf.get(r.row)!;
      const refuse = (column: string, code: string, reason: string) => r.refusals.push({ row: r.row, column, code, reason });
      const d: Row = {};
      for (const k of deputyKeys) d[k] = k === "ethnicity" && v[k] == null ? "汉族" : v[k];
      const earlier = first.get(hash);
      if (earlier) {
        const diff = changedKeys(earlier.values, d);
        if (diff.length) {
          const col = deputyColumns.find((c) => c.key === diff[0])!.zh;
          refuse(col, "INCONSISTENT", `与第${earlier.row}行身份证号相同，但${diff.map((k) => deputyColumns.find((c) => c.key === k)!.zh).join("、")}不同`);
        }
      }
      let districtId: number | null = null;
      if (typeof v.district === "string") {
        const ids = placesByName.get(v.district) ?? [];
        if (ids.length === 0) refuse("所在区县", "UNKNOWN_DISTRICT", "所在区县不存在，请填写系统中已有的区县或乡镇（街道）名称");
        else if (ids.length > 1) refuse("所在区县", "AMBIGUOUS_DISTRICT", "所在区县有重名，无法确定是哪一个");
        else districtId = ids[0]!;
      }
      const mk = v.level != null ? `${hash}|${v.level}|${v.congressTerm}` : undefined;
      if (mk && mandateSeen.has(mk)) refuse("届次", "DUPLICATE", `与第${mandateSeen.get(mk)}行是同一代表的同一层级、同一届次的任职`);
      if (r.refusals.length) continue;
      if (mk) mandateSeen.set(mk, r.row);

      const existing = byHash.get(hash);
      const changed: string[] = [];
      let status: RowOutcome["status"] = "UNCHANGED";
      if (!earlier) {
        first.set(hash, { row: r.row, values: d });
        if (!existing) {
          status = "NEW";
          newDeputies.set(hash, { ...d, ...sealIdCard(ctx.pii, v.idCard as string) });
        } else {
          const diff = changedKeys(existing, d);
          if (diff.length) {
            status = "CHANGED";
            changed.push(...diff);
            changedDeputies.push({ before: existing, patch: d });
          }
        }
      }
      if (mk) {
        const mrow: Row = {};
        for (const k of mandateKeys) mrow[k] = k === "districtId" ? districtId : v[k];
        const before = existing ? mandateOf.get(`${existing.id}|${v.level}|${v.congressTerm}`) : undefined;
        if (!before) {
          status = "NEW";
          newMandates.push({ hash, row: mrow });
        } else {
          const diff = changedKeys(before, mrow);
          if (diff.length) {
            if (status === "UNCHANGED") status = "CHANGED";
            changed.push(...diff.map((k) => (k === "districtId" ? "district" : k)));
            changedMandates.push({ before, patch: mrow });
          }
        }
      }
      outcomes.set(r.row, { status, changed, label: String(v.name) });
    }

    return {
      outcomes,
      write: async (tx) => {
        const audit: AuditEntry[] = [];
        const added = [...newDeputies.entries()];
        const ids = await insertMany(tx, deputies, added.map(([, row]) => row));
        const idOf = new Map(stored.map((d) => [d.idCardHash as string, d.id as number]));
        added.forEach(([hash, row], i) => {
          idOf.set(hash, ids[i]!);
          audit.push({ operation: "create", recordType: "Deputy", recordId: ids[i], after: { id: ids[i], ...row } });
        });
        await updateMany(tx, deputies, changedDeputies.map((c) => ({ id: c.before.id, ...c.patch })));
        for (const c of changedDeputies) {
          audit.push({ operation: "update", recordType: "Deputy", recordId: c.before.id as number, before: c.before, after: { ...c.before, ...c.patch, version: (c.before.version as number) + 1 } });
        }
        const mandateRows = newMandates.map((x) => ({ deputyId: idOf.get(x.hash)!, ...x.row }));
        const mandateIds = await insertMany(tx, deputyMandates, mandateRows);
        mandateRows.forEach((row, i) => audit.push({ operation: "create", recordType: "DeputyMandate", recordId: mandateIds[i], after: { id: mandateIds[i], ...row } }));
        await updateMany(tx, deputyMandates, changedMandates.map((c) => ({ id: c.before.id, ...c.patch })));
        for (const c of changedMandates) {
          audit.push({ operation: "update", recordType: "DeputyMandate", recordId: c.before.id as number, before: c.before, after: { ...c.before, ...c.patch, version: (c.before.version as number) + 1 } });
        }
        return audit;
      },
    };
  },
};
