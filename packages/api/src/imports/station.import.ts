// Importing liaison stations and rooms: one row each. A station is matched by (name, kind, county),
// the natural key staff use (no two stations of a county share a name); a room names its station in
// 上级站点, stored already or a station row of the same file (stations are written before rooms).
import { districts, stations } from "@daibiao/db";
import { sql } from "drizzle-orm";
import type { AuditEntry } from "../audit-logs/audit.js";
import type { Row } from "../grammar/loaders.js";
import { stationFields as f } from "../stations/station.input.js";
import { stationWrite } from "../stations/station.write.js";
import { bool, column, date, enumOf, int, text, type Column } from "./import.columns.js";
import { changedKeys, insertMany, jsonList, updateMany, type Importer, type RowOutcome } from "./import.engine.js";

const KINDS = { station: "代表联络站", room: "代表联络室", online: "网上联络站" };

const columns: Column[] = [
  column("name", "名称", "Name", f.name, text, { example: "七星关区市西街道代表联络站", note: "按名称、类型和所在区县匹配已有站点" }),
  column("kind", "类型", "Kind", f.kind, enumOf(KINDS), { example: "代表联络站" }),
  column("parent", "上级站点", "Parent station", { type: () => String, max: 200 }, text, { example: "", note: "联络室所属联络站的名称（同一区县，已有或本文件中的）" }),
  column("district", "所在区县", "District", { type: () => String, max: 100 }, text, { example: "七星关区" }),
  column("township", "所在乡镇", "Township", { type: () => String, max: 100 }, text, { example: "市西街道" }),
  column("address", "地址", "Address", f.address, text, { example: "毕节市七星关区市西路1号" }),
  column("isModel", "示范", "Model", f.isModel, bool, { example: "是", note: "是 / 否，空白为否" }),
  column("modelYear", "示范年份", "Model year", f.modelYear, int, { example: 2023 }),
  column("isIndustry", "行业专业", "Industry", f.isIndustry, bool, { example: "否", note: "是 / 否，空白为否" }),
  column("industry", "行业", "Industry field", f.industry, text, { example: "" }),
  column("contactPerson", "联系人", "Contact person", f.contactPerson, text, { example: "李明" }),
  column("contactPhone", "联系电话", "Contact phone", f.contactPhone, text, { example: "0857-8221234" }),
  column("openedOn", "设立日期", "Opened on", f.openedOn, date, { example: "2019-06-01" }),
  column("active", "在用", "Active", f.active, bool, { example: "是", note: "是 / 否，空白为是" }),
];
const OWN = ["name", "kind", "address", "isModel", "modelYear", "isIndustry", "industry", "contactPerson", "contactPhone", "openedOn", "active"];
const DEFAULTS: Row = { isModel: false, isIndustry: false, active: true };
// the station service's rules over a whole record, said in Chinese on the column to correct
const REASONS: Record<string, [string, string]> = {
  "input.parentId": ["上级站点", "只有代表联络室才有上级站点"],
  "input.modelYear": ["示范年份", "只有示范站点才填示范年份"],
  "input.industry": ["行业", "只有行业专业站点才填行业"],
};

