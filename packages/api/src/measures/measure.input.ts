import { activityArea } from "@daibiao/db";
import { ID, Int } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputsOf, type InputField } from "../grammar/inputs.js";

export const measureFields: Record<string, InputField> = {
  year: { type: () => Int, required: true, min: 2000, maxValue: 2100 },
  number: { type: () => Int, required: true, min: 1, maxValue: 99 },
  area: { type: () => gqlEnum(activityArea), required: true },
  title: { type: () => String, required: true, max: 200 },
  committeeId: { type: () => ID },
  description: { type: () => String, max: 5000 },
};
export const { Create: CreateMeasureInput, Update: UpdateMeasureInput } = inputsOf("Measure", measureFields);
