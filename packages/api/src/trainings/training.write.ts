import { trainingAttendances } from "@daibiao/db";
import { datesInOrder } from "../deputies/deputy.write.js";
import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { trainingSpec } from "./training.table.js";
import { trainingAttendanceFields, trainingFields } from "./training.input.js";

export const trainingWrite: WriteConfig = {
  spec: trainingSpec,
  toRow: (_ctx, input) => rowFromInput(trainingFields, input),
  check: (t) => datesInOrder(t.startDate, t.endDate, "input"),
  children: [
    {
      key: "attendances",
      table: trainingAttendances,
      via: trainingAttendances.trainingId,
      matchBy: "deputyId",
      toRow: (_ctx, item, path) => rowFromInput(trainingAttendanceFields, item, path),
    },
  ],
};
