import { activityParticipations } from "@daibiao/db";
import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { activitySpec } from "./activity.table.js";
import { activityFields, activityParticipationFields } from "./activity.input.js";

export const activityWrite: WriteConfig = {
  spec: activitySpec,
  toRow: (_ctx, input) => rowFromInput(activityFields, input),
  children: [
    {
      key: "participations",
      table: activityParticipations,
      via: activityParticipations.activityId,
      matchBy: "deputyId",
      toRow: (_ctx, item, path) => rowFromInput(activityParticipationFields, item, path),
    },
  ],
};
