import { opinions } from "@daibiao/db";
import { contactSpec } from "../contacts/contact.table.js";
import { deputySpec } from "../deputies/deputy.table.js";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";
import { handlingUnitSpec } from "../handling-units/handling-unit.table.js";
import { meetingSpec } from "../meetings/meeting.table.js";
import { proposalSpec } from "../proposals/proposal.table.js";
import { receptionSpec } from "../receptions/reception.table.js";

// constituentPhone is personal data: neither a filter, a sort key nor searched.
export const opinionSpec: TableSpec = {
  name: "Opinion",
  table: opinions,
  id: opinions.id,
  stored: [
    "id",
    "receptionId",
    "contactId",
    "meetingId",
    "deputyId",
    "raisedOn",
    "content",
    "category",
    "constituentName",
    "status",
    "answer",
    "unitId",
    "proposalId",
    "closeReason",
    "resolvedOn",
    "createdAt",
    "updatedAt",
    "version",
  ],
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
