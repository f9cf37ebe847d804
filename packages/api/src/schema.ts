import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, getMetadataStorage, type NonEmptyArray } from "type-graphql";
import { prepareSpecs } from "./grammar/resource.js";
import { ApiTokenList, ApiTokenResolver } from "./api-tokens/api-token.resolver.js";
import { AuditLogList } from "./audit-logs/audit-log.resolver.js";
import { authChecker } from "./auth/auth.checker.js";
import { AuthResolver } from "./auth/auth.resolver.js";
import { UserResolver } from "./users/user.resolver.js";
import { ActivityParticipationRelations, ActivityRelations, ActivityResolver } from "./activities/activity.resolver.js";
import { DeputyMandateRelations, DeputyRelations, DeputyResolver } from "./deputies/deputy.resolver.js";
import { DistrictRelations, DistrictResolver } from "./districts/district.resolver.js";
import { DutyPointRuleResolver } from "./duty-records/duty-point-rule.resolver.js";
import { DeputyDutyRecord, DutyRecordResolver } from "./duty-records/duty-record.resolver.js";
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
import { CommitteeRelations, CommitteeResolver } from "./committees/committee.resolver.js";
import { MeasureRelations, MeasureResolver } from "./measures/measure.resolver.js";
import { DeputyGroupMemberRelations, DeputyGroupRelations, DeputyGroupResolver, DeputyGroupsOfDeputy } from "./deputy-groups/deputy-group.resolver.js";
import { ContactDeputyRelations, ContactRelations, ContactResolver, ContactsOfDeputy } from "./contacts/contact.resolver.js";
import { MeetingAttendeeRelations, MeetingRelations, MeetingResolver, MeetingsOfDeputy } from "./meetings/meeting.resolver.js";

import { OpinionCourseResolver } from "./opinions/opinion-course.resolver.js";
import { OpinionRelations, OpinionResolver } from "./opinions/opinion.resolver.js";
import { ReceptionDeputyRelations, ReceptionRelations, ReceptionResolver } from "./receptions/reception.resolver.js";
import { aggregateResolverClasses, childListResolvers } from "./tables.js";
import { ReviewResolver } from "./review/review.resolver.js";
import { SavedQueryResolver } from "./saved-queries/saved-query.resolver.js";
import { ImportResolver } from "./imports/import.resolver.js";

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
  // deputies' work (issue 14)
  CommitteeResolver,
  CommitteeRelations,
  MeasureResolver,
  MeasureRelations,
  DeputyGroupResolver,
  DeputyGroupRelations,
  DeputyGroupMemberRelations,
  DeputyGroupsOfDeputy,
  ContactResolver,
  ContactRelations,
  ContactDeputyRelations,
  ContactsOfDeputy,
  MeetingResolver,
  MeetingRelations,
  MeetingAttendeeRelations,
  MeetingsOfDeputy,
  ReceptionResolver,
  ReceptionRelations,
  ReceptionDeputyRelations,
  OpinionResolver,
  OpinionRelations,
  OpinionCourseResolver,
  ...childListResolvers,
  ...aggregateResolverClasses,
  ReviewResolver,
  DeputyDutyRecord,
  DutyRecordResolver,
  DutyPointRuleResolver,
  AuthResolver,
  UserResolver,
  ApiTokenList,
  ApiTokenResolver,
  AuditLogList,
  SavedQueryResolver,
  ImportResolver,
] as unknown as NonEmptyArray<Function>;

let built: Promise<GraphQLSchema> | undefined;

// Fields that only read a property of their record get graphql-js's default resolver instead of
// type-graphql's wrapper (which builds a resolver-data object per field for middleware and
// authorization that such a field does not have): on a page of records most fields are these.
// Field resolvers (masking, relations, computed fields), methods and getters keep type-graphql's.
function plainFieldsSimple(): void {
  const storage = getMetadataStorage();
  const guarded = new Set([...storage.authorizedFields, ...storage.middlewares].map((m) => m.target));
  for (const o of storage.objectTypes as { target: Function; simpleResolvers?: boolean }[]) {
    if (o.simpleResolvers !== undefined || guarded.has(o.target)) continue;
    const proto = o.target.prototype as object;
    const own = storage.fields.filter((f) => f.target === o.target || proto instanceof f.target);
    const plain = own.every((f) => {
      const d = Object.getOwnPropertyDescriptor(proto, f.name) ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(proto), f.name);
      return !d || (typeof d.value !== "function" && !d.get);
    });
    if (plain) o.simpleResolvers = true;
  }
}

export function schema(): Promise<GraphQLSchema> {
  prepareSpecs();
  if (!built) plainFieldsSimple();
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
