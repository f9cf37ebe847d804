// The audit log: every change, in the same transaction as the change, with the values before and
// after (personal data masked: phone numbers shortened, ID-card numbers reduced to their last four).
import { auditLogs, maskIdCard, maskPhone } from "@daibiao/db";
import type { Context } from "../context.js";
import type { Row } from "../grammar/loaders.js";
import type { Tx } from "../grammar/mutate.js";

export type AuditEntry = { operation: string; recordType: string; recordId?: number | string | null; before?: Row | null; after?: Row | null };

const DROP = new Set(["idCardCipher", "idCardHash", "passwordHash", "tokenHash"]);

export function maskForAudit(row: Row | null | undefined): Row | null {
  if (!row) return null;
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (DROP.has(k)) continue;
    if (k === "idCardLast4") out.idCard = v ? maskIdCard(String(v)) : null;
    else if (/phone$/i.test(k)) out[k] = typeof v === "string" ? maskPhone(v) : v;
    else out[k] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

export async function writeAudit(tx: Tx, ctx: Pick<Context, "viewer">, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  const actor = ctx.viewer?.name ?? "system";
  const userId = ctx.viewer?.kind === "user" ? ctx.viewer.id : null;
  await tx.insert(auditLogs).values(
    entries.map((e) => ({
      userId,
      actor,
      operation: e.operation,
      recordType: e.recordType,
      recordId: e.recordId == null ? null : String(e.recordId),
      before: maskForAudit(e.before),
      after: maskForAudit(e.after),
    })),
  );
}
