import { assignmentRole, proposalCategory, proposalStatus, resultClass, satisfaction } from "@daibiao/db";
import { GraphQLBoolean } from "graphql";
import { Float, ID, Int } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputClass, inputsOf, type InputField } from "../grammar/inputs.js";
import { DateScalar } from "../grammar/scalars.js";

export const proposalAssignmentFields: Record<string, InputField> = {
  unitId: { type: () => ID, required: true },
  role: { type: () => gqlEnum(assignmentRole), description: "LEAD when left out" },
  assignedAt: { type: () => DateScalar, required: true },
  dueAt: { type: () => DateScalar },
  answeredAt: { type: () => DateScalar },
  answer: { type: () => String, max: 20000 },
  resultClass: { type: () => gqlEnum(resultClass) },
};
export const ProposalAssignmentInput = inputClass("ProposalAssignmentInput", proposalAssignmentFields);

export const proposalEvaluationFields: Record<string, InputField> = {
  deputyId: { type: () => ID, required: true },
  round: { type: () => Int, min: 1, maxValue: 9, description: "1 for the first answer, 2 after re-handling" },
  satisfaction: { type: () => gqlEnum(satisfaction), required: true },
  comment: { type: () => String, max: 5000 },
};
export const ProposalEvaluationInput = inputClass("ProposalEvaluationInput", proposalEvaluationFields);

export const proposalFields: Record<string, InputField> = {
  congressTerm: { type: () => Int, required: true, min: 1, maxValue: 99 },
  sessionNumber: { type: () => Int, min: 1, maxValue: 20, description: "leave out for a proposal between sessions" },
  number: { type: () => Int, required: true, min: 1, maxValue: 1_000_000 },
  title: { type: () => String, required: true, max: 200 },
  content: { type: () => String, max: 20000 },
  category: { type: () => gqlEnum(proposalCategory), required: true },
  leadDeputyId: { type: () => ID, required: true },
  status: { type: () => gqlEnum(proposalStatus), description: "SUBMITTED when left out; each change is kept in `events`" },
  submittedAt: { type: () => DateScalar, required: true },
  specialFund: { type: () => GraphQLBoolean },
  fundAmount: { type: () => Float, min: 0, maxValue: 1e11 },
  peopleBenefited: { type: () => Int, min: 0, maxValue: 100_000_000 },
  cosignerIds: { type: () => [ID], max: 200, description: "the co-signing deputies; replaces the set" },
  assignments: { type: () => [ProposalAssignmentInput], nested: ProposalAssignmentInput, max: 50, description: "replaces the handling units; matched by unit" },
  evaluations: { type: () => [ProposalEvaluationInput], nested: ProposalEvaluationInput, max: 200, description: "replaces the evaluations" },
};
export const { Create: CreateProposalInput, Update: UpdateProposalInput } = inputsOf("Proposal", proposalFields);
