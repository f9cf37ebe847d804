import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { prepareSpecs } from "./grammar/resource.js";
import { ApiTokenList, ApiTokenResolver } from "./api-tokens/api-token.resolver.js";
import { AuditLogList } from "./audit-logs/audit-log.resolver.js";
import { authChecker } from "./auth/auth.checker.js";
import { AuthResolver } from "./auth/auth.resolver.js";
import { UserResolver } from "./users/user.resolver.js";
import { ActivityParticipationRelations, ActivityRelations, ActivityResolver } from "./activities/activity.resolver.js";
import { DeputyMandateRelations, DeputyRelations, DeputyResolver } from "./deputies/deputy.resolver.js";
import { DistrictRelations, DistrictResolver } from "./districts/district.resolver.js";
import { HandlingUnitRelations, HandlingUnitResolver } from "./handling-units/handling-unit.resolver.js";
import {
  ProposalAssignmentDeadlines,
  ProposalAssignmentRelations,
  ProposalCosignerRelations,
  ProposalEvaluationRelations,
  ProposalEventRelations,
  ProposalRelations,
  ProposalResolver,
} from "./proposals/proposal.resolver.js";
import { ProposalHandlingStatsKeyRelations, ProposalStatsResolver } from "./proposals/proposal-stats.resolver.js";
import { ProposalWorkflowResolver } from "./proposals/proposal-workflow.resolver.js";
import { SettingsResolver } from "./settings/settings.resolver.js";
import { StationDeputyRelations, StationRelations, StationResolver } from "./stations/station.resolver.js";
import { TrainingAttendanceRelations, TrainingRelations, TrainingResolver } from "./trainings/training.resolver.js";

import { aggregateResolverClasses, childListResolvers } from "./tables.js";
import { ReviewResolver } from "./review/review.resolver.js";

export const resolvers = [
  DistrictResolver,
  DistrictRelations,
  DeputyResolver,
  DeputyRelations,
  DeputyMandateRelations,
  TrainingResolver,
  TrainingRelations,
  TrainingAttendanceRelations,
  StationResolver,
  StationRelations,
  StationDeputyRelations,
  HandlingUnitResolver,
  HandlingUnitRelations,
  ProposalResolver,
  ProposalRelations,
  ProposalCosignerRelations,
  ProposalAssignmentRelations,
  ProposalEvaluationRelations,
  ProposalEventRelations,
  ProposalAssignmentDeadlines,
  ProposalWorkflowResolver,
  ProposalStatsResolver,
  ProposalHandlingStatsKeyRelations,
  SettingsResolver,
  ActivityResolver,
  ActivityRelations,
  ActivityParticipationRelations,
  ...childListResolvers,
  ...aggregateResolverClasses,
  ReviewResolver,
  AuthResolver,
  UserResolver,
  ApiTokenList,
  ApiTokenResolver,
  AuditLogList,
] as unknown as NonEmptyArray<Function>;

let built: Promise<GraphQLSchema> | undefined;

export function schema(): Promise<GraphQLSchema> {
  prepareSpecs();
  return (built ??= buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    authChecker,
    authMode: "error",
  }));
}

// The committed packages/api/schema.graphql is this text; a test fails when the two differ.
export async function schemaText(): Promise<string> {
  return printSchema(lexicographicSortSchema(await schema())) + "\n";
}
