import {
  activityParticipations,
  deputyMandates,
  maskIdCard,
  maskPhone,
  openIdCard,
  proposalCosigners,
  proposals,
  stationDeputies,
  trainingAttendances,
} from "@daibiao/db";
import { receptionDeputies } from "@daibiao/db";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { activityParticipationSpec } from "../activities/activity.table.js";
import { ActivityParticipation } from "../activities/activity.type.js";
import type { Context } from "../context.js";
import { districtSpec } from "../districts/district.table.js";
import { District } from "../districts/district.type.js";
import { resourceResolver } from "../grammar/crud.js";
import type { Row } from "../grammar/loaders.js";
import { relationsResolver } from "../grammar/relations.js";
import { receptionDeputySpec } from "../receptions/reception.table.js";
import { ReceptionDeputy } from "../receptions/reception.type.js";
import { proposalCosignerSpec, proposalSpec } from "../proposals/proposal.table.js";
import { Proposal, ProposalCosigner } from "../proposals/proposal.type.js";
import { stationDeputySpec } from "../stations/station.table.js";
import { StationDeputy } from "../stations/station.type.js";
import { trainingAttendanceSpec } from "../trainings/training.table.js";
import { TrainingAttendance } from "../trainings/training.type.js";
import { deputyMandateSpec, deputySpec } from "./deputy.table.js";
import { CreateDeputyInput, UpdateDeputyInput } from "./deputy.input.js";
import { deputyWrite } from "./deputy.write.js";
import { Deputy, DeputyMandate } from "./deputy.type.js";

@Resolver(() => Deputy)
export class DeputyResolver extends resourceResolver({
  spec: deputySpec,
  node: Deputy,
  singular: "deputy",
  plural: "deputies",
  write: deputyWrite,
  inputs: { Create: CreateDeputyInput, Update: UpdateDeputyInput },
}) {
  @FieldResolver(() => String, { nullable: true, description: "masked (138****5678) for roles that may not see personal data" })
  phone(@Root() d: Row, @Ctx() ctx: Context): string | null {
    const phone = d.phone as string | null;
    return phone && !ctx.personalData ? maskPhone(phone) : phone;
  }

  @FieldResolver(() => String, { nullable: true, description: "ID-card number; masked for roles that may not see personal data" })
  idCard(@Root() d: Row, @Ctx() ctx: Context): string | null {
    if (!d.idCardCipher) return null;
    return ctx.personalData ? openIdCard(ctx.pii, d.idCardCipher as string) : maskIdCard(d.idCardLast4 as string);
  }
}

export const DeputyRelations = relationsResolver(Deputy, {
  hasMany: {
    mandates: { type: () => DeputyMandate, spec: () => deputyMandateSpec, via: () => deputyMandates.deputyId },
    stations: {
      type: () => StationDeputy,
      spec: () => stationDeputySpec,
      via: () => stationDeputies.deputyId,
      description: "the stations and rooms the deputy is stationed at",
    },
    trainings: {
      type: () => TrainingAttendance,
      spec: () => trainingAttendanceSpec,
      via: () => trainingAttendances.deputyId,
      description: "the trainings the deputy was enrolled in",
    },
    proposals: { type: () => Proposal, spec: () => proposalSpec, via: () => proposals.leadDeputyId, description: "proposals the deputy leads" },
    cosignedProposals: {
      type: () => ProposalCosigner,
      spec: () => proposalCosignerSpec,
      via: () => proposalCosigners.deputyId,
      description: "proposals the deputy co-signed",
    },
    activities: {
      type: () => ActivityParticipation,
      spec: () => activityParticipationSpec,
      via: () => activityParticipations.deputyId,
      description: "the duty activities the deputy took part in",
    },
    receptions: {
      type: () => ReceptionDeputy,
      spec: () => receptionDeputySpec,
      via: () => receptionDeputies.deputyId,
      description: "the receptions of constituents the deputy was present at",
    },
  },
});

export const DeputyMandateRelations = relationsResolver(DeputyMandate, {
  belongsTo: {
    deputy: { type: () => Deputy, spec: () => deputySpec, key: "deputyId" },
    district: { type: () => District, spec: () => districtSpec, key: "districtId", nullable: true },
  },
});
