import type { FieldError } from "../grammar/errors.js";
import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { districtSpec } from "./district.table.js";
import { districtFields } from "./district.input.js";

export const districtWrite: WriteConfig = {
  spec: districtSpec,
  toRow: (_ctx, input) => rowFromInput(districtFields, input),
  check: (d) => {
    const errors: FieldError[] = [];
    if (typeof d.code === "string" && !/^[0-9]{6}([0-9]{3})?$/.test(d.code)) {
      errors.push({ field: "input.code", message: "must be 6 or 9 digits" });
    }
    if (d.level === "township" && d.parentId == null) errors.push({ field: "input.parentId", message: "a township needs its county" });
    if (d.id != null && d.parentId === d.id) errors.push({ field: "input.parentId", message: "must not be the district itself" });
    return errors;
  },
};
