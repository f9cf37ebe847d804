import { opinions, receptionDeputies, stations } from "@daibiao/db";
import { eq } from "drizzle-orm";
import type { FieldError } from "../grammar/errors.js";
import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { nestedOpinions } from "../opinions/opinion.write.js";
import { receptionSpec } from "./reception.table.js";
import { receptionDeputyFields, receptionFields, receptionOpinionFields } from "./reception.input.js";

export const receptionWrite: WriteConfig = {
  spec: receptionSpec,
  toRow: async (ctx, input) => {
    const row = rowFromInput(receptionFields, input);
    // a reception at a station counts for the station's district unless told otherwise
    if (row.stationId != null && input.districtId === undefined) {
      const [s] = await ctx.db.select({ districtId: stations.districtId }).from(stations).where(eq(stations.id, row.stationId as number));
      if (s?.districtId != null) row.districtId = s.districtId;
    }
    return row;
  },
  check: (r) => {
    const errors: FieldError[] = [];
    if (r.way !== "visit" && r.stationId == null) errors.push({ field: "input.stationId", message: "required unless the deputies visited the constituents" });
    return errors;
  },
  children: [
    {
      key: "deputies",
      table: receptionDeputies,
      via: receptionDeputies.receptionId,
      matchBy: "deputyId",
      toRow: (_ctx, item, path) => rowFromInput(receptionDeputyFields, item, path),
    },
    nestedOpinions(opinions.receptionId, receptionOpinionFields, (reception) => reception.date),
  ],
};
