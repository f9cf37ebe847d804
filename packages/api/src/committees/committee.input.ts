import { committeeKind } from "@daibiao/db";
import { gqlEnum } from "../grammar/enums.js";
import { inputsOf, type InputField } from "../grammar/inputs.js";

export const committeeFields: Record<string, InputField> = {
  name: { type: () => String, required: true, max: 100 },
  kind: { type: () => gqlEnum(committeeKind), description: "SPECIAL_COMMITTEE when left out", defaulted: true },
};
export const { Create: CreateCommitteeInput, Update: UpdateCommitteeInput } = inputsOf("Committee", committeeFields);
