// Importing receptions of constituents: one row each, with the deputies present as ID-card numbers
// (several in one cell, separated by 、 , ; or spaces). A reception is matched by (date, station,
// subject), the way staff tell them apart; deputies are added to a reception, never removed by an
// import (opinions are recorded in the console, one by one).
import { deputies, districts, hashIdCard, isValidIdCard, normalizeIdCard, receptionDeputies, receptions, stations } from "@daibiao/db";
import { sql } from "drizzle-orm";
import type { AuditEntry } from "../audit-logs/audit.js";
import type { Row } from "../grammar/loaders.js";
import { receptionFields as f } from "../receptions/reception.input.js";
import { receptionWrite } from "../receptions/reception.write.js";
import { column, date, enumOf, int, text, type Column } from "./import.columns.js";
import { changedKeys, insertMany, jsonList, updateMany, type Importer, type RowOutcome } from "./import.engine.js";

const columns: Column[] = [
  column("date", "日期", "Date", f.date, date, { example: "2024-05-10", note: "按日期、站点和主题匹配已有的接待" }),
  column("way", "接待方式", "Way", f.way, enumOf({ in_person: "进站接待", online: "网上接待", visit: "走访群众" }), { example: "进站接待" }),
  column("station", "站点名称", "Station", { type: () => String, max: 200 }, text, { example: "七星关区市西街道代表联络站", note: "走访群众可不填" }),
  column("district", "所在区县", "District", { type: () => String, max: 100 }, text, { example: "", note: "空白为站点所在区县" }),
  column("constituentsCount", "接待群众人数", "Constituents", f.constituentsCount, int, { example: 8 }),
  column("subject", "主题", "Subject", f.subject, text, { example: "听取群众对城市停车问题的意见" }),
  column("notes", "备注", "Notes", f.notes, text, { example: "" }),
  column("deputies", "接待代表身份证号", "Deputies' ID card numbers", { type: () => String, max: 5000 }, text, {
    example: "520502197803150023",
    note: "多名代表用顿号、逗号或空格分隔；只增加，不会移除已有的接待代表",
  }),
];
const OWN = ["date", "way", "constituentsCount", "subject", "notes"];
const split = (s: unknown) => (typeof s === "string" ? s.split(/[、,，;；\s]+/).map((x) => x.trim()).filter(Boolean) : []);