export const stationImport: Importer = {
  resource: "stations",
  recordType: "Station",
  zh: "联络站点",
  columns,
  check: (v) =>
    (stationWrite.check?.({ ...DEFAULTS, ...v, parentId: v.parent != null ? 0 : null }) ?? []).map((e) => {
      const [col, reason] = REASONS[e.field] ?? ["名称", e.message];
      return { column: columns.find((c) => c.zh === col)!.key, code: "RULE", reason };
    }),

  async plan(_ctx, q, rows, present, lock) {
    const placeNames = [...new Set(rows.flatMap((r) => [r.values.district, r.values.township]).filter((x): x is string => typeof x === "string"))];
    const places = placeNames.length ? await q.select({ id: districts.id, name: districts.name }).from(districts).where(sql`${districts.name} in ${jsonList(placeNames)}`) : [];
    const placeIds = new Map<string, number[]>();
    for (const p of places) placeIds.set(p.name, [...(placeIds.get(p.name) ?? []), p.id]);
    const names = [...new Set(rows.flatMap((r) => [r.values.name, r.values.parent]).filter((x): x is string => typeof x === "string"))];
    const matching = q.select().from(stations).where(sql`${stations.name} in ${jsonList(names)}`);
    const stored = (lock ? await matching.for("update") : await matching) as Row[];
    const key = (name: unknown, kind: unknown, districtId: unknown) => `${name}|${kind}|${districtId ?? ""}`;
    const storedBy = new Map<string, Row[]>();
    for (const s of stored) storedBy.set(key(s.name, s.kind, s.districtId), [...(storedBy.get(key(s.name, s.kind, s.districtId)) ?? []), s]);

    const outcomes = new Map<number, RowOutcome>();
    const seen = new Map<string, number>();
    // station rows of this file by key, for rooms to find their station
    const fileStations = new Map<string, { row: number; values: Row }>();
    const inserts: { k: string; row: Row; parentKey?: string }[] = [];
    const updates: { before: Row; patch: Row; parentKey?: string }[] = [];
    const place = (r: (typeof rows)[number], col: "district" | "township", header: string) => {
      const name = r.values[col];
      if (typeof name !== "string") return null;
      const ids = placeIds.get(name) ?? [];
      if (ids.length !== 1) r.refusals.push({ row: r.row, column: header, code: ids.length ? "AMBIGUOUS_DISTRICT" : "UNKNOWN_DISTRICT", reason: ids.length ? `${header}有重名，无法确定是哪一个` : `${header}不存在，请填写系统中已有的名称` });
      return ids.length === 1 ? ids[0]! : null;
    };
    for (const r of rows) {
      const v = r.values;
      const districtId = place(r, "district", "所在区县");
      const townshipId = place(r, "township", "所在乡镇");
      const k = key(v.name, v.kind, districtId);
      if (seen.has(k)) r.refusals.push({ row: r.row, column: "名称", code: "DUPLICATE", reason: `与第${seen.get(k)}行是同一站点（名称、类型和所在区县相同）` });
      const matches = storedBy.get(k) ?? [];
      if (matches.length > 1) r.refusals.push({ row: r.row, column: "名称", code: "AMBIGUOUS_RECORD", reason: "系统中有多个同名、同类型、同区县的站点，无法确定是哪一个" });
      // a room's station: in the file, or stored, of the same county
      let parentKey: string | undefined;
      let parentId: number | null = null;
      if (typeof v.parent === "string") {
        const pk = key(v.parent, "station", districtId);
        const storedParents = storedBy.get(pk) ?? [];
        if (storedParents.length === 1) parentId = storedParents[0]!.id as number;
        else if (fileStations.has(pk) && storedParents.length === 0) parentKey = pk;
        else r.refusals.push({ row: r.row, column: "上级站点", code: storedParents.length ? "AMBIGUOUS_RECORD" : "UNKNOWN_PARENT", reason: storedParents.length ? "上级站点有重名，无法确定是哪一个" : "找不到该上级站点（同一区县的代表联络站，已有的或写在本行之前的）" });
      }
      if (r.refusals.length) continue;
      seen.set(k, r.row);
      if (v.kind === "station") fileStations.set(k, { row: r.row, values: v });
      const row: Row = {};
      for (const c of OWN) if (present.has(c)) row[c] = v[c] ?? DEFAULTS[c] ?? null;
      if (present.has("district")) row.districtId = districtId;
      if (present.has("township")) row.townshipId = townshipId;
      if (present.has("parent") && !parentKey) row.parentId = parentId;
      const before = matches[0];
      if (!before) {
        inserts.push({ k, row: { ...DEFAULTS, ...row }, parentKey });
        outcomes.set(r.row, { status: "NEW", changed: [], label: String(v.name) });
        continue;
      }
      // a room moved under a station new in this file is a change of its parent
      const diff = changedKeys(before, row);
      if (parentKey) diff.push("parentId");
      if (diff.length) updates.push({ before, patch: row, parentKey });
      const toColumn: Record<string, string> = { districtId: "district", townshipId: "township", parentId: "parent" };
      outcomes.set(r.row, { status: diff.length ? "CHANGED" : "UNCHANGED", changed: diff.map((d) => toColumn[d] ?? d), label: String(v.name) });
    }

    return {
      outcomes,
      write: async (tx) => {
        const audit: AuditEntry[] = [];
        // stations first (rooms point at them), then rooms with their station's new id
        const idOf = new Map<string, number>();
        const withParentId = (row: Row, parentKey?: string) => (parentKey ? { ...row, parentId: idOf.get(parentKey)! } : row);
        for (const first of [true, false]) {
          const batch = inserts.filter((x) => !x.parentKey === first);
          const keys = [...new Set(batch.flatMap((x) => Object.keys(withParentId(x.row, x.parentKey))))];
          const full = batch.map((x) => Object.fromEntries(keys.map((c) => [c, withParentId(x.row, x.parentKey)[c] ?? null])));
          const ids = await insertMany(tx, stations, full);
          batch.forEach((x, i) => {
            idOf.set(x.k, ids[i]!);
            audit.push({ operation: "create", recordType: "Station", recordId: ids[i], after: { id: ids[i], ...full[i] } });
          });
        }
        const patches = updates.map((u) => ({ before: u.before, patch: withParentId(u.patch, u.parentKey) }));
        const keys = [...new Set(patches.flatMap((p) => Object.keys(p.patch)))];
        await updateMany(tx, stations, patches.map((p) => ({ id: p.before.id, ...Object.fromEntries(keys.map((c) => [c, c in p.patch ? p.patch[c] : p.before[c]])) })));
        for (const p of patches) audit.push({ operation: "update", recordType: "Station", recordId: p.before.id as number, before: p.before, after: { ...p.before, ...p.patch, version: (p.before.version as number) + 1 } });
        return audit;
      },
    };
  },
};
