import { receptionWay } from "@daibiao/db";
import { ID, Int } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputClass, inputsOf, type InputField } from "../grammar/inputs.js";
import { DateScalar } from "../grammar/scalars.js";
import { nestedOpinionInput } from "../opinions/opinion.input.js";

export const receptionDeputyFields: Record<string, InputField> = {
  deputyId: { type: () => ID, required: true },
};
export const ReceptionDeputyInput = inputClass("ReceptionDeputyInput", receptionDeputyFields);

// An opinion written through its reception: raised there, on the reception's date unless told.
export const { fields: receptionOpinionFields, Input: ReceptionOpinionInput } = nestedOpinionInput("ReceptionOpinionInput", "reception", "the reception's date");

export const receptionFields: Record<string, InputField> = {
  date: { type: () => DateScalar, required: true },
  way: { type: () => gqlEnum(receptionWay), required: true },
  stationId: { type: () => ID, description: "the station or room; required unless the deputies visited the constituents" },
  districtId: { type: () => ID, description: "the station's district when left out" },
  constituentsCount: { type: () => Int, min: 0, maxValue: 100000, defaulted: true },
  subject: { type: () => String, max: 200 },
  notes: { type: () => String, max: 5000 },
  deputies: { type: () => [ReceptionDeputyInput], nested: ReceptionDeputyInput, max: 200, description: "replaces the deputies present; matched by deputy" },
  opinions: {
    type: () => [ReceptionOpinionInput],
    nested: ReceptionOpinionInput,
    max: 500,
    description: "replaces the opinions raised (items with an id are kept and updated, the others added, those left out removed)",
  },
};
export const { Create: CreateReceptionInput, Update: UpdateReceptionInput } = inputsOf("Reception", receptionFields);
