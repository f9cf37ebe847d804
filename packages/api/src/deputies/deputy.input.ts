import { education, gender, mandateEndReason, mandateLevel, occupationSector, politicalAffiliation } from "@daibiao/db";
import { ID, Int } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputClass, inputsOf, type InputField } from "../grammar/inputs.js";
import { DateScalar } from "../grammar/scalars.js";

export const deputyMandateFields: Record<string, InputField> = {
  id: { type: () => ID, description: "an existing mandate of this deputy; leave out to add one" },
  level: { type: () => gqlEnum(mandateLevel), required: true },
  congressTerm: { type: () => Int, required: true, min: 1, maxValue: 99 },
  districtId: { type: () => ID },
  electoralUnit: { type: () => String, max: 100 },
  delegation: { type: () => String, max: 100 },
  startDate: { type: () => DateScalar, required: true },
  endDate: { type: () => DateScalar },
  endReason: { type: () => gqlEnum(mandateEndReason) },
};
export const DeputyMandateInput = inputClass("DeputyMandateInput", deputyMandateFields);

export const deputyFields: Record<string, InputField> = {
  name: { type: () => String, required: true, max: 50 },
  gender: { type: () => gqlEnum(gender), required: true },
  ethnicity: { type: () => String, max: 20, description: "民族, e.g. 汉族, 彝族; 汉族 when left out", defaulted: true },
  birthDate: { type: () => DateScalar },
  politicalAffiliation: { type: () => gqlEnum(politicalAffiliation) },
  education: { type: () => gqlEnum(education) },
  occupationSector: { type: () => gqlEnum(occupationSector) },
  workUnit: { type: () => String, max: 200 },
  jobTitle: { type: () => String, max: 100 },
  phone: { type: () => String, max: 20, pattern: "phone" },
  idCard: { type: () => String, max: 18, pattern: "idCard", description: "18-character resident ID-card number" },
  notes: { type: () => String, max: 5000 },
  mandates: { type: () => [DeputyMandateInput], nested: DeputyMandateInput, max: 20, description: "replaces the deputy's mandates" },
};
export const { Create: CreateDeputyInput, Update: UpdateDeputyInput } = inputsOf("Deputy", deputyFields);
