import "reflect-metadata";
import { getTableColumns } from "drizzle-orm";
import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, getMetadataStorage, type NonEmptyArray } from "type-graphql";
import { allSpecs, prepareSpecs } from "./grammar/resource.js";
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
// Field resolvers (masking, relations, computed fields), methods, getters, fields with a middleware
// or a field-level @Authorized keep type-graphql's.
function plainFieldsSimple(): void {
  const storage = getMetadataStorage();
  const wrapped = [...storage.authorizedFields, ...storage.middlewares];
  const guarded = (target: Function, field: string) => wrapped.some((m) => m.target === target && m.fieldName === field);
  for (const o of storage.objectTypes as { target: Function; simpleResolvers?: boolean }[]) {
    if (o.simpleResolvers !== undefined) continue;
    const proto = o.target.prototype as object;
    for (const f of storage.fields.filter((f) => f.target === o.target || proto instanceof f.target) as { name: string; target: Function; simple?: boolean }[]) {
      if (f.simple !== undefined || guarded(f.target, f.name)) continue;
      const d = Object.getOwnPropertyDescriptor(proto, f.name) ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(proto), f.name);
      if (!d || (typeof d.value !== "function" && !d.get)) f.simple = true;
    }
  }
}

// The compiler reads the fields a TableSpec declares stored straight from their columns, around any
// resolver: each must be a field of the spec's type that graphql-js too answers by reading the
// record's property (no field resolver, getter, method, middleware or field-level @Authorized).
export function checkStored(s: GraphQLSchema): void {
  for (const spec of allSpecs()) {
    const type = s.getType(spec.name);
    if (!type) continue; // a spec of another schema (tests build their own)
    if (!isObjectType(type)) throw new Error(`TableSpec ${spec.name}: ${spec.name} is not an object type`);
    const columns = getTableColumns(spec.table);
    for (const name of spec.stored) {
      const field = type.getFields()[name];
      if (!field) throw new Error(`TableSpec ${spec.name}: stored field ${name} is not a field of the type`);
      if (!(name in columns)) throw new Error(`TableSpec ${spec.name}: stored field ${name} is not a column of the table`);
      if (field.resolve) {
        throw new Error(`TableSpec ${spec.name}: stored field ${name} has a resolver, getter, middleware or @Authorized of its own: remove it from stored`);
      }
    }
  }
}

// The schema of these resolvers, with the checks of the grammar: each TableSpec's types generated,
// plain fields simple, stored fields checked (the tests build schemas of their own resolvers too).
export async function buildApiSchema(of: NonEmptyArray<Function>): Promise<GraphQLSchema> {
  prepareSpecs();
  plainFieldsSimple();
  const s = await buildSchema({ resolvers: of, validate: { forbidUnknownValues: false }, authChecker, authMode: "error" });
  checkStored(s);
  return s;
}

export function schema(): Promise<GraphQLSchema> {
  return (built ??= buildApiSchema(resolvers));
}

// The committed packages/api/schema.graphql is this text; a test fails when the two differ.
export async function schemaText(): Promise<string> {
  return printSchema(lexicographicSortSchema(await schema())) + "\n";
}
