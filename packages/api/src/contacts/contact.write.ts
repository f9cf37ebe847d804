import { contactDeputies, opinions } from "@daibiao/db";
import type { FieldError } from "../grammar/errors.js";
import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { contactSpec } from "./contact.table.js";
import { nestedOpinions } from "../opinions/opinion.write.js";
import { contactDeputyFields, contactFields, contactOpinionFields } from "./contact.input.js";

// contacts_member_or_committee: a member's contact names the member and no committee, a committee's
// the committee and no member.
export function memberOrCommittee(c: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  if (c.by === "member" && c.memberName == null) errors.push({ field: "input.memberName", message: "is required for a member's contact" });
  if (c.by !== "member" && c.memberName != null) errors.push({ field: "input.memberName", message: "only for a member's contact" });
  if (c.by === "committee" && c.committeeId == null) errors.push({ field: "input.committeeId", message: "is required for a committee's contact" });
  if (c.by !== "committee" && c.committeeId != null) errors.push({ field: "input.committeeId", message: "only for a committee's contact" });
  return errors;
}

export const contactWrite: WriteConfig = {
  spec: contactSpec,
  toRow: (_ctx, input) => rowFromInput(contactFields, input),
  check: memberOrCommittee,
  children: [
    {
      key: "deputies",
      table: contactDeputies,
      via: contactDeputies.contactId,
      matchBy: "deputyId",
      toRow: (_ctx, item, path) => rowFromInput(contactDeputyFields, item, path),
    },
    nestedOpinions(opinions.contactId, contactOpinionFields, (contact) => contact.date),
  ],
};
