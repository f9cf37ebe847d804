// The inputs of the transition mutations; class-validator rules from the same field lists as every input.
import { communication, resultClass, satisfaction } from "@daibiao/db";
import { ID } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputClass } from "../grammar/inputs.js";
import { DateScalar } from "../grammar/scalars.js";

const reason = { type: () => String, required: true, max: 2000 };

export const RejectProposalInput = inputClass("RejectProposalInput", { reason: { ...reason, description: "why it is not accepted as a proposal" } });
export const WithdrawProposalInput = inputClass("WithdrawProposalInput", { reason: { ...reason, description: "the deputy's reason" } });
export const MergeProposalInput = inputClass("MergeProposalInput", {
  intoId: { type: () => ID, required: true, description: "the proposal of the same congress term this one is handled with" },
});
export const AssignProposalInput = inputClass("AssignProposalInput", {
  leadUnitId: { type: () => ID, required: true, description: "the lead unit (主办单位), which answers" },
  assistingUnitIds: { type: () => [ID], max: 20, description: "assisting units (协办单位), which give their opinion to the lead unit" },
  assignedAt: { type: () => DateScalar, description: "today when left out; not in the future" },
  dueAt: { type: () => DateScalar, description: "the answer's due date; by default, and at the latest, answerDueMonths after assignment" },
});
export const ReturnAssignmentInput = inputClass("ReturnAssignmentInput", { reason: { ...reason, description: "why the unit should not handle it" } });
export const ExtendAssignmentInput = inputClass("ExtendAssignmentInput", {
  reason: reason,
  approvedBy: { type: () => String, required: true, max: 100, description: "who approved the extension" },
  dueAt: { type: () => DateScalar, description: "the new due date; by default, and at the latest, extensionMaxMonths after assignment" },
});
export const GiveOpinionInput = inputClass("GiveOpinionInput", { opinion: { type: () => String, required: true, max: 5000 } });
export const AnswerProposalInput = inputClass("AnswerProposalInput", {
  documentNumber: { type: () => String, required: true, max: 100, description: "the answer's document number (文号)" },
  answeredAt: { type: () => DateScalar, required: true, description: "the date of the answer; not in the future" },
  communication: { type: () => gqlEnum(communication), required: true, description: "how the unit talked with the deputy" },
  resultClass: { type: () => gqlEnum(resultClass), required: true, description: "A solved or basically solved, B being solved, C planned, D kept for reference or explained" },
  answer: { type: () => String, required: true, max: 20000 },
});
export const EvaluateProposalInput = inputClass("EvaluateProposalInput", {
  deputyId: { type: () => ID, required: true, description: "the lead deputy or a co-signer; each evaluates once per round" },
  satisfaction: { type: () => gqlEnum(satisfaction), required: true },
  comment: { type: () => String, max: 5000 },
});
