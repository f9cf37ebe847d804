import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { handlingUnitSpec } from "./handling-unit.table.js";
import { handlingUnitFields } from "./handling-unit.input.js";

export const handlingUnitWrite: WriteConfig = {
  spec: handlingUnitSpec,
  toRow: (_ctx, input) => rowFromInput(handlingUnitFields, input),
};
