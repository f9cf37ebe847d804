import { opinions } from "@daibiao/db";
import { contactSpec } from "../contacts/contact.args.js";
import { deputySpec } from "../deputies/deputy.args.js";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";
import { handlingUnitSpec } from "../handling-units/handling-unit.args.js";
import { meetingSpec } from "../meetings/meeting.args.js";
import { proposalSpec } from "../proposals/proposal.args.js";
import { receptionSpec } from "../receptions/reception.args.js";

// constituentPhone is personal data: neither a filter, a sort key nor searched.
export const opinionSpec: TableSpec = {
  name: "Opinion",
  table: opinions,
  id: opinions.id,
  filters: {
    ...fieldsOf(opinions, ["id", "receptionId", "contactId", "meetingId", "deputyId", "raisedOn", "category", "status", "unitId", "proposalId", "resolvedOn"]),
    reception: { parent: () => receptionSpec, key: opinions.receptionId },
    contact: { parent: () => contactSpec, key: opinions.contactId },
    meeting: { parent: () => meetingSpec, key: opinions.meetingId },
    deputy: { parent: () => deputySpec, key: opinions.deputyId },
    unit: { parent: () => handlingUnitSpec, key: opinions.unitId },
    proposal: { parent: () => proposalSpec, key: opinions.proposalId },
  },
  orderBy: columnsOf(opinions, ["id", "raisedOn", "status", "category", "resolvedOn"]),
  search: [opinions.content],
  defaultOrder: ["raisedOn:desc"],
};
