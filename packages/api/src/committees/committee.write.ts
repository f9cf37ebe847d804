import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { committeeSpec } from "./committee.table.js";
import { committeeFields } from "./committee.input.js";

// The name's length (the table's only check) is the input's own rule.
export const committeeWrite: WriteConfig = {
  spec: committeeSpec,
  toRow: (_ctx, input) => rowFromInput(committeeFields, input),
};
