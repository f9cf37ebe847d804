import { stationDeputies } from "@daibiao/db";
import { datesInOrder } from "../deputies/deputy.write.js";
import type { FieldError } from "../grammar/errors.js";
import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { stationSpec } from "./station.table.js";
import { stationDeputyFields, stationFields } from "./station.input.js";

export const stationWrite: WriteConfig = {
  spec: stationSpec,
  toRow: (_ctx, input) => rowFromInput(stationFields, input),
  check: (s) => {
    const errors: FieldError[] = [];
    if (s.parentId != null && s.kind !== "room") errors.push({ field: "input.parentId", message: "only a liaison room belongs to a station" });
    if (s.id != null && s.parentId === s.id) errors.push({ field: "input.parentId", message: "must not be the station itself" });
    if (s.modelYear != null && !s.isModel) errors.push({ field: "input.modelYear", message: "only for a model station" });
    if (s.industry != null && !s.isIndustry) errors.push({ field: "input.industry", message: "only for an industry station" });
    return errors;
  },
  children: [
    {
      key: "deputies",
      table: stationDeputies,
      via: stationDeputies.stationId,
      toRow: (_ctx, item, path) => {
        const { id: _id, ...row } = rowFromInput(stationDeputyFields, item, path);
        return row;
      },
      check: (row, path) => datesInOrder(row.fromDate, row.toDate, path, "toDate"),
    },
  ],
};
