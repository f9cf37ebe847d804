import { activities, maskPhone, receptions, stationDeputies, stations } from "@daibiao/db";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { activitySpec } from "../activities/activity.table.js";
import { Activity } from "../activities/activity.type.js";
import type { Context } from "../context.js";
import { deputySpec } from "../deputies/deputy.table.js";
import { Deputy } from "../deputies/deputy.type.js";
import { districtSpec } from "../districts/district.table.js";
import { District } from "../districts/district.type.js";
import { resourceResolver } from "../grammar/crud.js";
import type { Row } from "../grammar/loaders.js";
import { relationsResolver } from "../grammar/relations.js";
import { receptionSpec } from "../receptions/reception.table.js";
import { Reception } from "../receptions/reception.type.js";
import { stationDeputySpec, stationSpec } from "./station.table.js";
import { CreateStationInput, UpdateStationInput } from "./station.input.js";
import { stationWrite } from "./station.write.js";
import { Station, StationDeputy } from "./station.type.js";

@Resolver(() => Station)
export class StationResolver extends resourceResolver({
  spec: stationSpec,
  node: Station,
  singular: "station",
  plural: "stations",
  write: stationWrite,
  inputs: { Create: CreateStationInput, Update: UpdateStationInput },
}) {
  @FieldResolver(() => String, { nullable: true, description: "masked for roles that may not see personal data" })
  contactPhone(@Root() s: Row, @Ctx() ctx: Context): string | null {
    const phone = s.contactPhone as string | null;
    return phone && !ctx.personalData ? maskPhone(phone) : phone;
  }
}

export const StationRelations = relationsResolver(Station, {
  belongsTo: {
    parent: { type: () => Station, spec: () => stationSpec, key: "parentId", nullable: true, description: "the station a room belongs to" },
    district: { type: () => District, spec: () => districtSpec, key: "districtId", nullable: true },
    township: { type: () => District, spec: () => districtSpec, key: "townshipId", nullable: true },
  },
  hasMany: {
    rooms: { type: () => Station, spec: () => stationSpec, via: () => stations.parentId, description: "the liaison rooms under a station" },
    deputies: { type: () => StationDeputy, spec: () => stationDeputySpec, via: () => stationDeputies.stationId },
    activities: { type: () => Activity, spec: () => activitySpec, via: () => activities.stationId },
    receptions: { type: () => Reception, spec: () => receptionSpec, via: () => receptions.stationId, description: "the receptions held here" },
  },
});

export const StationDeputyRelations = relationsResolver(StationDeputy, {
  belongsTo: {
    station: { type: () => Station, spec: () => stationSpec, key: "stationId" },
    deputy: { type: () => Deputy, spec: () => deputySpec, key: "deputyId" },
  },
});
