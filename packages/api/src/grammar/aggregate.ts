// Aggregates, one generic piece for every resource: `xxxAggregate(filter, groupBy)` returns the
// total and the groups, each with count, countDistinct(field), sum / avg / min / max of the numeric
// fields. Total and groups come from one SQL statement (GROUPING SETS), whatever the grouping.
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { literal } from "./compile.js";
import { collect, type Env, type Fields } from "./selection.js";
import { planOf, registerRoot, unsupported, type Plan } from "./direct.js";
import {
  getArgumentValues,
  GraphQLBoolean,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, Float, ID, Info, Int, ObjectType, Query, registerEnumType, Resolver } from "type-graphql";
import { READ } from "../auth/roles.js";
import type { Context } from "../context.js";
import { badInput } from "./errors.js";
import { run, type Row } from "./loaders.js";
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
function distinctFieldsAsked(env: Env, fieldNodes: readonly FieldNode[], byName: Record<string, string>): Set<string> {
  const asked = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value === "countDistinct") {
          const arg = sel.arguments?.find((a) => a.name.value === "field");
          if (arg?.value.kind === Kind.ENUM) asked.add(byName[arg.value.value] ?? arg.value.value);
          else if (arg?.value.kind === Kind.VARIABLE) asked.add(String(env.variableValues[arg.value.name.value]));
        }
        walk(sel.selectionSet);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) walk(env.fragments[sel.name.value]?.selectionSet);
    }
  };
  for (const node of fieldNodes) walk(node.selectionSet);
  return asked;
}

