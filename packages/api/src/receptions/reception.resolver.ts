import { opinions, receptionDeputies } from "@daibiao/db";
import { Resolver } from "type-graphql";
import { deputySpec } from "../deputies/deputy.table.js";
import { Deputy } from "../deputies/deputy.type.js";
import { districtSpec } from "../districts/district.table.js";
import { District } from "../districts/district.type.js";
import { resourceResolver } from "../grammar/crud.js";
import { relationsResolver } from "../grammar/relations.js";
import { opinionSpec } from "../opinions/opinion.table.js";
import { Opinion } from "../opinions/opinion.type.js";
import { stationSpec } from "../stations/station.table.js";
import { Station } from "../stations/station.type.js";
import { receptionDeputySpec, receptionSpec } from "./reception.table.js";
import { CreateReceptionInput, UpdateReceptionInput } from "./reception.input.js";
import { receptionWrite } from "./reception.write.js";
import { Reception, ReceptionDeputy } from "./reception.type.js";

@Resolver(() => Reception)
export class ReceptionResolver extends resourceResolver({
  spec: receptionSpec,
  node: Reception,
  singular: "reception",
  plural: "receptions",
  write: receptionWrite,
  inputs: { Create: CreateReceptionInput, Update: UpdateReceptionInput },
}) {}

export const ReceptionRelations = relationsResolver(Reception, {
  belongsTo: {
    station: { type: () => Station, spec: () => stationSpec, key: "stationId", nullable: true },
    district: { type: () => District, spec: () => districtSpec, key: "districtId", nullable: true },
  },
  hasMany: {
    deputies: { type: () => ReceptionDeputy, spec: () => receptionDeputySpec, via: () => receptionDeputies.receptionId, description: "the deputies present" },
    opinions: { type: () => Opinion, spec: () => opinionSpec, via: () => opinions.receptionId, description: "the opinions raised" },
  },
});

export const ReceptionDeputyRelations = relationsResolver(ReceptionDeputy, {
  belongsTo: {
    reception: { type: () => Reception, spec: () => receptionSpec, key: "receptionId" },
    deputy: { type: () => Deputy, spec: () => deputySpec, key: "deputyId" },
  },
});
