// Aggregates, one generic piece for every resource: `xxxAggregate(filter, groupBy)` returns the
// total and the groups, each with count, countDistinct(field), sum / avg / min / max of the numeric
// fields. Total and groups come from one SQL statement (GROUPING SETS), whatever the grouping.
// Three parts, by job: aggregate/types.ts declares the GraphQL types, aggregate/statement.ts builds
// the statement from the arguments and the selection, aggregate/answer.ts writes the answer (as JSON
// by PostgreSQL on the direct path, else as Group objects for graphql-js).
import { getTableColumns } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { GraphQLResolveInfo } from "graphql";
import { Args, Authorized, Ctx, Info, Query, Resolver } from "type-graphql";
import { READ } from "../auth/roles.js";
import type { Context } from "../context.js";
import { registerRoot } from "./direct.js";
import { run } from "./loaders.js";
import { registerSpec } from "./resource.js";
import { answerPlan, groupsOf } from "./aggregate/answer.js";
import { aggregationOf, statementOf, type ArgValues, type AggregateOptions, type GroupSource } from "./aggregate/statement.js";
import { aggregateTypes } from "./aggregate/types.js";

export type { AggregateOptions, GroupSource };

export function aggregateResolvers(o: AggregateOptions): Function[] {
  const a = aggregationOf(o);
  registerSpec(() => o.spec);
  const { Aggregate, AggregateArgs, Group, keyRelations } = aggregateTypes(a);
  registerRoot(`${o.plural}Aggregate`, { kind: "custom", roles: READ, compile: (env, def, key, nodes) => answerPlan(a, env, def, key, nodes) });

  @Resolver()
  class AggregateResolver {
    @Authorized(READ)
    @Query(() => Aggregate, { name: `${o.plural}Aggregate`, description: `counts and sums over ${o.spec.name} records, in groups` })
    async aggregate(
      @Args(() => AggregateArgs, { validate: false }) args: ArgValues,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<unknown> {
      const { query, keys } = statementOf(a, args, info, info.fieldNodes);
      return groupsOf(a, Group, await run(ctx, query), keys);
    }
  }
  return keyRelations ? [AggregateResolver, keyRelations] : [AggregateResolver];
}

export function columnGroups<T extends PgTable>(table: T, keys: (keyof T["_"]["columns"] & string)[]): Record<string, GroupSource> {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  return Object.fromEntries(keys.map((k) => [k, { column: columns[k]! }]));
}

// Group by columns of the record a foreign key points at: via(activities, activityParticipations.activityId, "activity", ["area"])
// gives activityArea. The parent table is joined in only when such a key is asked for.
export function parentGroups<T extends PgTable>(
  parent: T,
  key: PgColumn,
  prefix: string,
  keys: (keyof T["_"]["columns"] & string)[],
): Record<string, GroupSource> {
  const columns = getTableColumns(parent) as Record<string, PgColumn>;
  const via = { table: parent as PgTable, id: columns.id!, key, optional: !key.notNull };
  return Object.fromEntries(keys.map((k) => [`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}`, { column: columns[k]!, via }]));
}
