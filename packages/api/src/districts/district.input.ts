import { districtLevel } from "@daibiao/db";
import { ID } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputsOf, type InputField } from "../grammar/inputs.js";

export const districtFields: Record<string, InputField> = {
  code: { type: () => String, required: true, max: 9, description: "6 digits for a county-level division, 9 for a township" },
  name: { type: () => String, required: true, max: 100 },
  level: { type: () => gqlEnum(districtLevel), required: true },
  parentId: { type: () => ID, description: "the county a township belongs to" },
};
export const { Create: CreateDistrictInput, Update: UpdateDistrictInput } = inputsOf("District", districtFields);
