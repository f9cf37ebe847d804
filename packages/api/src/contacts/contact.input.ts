import { contactBy, contactWay } from "@daibiao/db";
import { ID } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputClass, inputsOf, type InputField } from "../grammar/inputs.js";
import { DateScalar } from "../grammar/scalars.js";
import { nestedOpinionInput } from "../opinions/opinion.input.js";

export const contactDeputyFields: Record<string, InputField> = {
  deputyId: { type: () => ID, required: true },
};
export const ContactDeputyInput = inputClass("ContactDeputyInput", contactDeputyFields);

// An opinion a deputy gave in the contact (the same opinion records as a reception's, with the same course).
export const { fields: contactOpinionFields, Input: ContactOpinionInput } = nestedOpinionInput("ContactOpinionInput", "contact", "the contact's date");

export const contactFields: Record<string, InputField> = {
  date: { type: () => DateScalar, required: true },
  by: { type: () => gqlEnum(contactBy), required: true },
  memberName: { type: () => String, max: 50, description: "required when by MEMBER, and only then" },
  committeeId: { type: () => ID, description: "required when by COMMITTEE, and only then" },
  way: { type: () => gqlEnum(contactWay), required: true },
  notes: { type: () => String, max: 5000 },
  deputies: {
    type: () => [ContactDeputyInput],
    nested: ContactDeputyInput,
    max: 1000,
    description: "replaces the deputies contacted; matched by deputy",
  },
  opinions: {
    type: () => [ContactOpinionInput],
    nested: ContactOpinionInput,
    max: 500,
    description: "replaces the opinions the deputies gave (items with an id are kept and updated, the others added, those left out removed)",
  },
};
export const { Create: CreateContactInput, Update: UpdateContactInput } = inputsOf("Contact", contactFields);
