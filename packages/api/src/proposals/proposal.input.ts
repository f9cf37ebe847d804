import { proposalCategory } from "@daibiao/db";
import { GraphQLBoolean } from "graphql";
import { Float, ID, Int } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputsOf, type InputField } from "../grammar/inputs.js";
import { DateScalar } from "../grammar/scalars.js";

// The record of the proposal itself. Its handling (status, assignments, answers, evaluations) changes
// only through the transition mutations of proposal-workflow.resolver.ts.
export const proposalFields: Record<string, InputField> = {
  congressTerm: { type: () => Int, required: true, min: 1, maxValue: 99 },
  sessionNumber: { type: () => Int, min: 1, maxValue: 20, description: "leave out for a proposal between sessions" },
  number: { type: () => Int, required: true, min: 1, maxValue: 1_000_000 },
  title: { type: () => String, required: true, max: 200 },
  content: { type: () => String, max: 20000 },
  category: { type: () => gqlEnum(proposalCategory), required: true },
  leadDeputyId: { type: () => ID, required: true, description: "can change only while the proposal is submitted or accepted" },
  submittedAt: { type: () => DateScalar, required: true },
  specialFund: { type: () => GraphQLBoolean, defaulted: true },
  fundAmount: { type: () => Float, min: 0, maxValue: 1e11 },
  peopleBenefited: { type: () => Int, min: 0, maxValue: 100_000_000 },
  cosignerIds: { type: () => [ID], max: 200, description: "the co-signing deputies; replaces the set; can change only while the proposal is submitted or accepted" },
};
export const { Create: CreateProposalInput, Update: UpdateProposalInput } = inputsOf("Proposal", proposalFields);
