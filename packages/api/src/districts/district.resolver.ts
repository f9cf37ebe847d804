import { deputyMandates, districts, stations } from "@daibiao/db";
import { Resolver } from "type-graphql";
import { deputyMandateSpec } from "../deputies/deputy.table.js";
import { DeputyMandate } from "../deputies/deputy.type.js";
import { resourceResolver } from "../grammar/crud.js";
import { relationsResolver } from "../grammar/relations.js";
import { stationSpec } from "../stations/station.table.js";
import { Station } from "../stations/station.type.js";
import { districtSpec } from "./district.table.js";
import { CreateDistrictInput, UpdateDistrictInput } from "./district.input.js";
import { districtWrite } from "./district.write.js";
import { District } from "./district.type.js";

@Resolver(() => District)
export class DistrictResolver extends resourceResolver({
  spec: districtSpec,
  node: District,
  singular: "district",
  plural: "districts",
  write: districtWrite,
  inputs: { Create: CreateDistrictInput, Update: UpdateDistrictInput },
}) {}

export const DistrictRelations = relationsResolver(District, {
  belongsTo: { parent: { type: () => District, spec: () => districtSpec, key: "parentId", nullable: true } },
  hasMany: {
    children: { type: () => District, spec: () => districtSpec, via: () => districts.parentId, description: "the townships of a county" },
    stations: { type: () => Station, spec: () => stationSpec, via: () => stations.districtId },
    mandates: { type: () => DeputyMandate, spec: () => deputyMandateSpec, via: () => deputyMandates.districtId },
  },
});
