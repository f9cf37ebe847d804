import { Int } from "type-graphql";
import { inputClass, type InputField } from "../grammar/inputs.js";

// The same ranges as the settings table's check constraints.
export const settingsFields: Record<string, InputField> = {
  answerDueMonths: { type: () => Int, min: 1, maxValue: 12 },
  extensionMaxMonths: { type: () => Int, min: 1, maxValue: 24, description: "not less than answerDueMonths" },
  returnWindowDays: { type: () => Int, min: 1, maxValue: 90 },
  rehandlingDueMonths: { type: () => Int, min: 1, maxValue: 12 },
  evaluationWindowDays: { type: () => Int, min: 1, maxValue: 365 },
  version: { type: () => Int, min: 1, description: "the version this change is based on; if someone saved in between, the change is refused with CONFLICT" },
};
export const UpdateSettingsInput = inputClass("UpdateSettingsInput", settingsFields);
