import { deputySpec } from "../deputies/deputy.table.js";
import { stationDeputies, stations } from "@daibiao/db";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const stationSpec: TableSpec = {
  name: "Station",
  table: stations,
  id: stations.id,
  stored: [
    "id",
    "name",
    "kind",
    "parentId",
    "districtId",
    "townshipId",
    "address",
    "isModel",
    "modelYear",
    "isIndustry",
    "industry",
    "contactPerson",
    "openedOn",
    "active",
    "createdAt",
    "updatedAt",
    "version",
  ],
  filters: {
    ...fieldsOf(stations, ["id", "name", "kind", "parentId", "districtId", "townshipId", "isModel", "modelYear", "isIndustry", "openedOn", "active"]),
    deputy: { exists: () => stationDeputySpec, via: stationDeputies.stationId },
  },
  orderBy: columnsOf(stations, ["id", "name", "kind", "openedOn", "modelYear"]),
  search: [stations.name],
  defaultOrder: ["id:asc"],
};

export const stationDeputySpec: TableSpec = {
  name: "StationDeputy",
  table: stationDeputies,
  id: stationDeputies.id,
  stored: ["id", "stationId", "deputyId", "role", "fromDate", "toDate", "createdAt"],
  filters: {
    ...fieldsOf(stationDeputies, ["id", "stationId", "deputyId", "role", "fromDate", "toDate"]),
    station: { parent: () => stationSpec, key: stationDeputies.stationId },
    deputy: { parent: () => deputySpec, key: stationDeputies.deputyId },
  },
  orderBy: columnsOf(stationDeputies, ["id", "role", "fromDate"]),
};
