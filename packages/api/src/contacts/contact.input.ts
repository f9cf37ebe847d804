import { contactBy, contactWay } from "@daibiao/db";
import { ID } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputClass, inputsOf, type InputField } from "../grammar/inputs.js";
import { DateScalar } from "../grammar/scalars.js";

export const contactDeputyFields: Record<string, InputField> = {
  deputyId: { type: () => ID, required: true },
};
export const ContactDeputyInput = inputClass("ContactDeputyInput", contactDeputyFields);

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
};
export const { Create: CreateContactInput, Update: UpdateContactInput } = inputsOf("Contact", contactFields);