export const receptionImport: Importer = {
  resource: "receptions",
  recordType: "Reception",
  zh: "接待群众",
  columns,
  check: (v) => {
    const out: { column: string; code: string; reason: string }[] = [];
    // the reception service's rule: a station unless the deputies visited the constituents
    if ((receptionWrite.check?.({ way: v.way, stationId: v.station ?? null }) ?? []).length) out.push({ column: "station", code: "REQUIRED", reason: "除走访群众外，站点名称不能为空" });
    if (split(v.deputies).some((x) => !isValidIdCard(x))) out.push({ column: "deputies", code: "INVALID_ID_CARD", reason: "接待代表身份证号中有无效的身份证号" });
    return out;
  },

  async plan(ctx, q, rows, present, lock) {
    const stationNames = [...new Set(rows.map((r) => r.values.station).filter((x): x is string => typeof x === "string"))];
    const places = stationNames.length ? await q.select({ id: stations.id, name: stations.name, districtId: stations.districtId }).from(stations).where(sql`${stations.name} in ${jsonList(stationNames)}`) : [];
    const districtNames = [...new Set(rows.map((r) => r.values.district).filter((x): x is string => typeof x === "string"))];
    const areas = districtNames.length ? await q.select({ id: districts.id, name: districts.name }).from(districts).where(sql`${districts.name} in ${jsonList(districtNames)}`) : [];
    const hashes = [...new Set(rows.flatMap((r) => split(r.values.deputies).map((x) => hashIdCard(ctx.pii, normalizeIdCard(x)))))];
    const people = hashes.length ? await q.select({ id: deputies.id, hash: deputies.idCardHash }).from(deputies).where(sql`${deputies.idCardHash} in ${jsonList(hashes)}`) : [];
    const personOf = new Map(people.map((p) => [p.hash, p.id]));
    const dates = [...new Set(rows.map((r) => r.values.date as string))];
    const matching = q.select().from(receptions).where(sql`${receptions.date} in (select x::date from jsonb_array_elements_text(${JSON.stringify(dates)}::jsonb) as x)`);
    const stored = (lock ? await matching.for("update") : await matching) as Row[];
    const key = (d: unknown, stationId: unknown, subject: unknown) => `${d}|${stationId ?? ""}|${subject ?? ""}`;
    const storedBy = new Map<string, Row[]>();
    for (const s of stored) storedBy.set(key(s.date, s.stationId, s.subject), [...(storedBy.get(key(s.date, s.stationId, s.subject)) ?? []), s]);
    const present0 = stored.length ? await q.select().from(receptionDeputies).where(sql`${receptionDeputies.receptionId} in ${jsonList(stored.map((s) => s.id as number))}`) : [];
    const presentAt = new Set(present0.map((p) => `${p.receptionId}|${p.deputyId}`));

    const outcomes = new Map<number, RowOutcome>();
    const seen = new Map<string, number>();
    const inserts: { row: Row; deputyIds: number[] }[] = [];
    const updates: { before: Row; patch: Row }[] = [];
    const added: { receptionId: number; deputyId: number }[] = [];
    for (const r of rows) {
      const v = r.values;
      const refuse = (column: string, code: string, reason: string) => r.refusals.push({ row: r.row, column, code, reason });
      let stationId: number | null = null;
      let districtId: number | null = null;
      if (typeof v.station === "string") {
        const found = places.filter((p) => p.name === v.station);
        if (found.length !== 1) refuse("站点名称", found.length ? "AMBIGUOUS_RECORD" : "UNKNOWN_RECORD", found.length ? "站点名称有重名，无法确定是哪一个" : "找不到该站点，请填写系统中已有的站点名称");
        else [stationId, districtId] = [found[0]!.id, found[0]!.districtId];
      }
      if (typeof v.district === "string") {
        const found = areas.filter((a) => a.name === v.district);
        if (found.length !== 1) refuse("所在区县", found.length ? "AMBIGUOUS_DISTRICT" : "UNKNOWN_DISTRICT", found.length ? "所在区县有重名，无法确定是哪一个" : "所在区县不存在，请填写系统中已有的名称");
        else districtId = found[0]!.id;
      }
      const deputyIds: number[] = [];
      for (const card of split(v.deputies)) {
        const id = personOf.get(hashIdCard(ctx.pii, normalizeIdCard(card)));
        if (id === undefined) {
          refuse("接待代表身份证号", "UNKNOWN_DEPUTY", "接待代表中有系统里没有的身份证号，请先导入或新增代表");
          break;
        }
        if (!deputyIds.includes(id)) deputyIds.push(id);
      }
      const k = key(v.date, stationId, v.subject);
      if (seen.has(k)) refuse("主题", "DUPLICATE", `与第${seen.get(k)}行是同一次接待（日期、站点和主题相同）`);
      const matches = storedBy.get(k) ?? [];
      if (matches.length > 1) refuse("主题", "AMBIGUOUS_RECORD", "系统中有多次日期、站点和主题都相同的接待，无法确定是哪一次");
      if (r.refusals.length) continue;
      seen.set(k, r.row);
      const row: Row = { stationId };
      for (const c of OWN) if (present.has(c)) row[c] = v[c] ?? (c === "constituentsCount" ? 0 : null);
      if (present.has("district") || present.has("station")) row.districtId = districtId;
      const label = `${v.date} ${v.subject ?? ""}`.trim();
      const before = matches[0];
      if (!before) {
        inserts.push({ row, deputyIds });
        outcomes.set(r.row, { status: "NEW", changed: [], label });
        continue;
      }
      const diff = changedKeys(before, row).map((d) => (d === "districtId" ? "district" : d === "stationId" ? "station" : d));
      const more = deputyIds.filter((d) => !presentAt.has(`${before.id}|${d}`));
      if (more.length) diff.push("deputies");
      if (changedKeys(before, row).length) updates.push({ before, patch: row });
      for (const d of more) added.push({ receptionId: before.id as number, deputyId: d });
      outcomes.set(r.row, { status: diff.length ? "CHANGED" : "UNCHANGED", changed: diff, label });
    }

    return {
      outcomes,
      write: async (tx) => {
        const audit: AuditEntry[] = [];
        const keys = [...new Set(inserts.flatMap((x) => Object.keys(x.row)))];
        const full = inserts.map((x) => Object.fromEntries(keys.map((c) => [c, x.row[c] ?? (c === "constituentsCount" ? 0 : null)])));
        const ids = await insertMany(tx, receptions, full);
        full.forEach((row, i) => audit.push({ operation: "create", recordType: "Reception", recordId: ids[i], after: { id: ids[i], ...row } }));
        inserts.forEach((x, i) => x.deputyIds.forEach((deputyId) => added.push({ receptionId: ids[i]!, deputyId })));
        await updateMany(tx, receptions, updates.map((u) => ({ id: u.before.id, ...u.patch })));
        for (const u of updates) audit.push({ operation: "update", recordType: "Reception", recordId: u.before.id as number, before: u.before, after: { ...u.before, ...u.patch, version: (u.before.version as number) + 1 } });
        const linkIds = await insertMany(tx, receptionDeputies, added);
        added.forEach((row, i) => audit.push({ operation: "create", recordType: "ReceptionDeputy", recordId: linkIds[i], after: { id: linkIds[i], ...row } }));
        return audit;
      },
    };
  },
};
