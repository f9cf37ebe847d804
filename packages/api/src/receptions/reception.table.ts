import { opinions, receptionDeputies, receptions } from "@daibiao/db";
import { deputySpec } from "../deputies/deputy.table.js";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";
import { opinionSpec } from "../opinions/opinion.table.js";
import { stationSpec } from "../stations/station.table.js";

export const receptionSpec: TableSpec = {
  name: "Reception",
  table: receptions,
  id: receptions.id,
  stored: ["id", "date", "way", "stationId", "districtId", "constituentsCount", "subject", "notes", "createdAt", "updatedAt", "version"],
  filters: {
    ...fieldsOf(receptions, ["id", "date", "way", "stationId", "districtId", "constituentsCount"]),
    station: { parent: () => stationSpec, key: receptions.stationId },
    deputy: { exists: () => receptionDeputySpec, via: receptionDeputies.receptionId },
    opinion: { exists: () => opinionSpec, via: opinions.receptionId },
  },
  orderBy: columnsOf(receptions, ["id", "date", "way", "constituentsCount"]),
  search: [receptions.subject],
  defaultOrder: ["date:desc"],
};

export const receptionDeputySpec: TableSpec = {
  name: "ReceptionDeputy",
  table: receptionDeputies,
  id: receptionDeputies.id,
  stored: ["id", "receptionId", "deputyId", "createdAt"],
  filters: {
    ...fieldsOf(receptionDeputies, ["id", "receptionId", "deputyId"]),
    reception: { parent: () => receptionSpec, key: receptionDeputies.receptionId },
    deputy: { parent: () => deputySpec, key: receptionDeputies.deputyId },
  },
  orderBy: columnsOf(receptionDeputies, ["id"]),
};
