import { contacts, measures } from "@daibiao/db";
import { Resolver } from "type-graphql";
import { contactSpec } from "../contacts/contact.table.js";
import { Contact } from "../contacts/contact.type.js";
import { resourceResolver } from "../grammar/crud.js";
import { relationsResolver } from "../grammar/relations.js";
import { measureSpec } from "../measures/measure.table.js";
import { Measure } from "../measures/measure.type.js";
import { committeeSpec } from "./committee.table.js";
import { CreateCommitteeInput, UpdateCommitteeInput } from "./committee.input.js";
import { committeeWrite } from "./committee.write.js";
import { Committee } from "./committee.type.js";

@Resolver(() => Committee)
export class CommitteeResolver extends resourceResolver({
  spec: committeeSpec,
  node: Committee,
  singular: "committee",
  plural: "committees",
  write: committeeWrite,
  inputs: { Create: CreateCommitteeInput, Update: UpdateCommitteeInput },
}) {}

export const CommitteeRelations = relationsResolver(Committee, {
  hasMany: {
    measures: { type: () => Measure, spec: () => measureSpec, via: () => measures.committeeId, description: "the measures it leads" },
    contacts: { type: () => Contact, spec: () => contactSpec, via: () => contacts.committeeId, description: "its contacts with deputies" },
  },
});
