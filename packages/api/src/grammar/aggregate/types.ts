// The GraphQL types of one aggregate: the GroupBy and DistinctField enums, the key a group shares,
// the numbers (sum / avg / min / max), the group, the aggregate and its arguments.
import { GraphQLBoolean } from "graphql";
import { Arg, ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Row } from "../loaders.js";
import { relationsResolver } from "../relations.js";
import { graphqlOf } from "../resource.js";
import { MEASURES, type Aggregation, type Option } from "./statement.js";

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

// A group as graphql-js reads it: its row of the statement (statement.ts's columns) and its key.
export type GroupValue = { row: Row; key: Row; count: number };

export type AggregateTypes = {
  // the group's class: answer.ts makes its values on its prototype
  Group: { prototype: GroupValue };
  Aggregate: Function;
  AggregateArgs: Function;
  // the resolver of the key's related records, if any
  keyRelations?: Function;
};

export function aggregateTypes({ o, options, distinctEnum }: Aggregation): AggregateTypes {
  const name = o.spec.name;
  const g = graphqlOf(o.spec);

  const groupByEnum = Object.fromEntries(Object.keys(options).map((k) => [k, k]));
  registerEnumType(groupByEnum, { name: `${name}GroupBy`, description: `what to group ${name} records by` });
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
    for (const fn of MEASURES) {
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

  return { Group, Aggregate, AggregateArgs, keyRelations };
}
