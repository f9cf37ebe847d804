import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { measureSpec } from "./measure.table.js";
import { measureFields } from "./measure.input.js";

// The table's checks (year, number, title's length) are each one field's range: the input's rules.
export const measureWrite: WriteConfig = {
  spec: measureSpec,
  toRow: (_ctx, input) => rowFromInput(measureFields, input),
};
