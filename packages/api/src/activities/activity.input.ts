import { activityArea, activityKind, participationRole } from "@daibiao/db";
import { ID, Int } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputClass, inputsOf, type InputField } from "../grammar/inputs.js";
import { DateScalar } from "../grammar/scalars.js";

export const activityParticipationFields: Record<string, InputField> = {
  deputyId: { type: () => ID, required: true },
  role: { type: () => gqlEnum(participationRole), description: "PARTICIPANT when left out", defaulted: true },
};
export const ActivityParticipationInput = inputClass("ActivityParticipationInput", activityParticipationFields);

export const activityFields: Record<string, InputField> = {
  area: { type: () => gqlEnum(activityArea), required: true },
  kind: { type: () => gqlEnum(activityKind), required: true },
  title: { type: () => String, required: true, max: 200 },
  date: { type: () => DateScalar, required: true },
  districtId: { type: () => ID },
  stationId: { type: () => ID },
  groupId: { type: () => ID, description: "the deputy group that held it" },
  measureId: { type: () => ID, description: "the measure of the year's action plan it serves" },
  suggestionsCount: { type: () => Int, min: 0, maxValue: 100000, defaulted: true },
  description: { type: () => String, max: 5000 },
  participations: {
    type: () => [ActivityParticipationInput],
    nested: ActivityParticipationInput,
    max: 5000,
    description: "replaces the participants; matched by deputy",
  },
};
export const { Create: CreateActivityInput, Update: UpdateActivityInput } = inputsOf("Activity", activityFields);
