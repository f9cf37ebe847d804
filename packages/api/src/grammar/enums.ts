// Every PostgreSQL enum of the schema becomes a GraphQL enum of the same values, upper-cased:
// district_level → DistrictLevel { COUNTY TOWNSHIP }.
import * as schema from "@daibiao/db";
import { defineEnum, type EnumDef } from "./filters.js";

const pascal = (s: string) => s.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());

type PgEnumLike = { enumName: string; enumValues: readonly string[] };
const isPgEnum = (x: unknown): x is PgEnumLike =>
  typeof x === "function" && typeof (x as unknown as PgEnumLike).enumName === "string" && Array.isArray((x as unknown as PgEnumLike).enumValues);

const defs = new Map<string, EnumDef>();
for (const value of Object.values(schema)) {
  if (isPgEnum(value)) defs.set(value.enumName, defineEnum(pascal(value.enumName), value.enumValues));
}

export function enumOf(pgName: string): EnumDef {
  const def = defs.get(pgName);
  if (!def) throw new Error(`unknown enum ${pgName}`);
  return def;
}

// The GraphQL enum object for a pgEnum, for use in @Field(() => gqlEnum(gender)).
export function gqlEnum(e: PgEnumLike): Record<string, string> {
  return enumOf(e.enumName).gql;
}
