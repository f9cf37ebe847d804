// Aggregates, one generic piece for every resource: `xxxAggregate(filter, groupBy)` returns the
// total and the groups, each with count, countDistinct(field), sum / avg / min / max of the numeric
// fields. Total and groups come from one SQL statement (GROUPING SETS), whatever the grouping.
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { collect, type Fields } from "./prefetch.js";
import { GraphQLBoolean, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, Float, ID, Info, Int, ObjectType, Query, registerEnumType, Resolver } from "type-graphql";
import { READ } from "../auth/roles.js";
import type { Context } from "../context.js";
import { badInput } from "./errors.js";
import { run, type Row } from "./query.js";
import { relationsResolver, type BelongsTo } from "./relations.js";
import { graphqlOf, kindOf, registerSpec, whereOf, type FilterValue, type Kind as ColumnKind, type TableSpec } from "./resource.js";

// A field to group by: a column of the table, or of a record it points at (joined in).
type GroupSource = { column: PgColumn; via?: { table: PgTable; id: PgColumn; key: PgColumn; optional?: boolean } };

export type AggregateOptions = {
  spec: TableSpec;
  plural: string;
  // Columns to group by, by name; dates also give Year / Quarter / Month buckets.
  groupBy: Record<string, GroupSource>;
  // The key's related record, e.g. districtId → district { name }
  keyRelations?: Record<string, BelongsTo>;
  numeric?: Record<string, PgColumn>;
  distinct: Record<string, PgColumn>;
};

const SCREAM = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

type Option = { key: string; expr: SQL; join?: SQL; kind: ColumnKind | { kind: "year" | "bucket" } };

function optionsOf(o: AggregateOptions): Record<string, Option> {
  const out: Record<string, Option> = {};
  // one join per joined table, however many of its fields are grouped by
  const joins = new Map<object, SQL>();
  for (const [name, src] of Object.entries(o.groupBy)) {
    const kind = kindOf(src.column);
    const via = src.via;
    if (via && !joins.has(via)) joins.set(via, sql`${sql.raw(via.optional ? "left join" : "join")} ${via.table} on ${via.id} = ${via.key}`);
    const join = via ? joins.get(via) : undefined;
    const c = src.column;
    if (kind.kind === "date" || kind.kind === "datetime") {
      out[`${SCREAM(name)}_YEAR`] = { key: `${name}Year`, expr: sql`extract(year from ${c})::int`, join, kind: { kind: "year" } };
      out[`${SCREAM(name)}_QUARTER`] = { key: `${name}Quarter`, expr: sql`to_char(${c}, 'YYYY-"Q"Q')`, join, kind: { kind: "bucket" } };
      out[`${SCREAM(name)}_MONTH`] = { key: `${name}Month`, expr: sql`to_char(${c}, 'YYYY-MM')`, join, kind: { kind: "bucket" } };
    } else {
      out[SCREAM(name)] = { key: name, expr: sql`${c}`, join, kind };
    }
  }
  return out;
}

function keyFieldType(kind: Option["kind"]): () => unknown {
  switch (kind.kind) {
    case "id":
      return () => ID;
    case "int":
    case "year":
      return () => Int;
    case "float":
      return () => Float;
    case "boolean":
      return () => GraphQLBoolean;
    case "enum": {
      const e = kind.def.gql;
      return () => e;
    }
    default:
      return () => String;
  }
}

// Which countDistinct fields does the query ask for (with literals or variables)?
// Literals come as enum names (DEPUTY_ID), variables already as values (deputyId).
function distinctFieldsAsked(info: GraphQLResolveInfo, byName: Record<string, string>): Set<string> {
  const asked = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value === "countDistinct") {
          const arg = sel.arguments?.find((a) => a.name.value === "field");
          if (arg?.value.kind === Kind.ENUM) asked.add(byName[arg.value.value] ?? arg.value.value);
          else if (arg?.value.kind === Kind.VARIABLE) asked.add(String(info.variableValues[arg.value.name.value]));
        }
        walk(sel.selectionSet);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) walk(info.fragments[sel.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes as FieldNode[]) walk(node.selectionSet);
  return asked;
}

// What an aggregate query reads: the total or not, and which of sum/avg/min/max of which fields.
function askedOf(info: GraphQLResolveInfo, name: string): { total: boolean; measures: Set<string> } {
  const top = new Map() as Fields;
  for (const n of info.fieldNodes) collect(info, `${name}Aggregate`, n.selectionSet, top);
  const measures = new Set<string>();
  let total = false;
  for (const nodes of top.values()) {
    const field = nodes[0]!.name.value;
    if (field === "total") total = true;
    if (field !== "total" && field !== "groups") continue;
    const group = new Map() as Fields;
    for (const n of nodes) collect(info, `${name}AggregateGroup`, n.selectionSet, group);
    for (const gnodes of group.values()) {
      const fn = gnodes[0]!.name.value;
      if (!["sum", "avg", "min", "max"].includes(fn)) continue;
      const numbers = new Map() as Fields;
      for (const n of gnodes) collect(info, `${name}AggregateNumbers`, n.selectionSet, numbers);
      for (const nn of numbers.values()) measures.add(`${fn}_${nn[0]!.name.value}`);
    }
  }
  return { total, measures };
}

