import { groupKind, groupRole, occupationSector } from "@daibiao/db";
import { ID } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputClass, inputsOf, type InputField } from "../grammar/inputs.js";

export const deputyGroupMemberFields: Record<string, InputField> = {
  deputyId: { type: () => ID, required: true },
  role: { type: () => gqlEnum(groupRole), description: "MEMBER when left out", defaulted: true },
};
export const DeputyGroupMemberInput = inputClass("DeputyGroupMemberInput", deputyGroupMemberFields);

export const deputyGroupFields: Record<string, InputField> = {
  name: { type: () => String, required: true, max: 100 },
  kind: { type: () => gqlEnum(groupKind), required: true },
  districtId: { type: () => ID, description: "required for a DISTRICT group, and only for it" },
  sector: { type: () => gqlEnum(occupationSector), description: "required for a SECTOR group, and only for it" },
  description: { type: () => String, max: 5000 },
  members: {
    type: () => [DeputyGroupMemberInput],
    nested: DeputyGroupMemberInput,
    max: 1000,
    description: "replaces the members; matched by deputy",
  },
};
export const { Create: CreateDeputyGroupInput, Update: UpdateDeputyGroupInput } = inputsOf("DeputyGroup", deputyGroupFields);
