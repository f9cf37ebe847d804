import { proposalCosigners, proposalEvents } from "@daibiao/db";
import { eq } from "drizzle-orm";
import { badInput, parseId, type FieldError } from "../grammar/errors.js";
import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { proposalSpec } from "./proposal.table.js";
import { proposalFields } from "./proposal.input.js";
import { actorOf } from "./proposal-workflow.write.js";
import { AUTHORS_EDITABLE, type Status } from "./proposal.states.js";

export const proposalWrite: WriteConfig = {
  spec: proposalSpec,
  toRow: async (ctx, input, existing) => {
    const row = rowFromInput(proposalFields, input);
    // Who raised it is who evaluates the answer: fixed once the proposal is assigned. The same values
    // may still be sent (a form sends the whole record).
    const status = existing?.status as Status | undefined;
    if (status && !AUTHORS_EDITABLE.includes(status)) {
      const errors: FieldError[] = [];
      const locked = `can change only while the proposal is submitted or accepted (it is ${status.replace(/_/g, " ")})`;
      if (row.leadDeputyId !== undefined && row.leadDeputyId !== existing!.leadDeputyId) errors.push({ field: "input.leadDeputyId", message: locked });
      const given = input.cosignerIds as unknown[] | null | undefined;
      if (given) {
        const ids = new Set(given.map((v, i) => parseId(v, `input.cosignerIds.${i}`)));
        const current = await ctx.db.select({ deputyId: proposalCosigners.deputyId }).from(proposalCosigners).where(eq(proposalCosigners.proposalId, existing!.id as number));
        if (ids.size !== current.length || current.some((c) => !ids.has(c.deputyId))) errors.push({ field: "input.cosignerIds", message: locked });
      }
      if (errors.length) throw badInput(errors);
    }
    return row;
  },
  check: (p) => {
    const errors: FieldError[] = [];
    if (!p.specialFund && p.fundAmount != null) errors.push({ field: "input.fundAmount", message: "only for a proposal paid by the special fund" });
    return errors;
  },
  children: [
    {
      key: "cosignerIds",
      table: proposalCosigners,
      via: proposalCosigners.proposalId,
      fromIds: "deputyId",
      matchBy: "deputyId",
      toRow: (_ctx, item) => ({ deputyId: item.deputyId }),
    },
  ],
  // A new proposal starts its history; every later change of state is a transition mutation's event.
  after: async (tx, row, before, ctx) => {
    if (before) return;
    await tx.insert(proposalEvents).values({
      proposalId: row.id as number,
      kind: "submit",
      fromStatus: null,
      toStatus: "submitted",
      round: 1,
      actor: actorOf(ctx),
      note: "登记代表建议",
    });
  },
};
