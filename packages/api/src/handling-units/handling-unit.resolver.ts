import { maskPhone, proposalAssignments } from "@daibiao/db";
import { opinions } from "@daibiao/db";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { resourceResolver } from "../grammar/crud.js";
import type { Row } from "../grammar/loaders.js";
import { relationsResolver } from "../grammar/relations.js";
import { opinionSpec } from "../opinions/opinion.table.js";
import { Opinion } from "../opinions/opinion.type.js";
import { proposalAssignmentSpec } from "../proposals/proposal.table.js";
import { ProposalAssignment } from "../proposals/proposal.type.js";
import { handlingUnitSpec } from "./handling-unit.table.js";
import { CreateHandlingUnitInput, UpdateHandlingUnitInput } from "./handling-unit.input.js";
import { handlingUnitWrite } from "./handling-unit.write.js";
import { HandlingUnit } from "./handling-unit.type.js";

@Resolver(() => HandlingUnit)
export class HandlingUnitResolver extends resourceResolver({
  spec: handlingUnitSpec,
  node: HandlingUnit,
  singular: "handlingUnit",
  plural: "handlingUnits",
  write: handlingUnitWrite,
  inputs: { Create: CreateHandlingUnitInput, Update: UpdateHandlingUnitInput },
}) {
  @FieldResolver(() => String, { nullable: true, description: "masked for roles that may not see personal data" })
  contactPhone(@Root() u: Row, @Ctx() ctx: Context): string | null {
    const phone = u.contactPhone as string | null;
    return phone && !ctx.personalData ? maskPhone(phone) : phone;
  }
}

export const HandlingUnitRelations = relationsResolver(HandlingUnit, {
  hasMany: {
    assignments: { type: () => ProposalAssignment, spec: () => proposalAssignmentSpec, via: () => proposalAssignments.unitId },
    opinions: { type: () => Opinion, spec: () => opinionSpec, via: () => opinions.unitId, description: "the opinions (民意) forwarded to it" },
  },
});
