import { Float, Int } from "type-graphql";
import type { FieldError } from "../grammar/errors.js";
import { inputClass, type InputField } from "../grammar/inputs.js";

const points = (what: string): InputField => ({ type: () => Float, min: 0, maxValue: 100, description: `points ${what}; unchanged (or the default) when left out` });

// The same ranges as the duty_point_rules table's check constraints.
export const dutyPointRuleFields: Record<string, InputField> = {
  fromYear: { type: () => Int, required: true, description: "the first year the rule applies to: this year or later" },
  trainingPoints: points("per training attended"),
  activityPoints: points("per duty activity"),
  proposalLeadPoints: points("per proposal led"),
  proposalCosignPoints: points("per proposal co-signed"),
  receptionPoints: points("per reception present at"),
  opinionPoints: points("per opinion taken up or given"),
  contactPoints: points("per contact"),
  meetingPoints: points("per meeting attended"),
  version: { type: () => Int, min: 1, description: "when changing a rule: the version this change is based on (CONFLICT if someone saved in between)" },
};
export const DutyPointRuleInput = inputClass("DutyPointRuleInput", dutyPointRuleFields);

// The years the duty record and its rules take (the duty_point_rules check's range).
export function checkYear(year: number, field = "year"): FieldError[] {
  return year >= 2000 && year <= 2100 ? [] : [{ field, message: "must be a year between 2000 and 2100" }];
}
