import { handlingUnitKind } from "@daibiao/db";
import { gqlEnum } from "../grammar/enums.js";
import { inputsOf, type InputField } from "../grammar/inputs.js";

export const handlingUnitFields: Record<string, InputField> = {
  name: { type: () => String, required: true, max: 200 },
  kind: { type: () => gqlEnum(handlingUnitKind), required: true },
  contactPerson: { type: () => String, max: 50 },
  contactPhone: { type: () => String, max: 20, pattern: "phone" },
};
export const { Create: CreateHandlingUnitInput, Update: UpdateHandlingUnitInput } = inputsOf("HandlingUnit", handlingUnitFields);
