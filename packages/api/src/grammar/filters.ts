// Operator objects, one per scalar type, and one per enum: the vocabulary of every XxxFilter.
import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import { GraphQLBoolean } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { DateScalar } from "./scalars.js";

@InputType({ description: "Conditions on a text field; `contains` ignores case." })
export class StringFilter {
  @Field(() => String, { nullable: true }) eq?: string;
  @Field(() => String, { nullable: true }) ne?: string;
  @Field(() => [String], { nullable: true }) in?: string[];
  @Field(() => String, { nullable: true, description: "case-insensitive substring" }) contains?: string;
  @Field(() => String, { nullable: true }) startsWith?: string;
  @Field(() => GraphQLBoolean, { nullable: true }) isNull?: boolean;
}

@InputType({ description: "Conditions on an id field." })
export class IDFilter {
  @Field(() => ID, { nullable: true }) eq?: string;
  @Field(() => ID, { nullable: true }) ne?: string;
  @Field(() => [ID], { nullable: true }) in?: string[];
  @Field(() => GraphQLBoolean, { nullable: true }) isNull?: boolean;
}

@InputType()
export class IntFilter {
  @Field(() => Int, { nullable: true }) eq?: number;
  @Field(() => Int, { nullable: true }) ne?: number;
  @Field(() => [Int], { nullable: true }) in?: number[];
  @Field(() => Int, { nullable: true }) gt?: number;
  @Field(() => Int, { nullable: true }) gte?: number;
  @Field(() => Int, { nullable: true }) lt?: number;
  @Field(() => Int, { nullable: true }) lte?: number;
  @Field(() => GraphQLBoolean, { nullable: true }) isNull?: boolean;
}

@InputType()
export class FloatFilter {
  @Field(() => Float, { nullable: true }) eq?: number;
  @Field(() => Float, { nullable: true }) ne?: number;
  @Field(() => [Float], { nullable: true }) in?: number[];
  @Field(() => Float, { nullable: true }) gt?: number;
  @Field(() => Float, { nullable: true }) gte?: number;
  @Field(() => Float, { nullable: true }) lt?: number;
  @Field(() => Float, { nullable: true }) lte?: number;
  @Field(() => GraphQLBoolean, { nullable: true }) isNull?: boolean;
}

@InputType()
export class DateFilter {
  @Field(() => DateScalar, { nullable: true }) eq?: string;
  @Field(() => DateScalar, { nullable: true }) ne?: string;
  @Field(() => [DateScalar], { nullable: true }) in?: string[];
  @Field(() => DateScalar, { nullable: true }) gt?: string;
  @Field(() => DateScalar, { nullable: true }) gte?: string;
  @Field(() => DateScalar, { nullable: true }) lt?: string;
  @Field(() => DateScalar, { nullable: true }) lte?: string;
  @Field(() => GraphQLBoolean, { nullable: true }) isNull?: boolean;
}

@InputType()
export class DateTimeFilter {
  @Field(() => DateTimeResolver, { nullable: true }) gt?: Date;
  @Field(() => DateTimeResolver, { nullable: true }) gte?: Date;
  @Field(() => DateTimeResolver, { nullable: true }) lt?: Date;
  @Field(() => DateTimeResolver, { nullable: true }) lte?: Date;
  @Field(() => GraphQLBoolean, { nullable: true }) isNull?: boolean;
}

@InputType()
export class BooleanFilter {
  @Field(() => GraphQLBoolean, { nullable: true }) eq?: boolean;
  @Field(() => GraphQLBoolean, { nullable: true }) ne?: boolean;
  @Field(() => GraphQLBoolean, { nullable: true }) isNull?: boolean;
}

export type EnumDef = { name: string; values: readonly string[]; gql: Record<string, string> };

const enumFilters = new Map<string, Function>();

// GraphQL enums come from the pgEnum values, so the two cannot drift: 'basically_satisfied' ↔ BASICALLY_SATISFIED.
export function defineEnum(name: string, values: readonly string[], description?: string): EnumDef {
  const gql = Object.fromEntries(values.map((v) => [v.toUpperCase(), v]));
  registerEnumType(gql, { name, description });
  return { name, values, gql };
}

export function enumFilter(e: EnumDef): Function {
  let cls = enumFilters.get(e.name);
  if (cls) return cls;
  @InputType(`${e.name}Filter`)
  class EnumFilter {}
  const T = () => e.gql;
  Field(T, { nullable: true })(EnumFilter.prototype, "eq");
  Field(T, { nullable: true })(EnumFilter.prototype, "ne");
  Field(() => [e.gql], { nullable: true })(EnumFilter.prototype, "in");
  Field(() => GraphQLBoolean, { nullable: true })(EnumFilter.prototype, "isNull");
  enumFilters.set(e.name, EnumFilter);
  return EnumFilter;
}
