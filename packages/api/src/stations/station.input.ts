import { stationKind, stationRole } from "@daibiao/db";
import { GraphQLBoolean } from "graphql";
import { ID, Int } from "type-graphql";
import { gqlEnum } from "../grammar/enums.js";
import { inputClass, inputsOf, type InputField } from "../grammar/inputs.js";
import { DateScalar } from "../grammar/scalars.js";

export const stationDeputyFields: Record<string, InputField> = {
  id: { type: () => ID, description: "an existing posting; leave out to add one" },
  deputyId: { type: () => ID, required: true },
  role: { type: () => gqlEnum(stationRole), description: "MEMBER when left out", defaulted: true },
  fromDate: { type: () => DateScalar },
  toDate: { type: () => DateScalar },
};
export const StationDeputyInput = inputClass("StationDeputyInput", stationDeputyFields);

export const stationFields: Record<string, InputField> = {
  name: { type: () => String, required: true, max: 200 },
  kind: { type: () => gqlEnum(stationKind), required: true },
  parentId: { type: () => ID, description: "the station a liaison room belongs to" },
  districtId: { type: () => ID },
  townshipId: { type: () => ID },
  address: { type: () => String, max: 300 },
  isModel: { type: () => GraphQLBoolean, defaulted: true },
  modelYear: { type: () => Int, min: 2000, maxValue: 2100 },
  isIndustry: { type: () => GraphQLBoolean, defaulted: true },
  industry: { type: () => String, max: 100 },
  contactPerson: { type: () => String, max: 50 },
  contactPhone: { type: () => String, max: 20, pattern: "phone" },
  openedOn: { type: () => DateScalar },
  active: { type: () => GraphQLBoolean, defaulted: true },
  deputies: { type: () => [StationDeputyInput], nested: StationDeputyInput, max: 1000, description: "replaces the deputies stationed here" },
};
export const { Create: CreateStationInput, Update: UpdateStationInput } = inputsOf("Station", stationFields);
