import { contactDeputies, opinions } from "@daibiao/db";
import { Resolver } from "type-graphql";
import { committeeSpec } from "../committees/committee.table.js";
import { Committee } from "../committees/committee.type.js";
import { deputySpec } from "../deputies/deputy.table.js";
import { Deputy } from "../deputies/deputy.type.js";
import { resourceResolver } from "../grammar/crud.js";
import { relationsResolver } from "../grammar/relations.js";
import { opinionSpec } from "../opinions/opinion.table.js";
import { Opinion } from "../opinions/opinion.type.js";
import { contactDeputySpec, contactSpec } from "./contact.table.js";
import { CreateContactInput, UpdateContactInput } from "./contact.input.js";
import { contactWrite } from "./contact.write.js";
import { Contact, ContactDeputy } from "./contact.type.js";

@Resolver(() => Contact)
export class ContactResolver extends resourceResolver({
  spec: contactSpec,
  node: Contact,
  singular: "contact",
  plural: "contacts",
  write: contactWrite,
  inputs: { Create: CreateContactInput, Update: UpdateContactInput },
}) {}

export const ContactRelations = relationsResolver(Contact, {
  belongsTo: {
    committee: { type: () => Committee, spec: () => committeeSpec, key: "committeeId", nullable: true },
  },
  hasMany: {
    deputies: { type: () => ContactDeputy, spec: () => contactDeputySpec, via: () => contactDeputies.contactId },
    opinions: { type: () => Opinion, spec: () => opinionSpec, via: () => opinions.contactId, description: "the opinions the deputies gave in it" },
  },
});

export const ContactDeputyRelations = relationsResolver(ContactDeputy, {
  belongsTo: {
    contact: { type: () => Contact, spec: () => contactSpec, key: "contactId" },
    deputy: { type: () => Deputy, spec: () => deputySpec, key: "deputyId" },
  },
});

// deputy.contacts, declared here so that the deputy's own resolver stays as it is.
export const ContactsOfDeputy = relationsResolver(Deputy, {
  hasMany: {
    contacts: {
      type: () => ContactDeputy,
      spec: () => contactDeputySpec,
      via: () => contactDeputies.deputyId,
      description: "the contacts (两个联系) the deputy was contacted in",
    },
  },
});
