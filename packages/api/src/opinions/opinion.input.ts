import { opinionStatus, proposalCategory } from "@daibiao/db";
import { ID } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputClass, inputsOf, type InputField } from "../grammar/inputs.js";
import { DateScalar } from "../grammar/scalars.js";

// The opinion itself and its course; written on its own (with its source) or through its reception.
export const opinionCourseFields: Record<string, InputField> = {
  deputyId: { type: () => ID, description: "the deputy who took it up or gave it" },
  content: { type: () => String, required: true, max: 5000 },
  category: { type: () => gqlEnum(proposalCategory), required: true },
  constituentName: { type: () => String, max: 50 },
  constituentPhone: { type: () => String, max: 20, pattern: "phone" },
  status: { type: () => gqlEnum(opinionStatus), defaulted: true, description: "OPEN when left out; the course mutations (forwardOpinion, …) change it step by step" },
  answer: { type: () => String, max: 5000, description: "required when ANSWERED" },
  unitId: { type: () => ID, description: "required when FORWARDED, and only then" },
  proposalId: { type: () => ID, description: "required when PROPOSAL, and only then" },
  closeReason: { type: () => String, max: 2000, description: "required when CLOSED, and only then" },
  resolvedOn: { type: () => DateScalar, description: "required when ANSWERED or CLOSED; not while OPEN" },
};

export const opinionFields: Record<string, InputField> = {
  receptionId: { type: () => ID, description: "exactly one of receptionId, contactId, meetingId" },
  contactId: { type: () => ID },
  meetingId: { type: () => ID },
  raisedOn: { type: () => DateScalar, required: true },
  ...opinionCourseFields,
};
export const { Create: CreateOpinionInput, Update: UpdateOpinionInput } = inputsOf("Opinion", opinionFields);

// An opinion written through where it was raised (a reception, a contact, a meeting): `Name` is the
// input type's name, `raisedWhen` what raisedOn defaults to.
export function nestedOpinionInput(name: string, parent: string, raisedWhen: string) {
  const fields: Record<string, InputField> = {
    id: { type: () => ID, description: `an existing opinion of this ${parent}; leave out to add one` },
    raisedOn: { type: () => DateScalar, description: `${raisedWhen} when left out` },
    ...opinionCourseFields,
  };
  return { fields, Input: inputClass(name, fields) };
}
