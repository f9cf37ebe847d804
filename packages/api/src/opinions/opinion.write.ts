import type { FieldError } from "../grammar/errors.js";
import { rowFromInput, type InputField } from "../grammar/inputs.js";
import type { ChildConfig, WriteConfig } from "../grammar/mutate.js";
import type { Row } from "../grammar/loaders.js";
import type { PgColumn } from "drizzle-orm/pg-core";
import { opinions } from "@daibiao/db";
import { opinionSpec } from "./opinion.table.js";
import { opinionFields } from "./opinion.input.js";

const given = (v: unknown) => v !== null && v !== undefined;

// The database's checks of an opinion's course, each on the field a clerk would correct (`path`:
// "input", or "input.opinions.2" for one written through its reception).
export function opinionErrors(o: Row, path = "input"): FieldError[] {
  const errors: FieldError[] = [];
  const at = (field: string, message: string) => errors.push({ field: `${path}.${field}`, message });
  const status = (o.status as string | undefined) ?? "open";
  if (status === "answered") {
    if (!given(o.answer)) at("answer", "required when the opinion is answered");
    if (!given(o.resolvedOn)) at("resolvedOn", "required when the opinion is answered");
  }
  if (status === "forwarded" && !given(o.unitId)) at("unitId", "required when the opinion is forwarded");
  if (status !== "forwarded" && given(o.unitId)) at("unitId", "only for an opinion forwarded to a handling unit");
  if (status === "proposal" && !given(o.proposalId)) at("proposalId", "required when the opinion is turned into a proposal");
  if (status !== "proposal" && given(o.proposalId)) at("proposalId", "only for an opinion turned into a proposal");
  if (status === "closed") {
    if (!given(o.closeReason)) at("closeReason", "required when the opinion is closed");
    if (!given(o.resolvedOn)) at("resolvedOn", "required when the opinion is closed");
  }
  if (status !== "closed" && given(o.closeReason)) at("closeReason", "only for a closed opinion");
  if (status === "open" && given(o.resolvedOn)) at("resolvedOn", "only for a resolved opinion (it is open)");
  if (given(o.resolvedOn) && given(o.raisedOn) && String(o.resolvedOn) < String(o.raisedOn)) at("resolvedOn", "must not be before raisedOn");
  return errors;
}

export const opinionWrite: WriteConfig = {
  spec: opinionSpec,
  toRow: (_ctx, input) => rowFromInput(opinionFields, input),
  check: (o) => {
    const errors: FieldError[] = [];
    const sources = [o.receptionId, o.contactId, o.meetingId].filter(given).length;
    if (sources !== 1) errors.push({ field: "input.receptionId", message: "exactly one of receptionId, contactId and meetingId is required" });
    return [...errors, ...opinionErrors(o)];
  },
};

// The opinions of a reception, contact or meeting, written through its input (`opinions`): items with
// an id are kept and updated, the others added (OPEN, raised on `raisedOn(parent)` unless told), those
// left out removed. An existing opinion's update may name only some fields: its course is checked
// when it names its status.
export function nestedOpinions(via: PgColumn, fields: Record<string, InputField>, raisedOn: (parent: Row) => unknown): ChildConfig {
  return {
    key: "opinions",
    table: opinions,
    via,
    toRow: (_ctx, item, path, parent) => {
      const { id: _id, ...row } = rowFromInput(fields, item, path);
      if (item.id == null) {
        row.raisedOn ??= raisedOn(parent);
        row.status ??= "open";
      }
      return row;
    },
    check: (row, path) => ("status" in row ? opinionErrors(row, path) : []),
  };
}
