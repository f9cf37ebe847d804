import { maskPhone } from "@daibiao/db";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { contactSpec } from "../contacts/contact.table.js";
import { Contact } from "../contacts/contact.type.js";
import type { Context } from "../context.js";
import { deputySpec } from "../deputies/deputy.table.js";
import { Deputy } from "../deputies/deputy.type.js";
import { resourceResolver } from "../grammar/crud.js";
import type { Row } from "../grammar/loaders.js";
import { relationsResolver } from "../grammar/relations.js";
import { handlingUnitSpec } from "../handling-units/handling-unit.table.js";
import { HandlingUnit } from "../handling-units/handling-unit.type.js";
import { meetingSpec } from "../meetings/meeting.table.js";
import { Meeting } from "../meetings/meeting.type.js";
import { proposalSpec } from "../proposals/proposal.table.js";
import { Proposal } from "../proposals/proposal.type.js";
import { receptionSpec } from "../receptions/reception.table.js";
import { Reception } from "../receptions/reception.type.js";
import { opinionSpec } from "./opinion.table.js";
import { CreateOpinionInput, UpdateOpinionInput } from "./opinion.input.js";
import { opinionWrite } from "./opinion.write.js";
import { Opinion } from "./opinion.type.js";

@Resolver(() => Opinion)
export class OpinionResolver extends resourceResolver({
  spec: opinionSpec,
  node: Opinion,
  singular: "opinion",
  plural: "opinions",
  write: opinionWrite,
  inputs: { Create: CreateOpinionInput, Update: UpdateOpinionInput },
}) {
  // A resolver of its own, and not in opinionSpec.stored: no read path serves the column as it is.
  @FieldResolver(() => String, { nullable: true, description: "the constituent's phone; masked for roles that may not see personal data" })
  constituentPhone(@Root() o: Row, @Ctx() ctx: Context): string | null {
    const phone = o.constituentPhone as string | null;
    return phone && !ctx.personalData ? maskPhone(phone) : phone;
  }
}

// Where it was raised: at a reception, in a contact, or by a deputy attending a meeting (one of the three).
export const OpinionRelations = relationsResolver(Opinion, {
  belongsTo: {
    reception: { type: () => Reception, spec: () => receptionSpec, key: "receptionId", nullable: true },
    contact: { type: () => Contact, spec: () => contactSpec, key: "contactId", nullable: true, description: "the contact (两个联系) it was given in" },
    meeting: { type: () => Meeting, spec: () => meetingSpec, key: "meetingId", nullable: true, description: "the meeting attended (列席) it was given at" },
    deputy: { type: () => Deputy, spec: () => deputySpec, key: "deputyId", nullable: true },
    unit: { type: () => HandlingUnit, spec: () => handlingUnitSpec, key: "unitId", nullable: true, description: "the handling unit it was forwarded to" },
    proposal: { type: () => Proposal, spec: () => proposalSpec, key: "proposalId", nullable: true, description: "the proposal it was turned into" },
  },
});