// What an aggregate query reads: the total or not, and which of sum/avg/min/max of which fields.
function askedOf(info: Env, fieldNodes: readonly FieldNode[], name: string): { total: boolean; measures: Set<string> } {
  const top = new Map() as Fields;
  for (const n of fieldNodes) collect(info, `${name}Aggregate`, n.selectionSet, top);
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

  type Args = { filter?: FilterValue; groupBy?: string[] | null };

  // The one statement: the groups (and the total, when asked) with the measures the query reads.
  const statementOf = (args: Args, env: Env, fieldNodes: readonly FieldNode[]) => {
    const keys = [...new Set(args.groupBy ?? [])];
    if (keys.length > 6) throw badInput([{ field: "groupBy", message: "at most 6 fields" }]);
    const measures: SQL[] = [sql`count(*)::int as n`];
    for (const d of distinctFieldsAsked(env, fieldNodes, distinctEnum)) {
      const col = o.distinct[d];
      if (col) measures.push(sql`count(distinct ${col})::int as ${sql.identifier(`cd_${d}`)}`);
    }
    // only what the query asks for: the numbers it reads, and the total only when it reads it
    const wanted = askedOf(env, fieldNodes, name);
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
    return { query, keys };
  };

  // The answer written by PostgreSQL (direct.ts): the statement above, its rows turned into the
  // groups' JSON in the query's shape. Keys' related records (key { district { name } }) go the
  // ordinary way.
  const compileDirect = (env: Env, def: GraphQLField<unknown, unknown>, responseKey: string, nodes: FieldNode[]): Plan => {
    const args = getArgumentValues(def, nodes[0]!, env.variableValues) as Args;
    const { query, keys } = statementOf(args, env, nodes);
    const groupType = env.schema.getType(`${name}AggregateGroup`) as GraphQLObjectType;
    const groupJson = (gnodes: FieldNode[]): SQL => {
      const fields = new Map() as Fields;
      for (const n of gnodes) collect(env, groupType.name, n.selectionSet, fields);
      const pairs: SQL[] = [];
      for (const [k, fnodes] of fields) {
        const field = fnodes[0]!.name.value;
        if (fnodes.some((n) => n.name.value !== field)) unsupported("one key, two fields");
        const sub = (type: string) => {
          const m = new Map() as Fields;
          for (const n of fnodes) collect(env, type, n.selectionSet, m);
          return m;
        };
        let value: SQL;
        if (field === "__typename") value = literal(groupType.name);
        else if (field === "count") value = sql`"r"."n"`;
        else if (field === "countDistinct") {
          const a = getArgumentValues(groupType.getFields().countDistinct!, fnodes[0]!, env.variableValues) as { field: string };
          if (!o.distinct[a.field]) unsupported(`countDistinct ${a.field}`);
          value = sql`"r".${sql.identifier(`cd_${a.field}`)}`;
        } else if (["sum", "avg", "min", "max"].includes(field)) {
          const inner: SQL[] = [];
          for (const [nk, nn] of sub(`${name}AggregateNumbers`)) {
            const f = nn[0]!.name.value;
            inner.push(sql`${literal(nk)}, ${f === "__typename" ? literal(`${name}AggregateNumbers`) : sql`"r".${sql.identifier(`${field}_${f}`)}`}`);
          }
          value = sql`json_build_object(${sql.join(inner, sql`, `)})`;
        } else if (field === "key") {
          const inner: SQL[] = [];
          for (const [kk, kn] of sub(`${name}AggregateKey`)) {
            const f = kn[0]!.name.value;
            if (f === "__typename") {
              inner.push(sql`${literal(kk)}, ${literal(`${name}AggregateKey`)}`);
              continue;
            }
            const i = keys.findIndex((g) => options[g]!.key === f);
            const opt = Object.values(options).find((x) => x.key === f) ?? unsupported(`key ${f}`);
            const ref = sql`"r".${sql.identifier(`k${i}`)}`;
            const v = i < 0 ? sql`null` : opt.kind.kind === "id" ? sql`${ref}::text` : opt.kind.kind === "enum" ? sql`upper(${ref}::text)` : ref;
            inner.push(sql`${literal(kk)}, ${v}`);
          }
          value = sql`json_build_object(${sql.join(inner, sql`, `)})`;
        } else return unsupported(`${groupType.name}.${field}`);
        pairs.push(sql`${literal(k)}, ${value}`);
      }
      if (pairs.length > 50) unsupported("more than 50 fields");
      return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
    };
    const top = new Map() as Fields;
    for (const n of nodes) collect(env, `${name}Aggregate`, n.selectionSet, top);
    const pairs: SQL[] = [];
    for (const [k, tnodes] of top) {
      const field = tnodes[0]!.name.value;
      if (tnodes.some((n) => n.name.value !== field)) unsupported("one key, two fields");
      if (field === "__typename") pairs.push(sql`${literal(k)}, ${literal(`${name}Aggregate`)}`);
      else if (field === "total") {
        const zero = keys.length ? sql` where "r"."__g" <> 0` : sql``;
        pairs.push(sql`${literal(k)}, (select ${groupJson(tnodes)} from "r"${zero})`);
      } else if (field === "groups") {
        const order = sql.join(keys.map((_, i) => sql`"r".${sql.identifier(`k${i}`)} asc nulls last`), sql`, `);
        pairs.push(
          keys.length
            ? sql`${literal(k)}, (select coalesce(json_agg(${groupJson(tnodes)} order by ${order}), '[]'::json) from "r" where "r"."__g" = 0)`
            : sql`${literal(k)}, '[]'::json`,
        );
      } else unsupported(`${name}Aggregate.${field}`);
    }
    return planOf(responseKey, sql`with "r" as (${query}) select json_build_object(${sql.join(pairs, sql`, `)})::text as j`, (row) => row!.j as string);
  };
  registerRoot(`${o.plural}Aggregate`, { kind: "custom", roles: READ, compile: compileDirect });

  @Resolver()
  class AggregateResolver {
    @Authorized(READ)
    @Query(() => Aggregate, { name: `${o.plural}Aggregate`, description: `counts and sums over ${name} records, in groups` })
    async aggregate(
      @Args(() => AggregateArgs, { validate: false }) args: Args,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<Aggregate> {
      const { query, keys } = statementOf(args, info, info.fieldNodes);
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
