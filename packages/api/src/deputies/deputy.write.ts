import { deputyMandates, sealIdCard } from "@daibiao/db";
import type { FieldError } from "../grammar/errors.js";
import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { deputySpec } from "./deputy.table.js";
import { deputyFields, deputyMandateFields } from "./deputy.input.js";

export function datesInOrder(start: unknown, end: unknown, path: string, endKey = "endDate"): FieldError[] {
  return start && end && String(end) < String(start) ? [{ field: `${path}.${endKey}`, message: "must not be before the start" }] : [];
}

function mandateCheck(row: Record<string, unknown>, path: string): FieldError[] {
  const errors = datesInOrder(row.startDate, row.endDate, path);
  if (row.endReason && !row.endDate) errors.push({ field: `${path}.endReason`, message: "needs an end date" });
  return errors;
}

export const deputyWrite: WriteConfig = {
  spec: deputySpec,
  toRow: (ctx, input) => {
    const { idCard, ...row } = rowFromInput(deputyFields, input);
    if (idCard === null) Object.assign(row, { idCardCipher: null, idCardHash: null, idCardLast4: null });
    else if (typeof idCard === "string") Object.assign(row, sealIdCard(ctx.pii, idCard));
    return row;
  },
  children: [
    {
      key: "mandates",
      table: deputyMandates,
      via: deputyMandates.deputyId,
      toRow: (_ctx, item, path) => {
        const { id: _id, ...row } = rowFromInput(deputyMandateFields, item, path);
        return row;
      },
      check: mandateCheck,
    },
  ],
};