export function aggregateResolvers(o: AggregateOptions): Function[] {
  const name = o.spec.name;
  const g = graphqlOf(o.spec);
  registerSpec(() => o.spec);
  const options = optionsOf(o);

  const groupByEnum = Object.fromEntries(Object.keys(options).map((k) => [k, k]));
  registerEnumType(groupByEnum, { name: `${name}GroupBy`, description: `what to group ${name} records by` });
  const distinctEnum = Object.fromEntries(Object.keys(o.distinct).map((k) => [SCREAM(k), k]));
  registerEnumType(distinctEnum, { name: `${name}DistinctField`, description: "the field whose distinct values are counted" });

  @ObjectType(`${name}AggregateKey`, { description: "the values this group shares; null for fields not grouped by" })
  class Key {}
  for (const opt of Object.values(options)) Field(keyFieldType(opt.kind) as never, { nullable: true })(Key.prototype, opt.key);
  const keyRelations = o.keyRelations ? relationsResolver(Key, { belongsTo: o.keyRelations }) : undefined;

  const numeric = Object.keys(o.numeric ?? {});
  let Numbers: Function | undefined;
  if (numeric.length) {
    @ObjectType(`${name}AggregateNumbers`)
    class N {}
    for (const k of numeric) Field(() => Float, { nullable: true })(N.prototype, k);
    Numbers = N;
  }

  @ObjectType(`${name}AggregateGroup`)
  class Group {
    declare row: Row;
    @Field(() => Key) key!: Row;
    @Field(() => Int, { description: "records in the group (e.g. person-times)" }) count!: number;
    @Field(() => Int, { description: "distinct values of a field in the group (e.g. persons)" })
    countDistinct(@Arg("field", () => distinctEnum) field: string): number {
      return this.row[`cd_${field}`] as number;
    }
  }
  if (Numbers) {
    for (const fn of ["sum", "avg", "min", "max"]) {
      const N = Numbers;
      Object.defineProperty(Group.prototype, fn, {
        get(this: Group) {
          return Object.fromEntries(numeric.map((k) => [k, this.row[`${fn}_${k}`] ?? null]));
        },
      });
      Field(() => N, { description: `${fn} of the numeric fields` })(Group.prototype, fn);
    }
  }

  @ObjectType(`${name}Aggregate`)
  class Aggregate {
    @Field(() => Group, { description: "all records matching the filter" }) total!: Group;
    @Field(() => [Group], { description: "one per combination of the groupBy values, ordered by them" }) groups!: Group[];
  }

  @ArgsType()
  class AggregateArgs {}
  Field(() => g.filter, { nullable: true })(AggregateArgs.prototype, "filter");
  Field(() => [groupByEnum], { nullable: true })(AggregateArgs.prototype, "groupBy");

  const toGroup = (row: Row, keys: string[]): Group => {
    const key: Row = {};
    keys.forEach((k, i) => (key[options[k]!.key] = row[`k${i}`] ?? null));
    const group = Object.create(Group.prototype) as Group & Row;
    group.row = row;
    group.key = key;
    group.count = row.n as number;
    return group;
  };

  @Resolver()
  class AggregateResolver {
    @Authorized(READ)
    @Query(() => Aggregate, { name: `${o.plural}Aggregate`, description: `counts and sums over ${name} records, in groups` })
    async aggregate(
      @Args(() => AggregateArgs, { validate: false }) args: { filter?: FilterValue; groupBy?: string[] | null },
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<Aggregate> {
      const keys = [...new Set(args.groupBy ?? [])];
      if (keys.length > 6) throw badInput([{ field: "groupBy", message: "at most 6 fields" }]);
      const measures: SQL[] = [sql`count(*)::int as n`];
      for (const d of distinctFieldsAsked(info, distinctEnum)) {
        const col = o.distinct[d];
        if (col) measures.push(sql`count(distinct ${col})::int as ${sql.identifier(`cd_${d}`)}`);
      }
      // only what the query asks for: the numbers it reads, and the total only when it reads it
      const wanted = askedOf(info, name);
      for (const [k, col] of Object.entries(o.numeric ?? {})) {
        for (const fn of ["sum", "avg", "min", "max"]) {
          if (wanted.measures.has(`${fn}_${k}`)) measures.push(sql`${sql.raw(fn)}(${col})::float8 as ${sql.identifier(`${fn}_${k}`)}`);
        }
      }
      const exprs = keys.map((k) => options[k]!.expr);
      const joins = [...new Set(keys.map((k) => options[k]!.join).filter((j): j is SQL => !!j))];
      const where = whereOf(o.spec, args.filter);
      const select = [...exprs.map((e, i) => sql`${e} as ${sql.identifier(`k${i}`)}`), ...measures];
      const from = sql`from ${o.spec.table}${joins.length ? sql` ${sql.join(joins, sql` `)}` : sql``}${where ? sql` where ${where}` : sql``}`;
      const order = sql.join(exprs.map((e) => sql`${e} asc nulls last`), sql`, `);
      const query = !keys.length
        ? sql`select ${sql.join(select, sql`, `)} ${from}`
        : wanted.total
          ? sql`select grouping(${sql.join(exprs, sql`, `)}) as __g, ${sql.join(select, sql`, `)} ${from}
            group by grouping sets ((), (${sql.join(exprs, sql`, `)}))
            order by __g desc, ${order}`
          : sql`select 0 as __g, ${sql.join(select, sql`, `)} ${from} group by ${sql.join(exprs, sql`, `)} order by ${order}`;
      const rows = await run(ctx, query);
      const total = keys.length ? rows.find((r) => (r.__g as number) !== 0) : rows[0];
      const groups = keys.length ? rows.filter((r) => (r.__g as number) === 0) : [];
      return {
        total: toGroup(total ?? { n: 0 }, []),
        groups: groups.map((r) => toGroup(r, keys)),
      };
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
