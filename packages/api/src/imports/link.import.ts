// Importing the rows that tie a deputy to a record (a training's attendances, an activity's
// participations): one row per deputy and record. The record is found by its title and date (the
// natural key people use; two records with the same title on the same day are refused as ambiguous),
// the deputy by the ID-card number (the name, when given, must be the stored one: a guard against a
// mistyped number), and the row itself by (record, deputy), the table's unique key.
import { deputies, hashIdCard } from "@daibiao/db";
import { getTableColumns, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { AuditEntry } from "../audit-logs/audit.js";
import type { Row } from "../grammar/loaders.js";
import { column, date, text, type Column } from "./import.columns.js";
import { changedKeys, insertMany, jsonList, updateMany, type Importer, type RowOutcome } from "./import.engine.js";

type LinkSpec = {
  resource: string;
  recordType: string;
  zh: string;
  // the record: its table, its title and date columns, and their headers
  // (without a date, the title alone names the record: a station's name)
  parent: { table: PgTable; title: PgColumn; date?: PgColumn; titleHeader: [string, string]; dateHeader?: [string, string]; what: string };
  // matchBy: more of the link's own columns in its unique key (a posting's from date)
  link: { table: PgTable; parentKey: string; defaults: Row; matchBy?: string[] };
  check?: Importer["check"];
  // the link's own columns (status, hours, role, …)
  columns: Column[];
  example: { title: string; date?: string };
};

export function linkImport(spec: LinkSpec): Importer {
  const own = spec.columns.map((c) => c.key);
  const cols = getTableColumns(spec.link.table) as Record<string, PgColumn>;
  const parentCol = cols[spec.link.parentKey]!;
  const parentId = (getTableColumns(spec.parent.table) as Record<string, PgColumn>).id!;
  const columns: Column[] = [
    column("title", spec.parent.titleHeader[0], spec.parent.titleHeader[1], { type: () => String, required: true, max: 200 }, text, {
      example: spec.example.title,
      note: spec.parent.date ? `按名称和日期找到已有的${spec.parent.what}` : `按名称找到已有的${spec.parent.what}`,
    }),
    ...(spec.parent.dateHeader
      ? [column("date", spec.parent.dateHeader[0], spec.parent.dateHeader[1], { type: () => String, required: true }, date, { example: spec.example.date ?? "" })]
      : []),
    column("name", "姓名", "Name", { type: () => String, max: 50 }, text, { example: "张晓梅", note: "可不填；填写时须与身份证号对应的代表姓名一致" }),
    column("idCard", "身份证号", "ID card number", { type: () => String, required: true, max: 18, pattern: "idCard" }, text, {
      example: "520502197803150023",
      note: "按身份证号找到已有的代表",
    }),
    ...spec.columns,
  ];
  return {
    resource: spec.resource,
    recordType: spec.recordType,
    zh: spec.zh,
    columns,
    check: spec.check,
    async plan(ctx, q, rows, present, lock) {
      const hashOf = new Map(rows.map((r) => [r.row, hashIdCard(ctx.pii, r.values.idCard as string)]));
      const people = (await q
        .select({ id: deputies.id, name: deputies.name, hash: deputies.idCardHash })
        .from(deputies)
        .where(sql`${deputies.idCardHash} in ${jsonList([...new Set(hashOf.values())])}`)) as { id: number; name: string; hash: string }[];
      const personOf = new Map(people.map((p) => [p.hash, p]));
      const titles = [...new Set(rows.map((r) => r.values.title as string))];
      const records = (await q
        .select({ id: parentId, title: spec.parent.title, date: spec.parent.date ?? sql<null>`null` })
        .from(spec.parent.table)
        .where(sql`${spec.parent.title} in ${jsonList(titles)}`)) as { id: number; title: string; date: string }[];
      const recordsOf = new Map<string, number[]>();
      const recordKey = (title: unknown, day: unknown) => (spec.parent.date ? `${title}|${day}` : String(title));
      for (const r of records) recordsOf.set(recordKey(r.title, r.date), [...(recordsOf.get(recordKey(r.title, r.date)) ?? []), r.id]);
      const existingQuery = q
        .select()
        .from(spec.link.table)
        .where(sql`${parentCol} in ${jsonList(records.map((r) => r.id))} and ${cols.deputyId} in ${jsonList(people.map((p) => p.id))}`);
      const existing = (lock ? await existingQuery.for("update") : await existingQuery) as Row[];
      const matchBy = spec.link.matchBy ?? [];
      const linkKey = (parent: unknown, deputy: unknown, row: Row) => [parent, deputy, ...matchBy.map((k) => row[k] ?? "")].join("|");
      const linkOf = new Map(existing.map((l) => [linkKey(l[spec.link.parentKey], l.deputyId, l), l]));

      const outcomes = new Map<number, RowOutcome>();
      const seen = new Map<string, number>();
      const inserts: Row[] = [];
      const updates: { before: Row; patch: Row }[] = [];
      for (const r of rows) {
        const v = r.values;
        const refuse = (column: string, code: string, reason: string) => r.refusals.push({ row: r.row, column, code, reason });
        const ids = recordsOf.get(recordKey(v.title, v.date)) ?? [];
        const when = spec.parent.date ? "该名称和日期" : "该名称";
        if (ids.length === 0) refuse(spec.parent.titleHeader[0], "UNKNOWN_RECORD", `找不到${when}的${spec.parent.what}，请先在系统中建立`);
        else if (ids.length > 1) refuse(spec.parent.titleHeader[0], "AMBIGUOUS_RECORD", `有多个${when}的${spec.parent.what}，无法确定是哪一个`);
        const person = personOf.get(hashOf.get(r.row)!);
        if (!person) refuse("身份证号", "UNKNOWN_DEPUTY", "系统中没有该身份证号的代表，请先导入或新增代表");
        else if (typeof v.name === "string" && v.name !== person.name) refuse("姓名", "NAME_MISMATCH", "姓名与该身份证号的代表不一致");
        if (r.refusals.length) continue;
        const key = linkKey(ids[0], person!.id, v);
        if (seen.has(key)) {
          refuse("身份证号", "DUPLICATE", `与第${seen.get(key)}行是同一${spec.parent.what}的同一代表`);
          continue;
        }
        seen.set(key, r.row);
        const row: Row = {};
        for (const k of own) if (present.has(k)) row[k] = v[k] ?? spec.link.defaults[k] ?? null;
        const before = linkOf.get(key);
        const label = `${person!.name} · ${v.title}`;
        if (!before) {
          inserts.push({ ...spec.link.defaults, ...row, [spec.link.parentKey]: ids[0], deputyId: person!.id });
          outcomes.set(r.row, { status: "NEW", changed: [], label });
          continue;
        }
        const diff = changedKeys(before, row);
        if (diff.length) updates.push({ before, patch: row });
        outcomes.set(r.row, { status: diff.length ? "CHANGED" : "UNCHANGED", changed: diff, label });
      }
      return {
        outcomes,
        write: async (tx) => {
          const audit: AuditEntry[] = [];
          const ids = await insertMany(tx, spec.link.table, inserts);
          inserts.forEach((row, i) => audit.push({ operation: "create", recordType: spec.recordType, recordId: ids[i], after: { id: ids[i], ...row } }));
          await updateMany(tx, spec.link.table, updates.map((u) => ({ id: u.before.id, ...u.patch })));
          for (const u of updates) audit.push({ operation: "update", recordType: spec.recordType, recordId: u.before.id as number, before: u.before, after: { ...u.before, ...u.patch } });
          return audit;
        },
      };
    },
  };
}
