import { contactDeputies, contacts } from "@daibiao/db";
import { committeeSpec } from "../committees/committee.table.js";
import { deputySpec } from "../deputies/deputy.table.js";
import { columnsOf, fieldsOf, type TableSpec } from "../grammar/resource.js";

export const contactSpec: TableSpec = {
  name: "Contact",
  table: contacts,
  id: contacts.id,
  stored: ["id", "date", "by", "memberName", "committeeId", "way", "notes", "createdAt", "updatedAt", "version"],
  filters: {
    ...fieldsOf(contacts, ["id", "date", "by", "memberName", "committeeId", "way"]),
    committee: { parent: () => committeeSpec, key: contacts.committeeId },
    deputy: { exists: () => contactDeputySpec, via: contactDeputies.contactId },
  },
  orderBy: columnsOf(contacts, ["id", "date", "by", "way", "memberName"]),
  search: [contacts.memberName, contacts.notes],
  defaultOrder: ["date:desc"],
};

export const contactDeputySpec: TableSpec = {
  name: "ContactDeputy",
  table: contactDeputies,
  id: contactDeputies.id,
  stored: ["id", "contactId", "deputyId", "createdAt"],
  filters: {
    ...fieldsOf(contactDeputies, ["id", "contactId", "deputyId"]),
    contact: { parent: () => contactSpec, key: contactDeputies.contactId },
    deputy: { parent: () => deputySpec, key: contactDeputies.deputyId },
  },
  orderBy: columnsOf(contactDeputies, ["id"]),
};
