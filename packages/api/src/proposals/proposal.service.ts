import { proposalAssignments, proposalCosigners, proposalEvaluations, proposalEvents } from "@daibiao/db";
import { datesInOrder } from "../deputies/deputy.service.js";
import type { FieldError } from "../grammar/errors.js";
import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { proposalSpec } from "./proposal.args.js";
import { proposalAssignmentFields, proposalEvaluationFields, proposalFields } from "./proposal.input.js";

export const proposalWrite: WriteConfig = {
  spec: proposalSpec,
  toRow: (_ctx, input) => rowFromInput(proposalFields, input),
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
    {
      key: "assignments",
      table: proposalAssignments,
      via: proposalAssignments.proposalId,
      matchBy: "unitId",
      toRow: (_ctx, item, path) => rowFromInput(proposalAssignmentFields, item, path),
      check: (row, path) => [
        ...datesInOrder(row.assignedAt, row.dueAt, path, "dueAt"),
        ...datesInOrder(row.assignedAt, row.answeredAt, path, "answeredAt"),
      ],
    },
    {
      key: "evaluations",
      table: proposalEvaluations,
      via: proposalEvaluations.proposalId,
      toRow: (_ctx, item, path) => rowFromInput(proposalEvaluationFields, item, path),
    },
  ],
  // The history is written by the server, never by the client: one event per change of status.
  after: async (tx, row, before) => {
    if (before && before.status === row.status) return;
    await tx.insert(proposalEvents).values({
      proposalId: row.id as number,
      fromStatus: (before?.status ?? null) as never,
      toStatus: row.status as never,
    });
  },
};
