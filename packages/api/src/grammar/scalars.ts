import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(value: unknown): string {
  const m = typeof value === "string" ? DAY.exec(value) : null;
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])) {
      return value as string;
    }
  }
  throw new GraphQLError(`Date must be a calendar date "YYYY-MM-DD"`, { extensions: { code: "BAD_USER_INPUT" } });
}

// A calendar date without time zone, "YYYY-MM-DD" in and out.
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: 'A calendar date, "YYYY-MM-DD".',
  serialize: (v) => String(v),
  parseValue: parseDay,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`Date must be a string "YYYY-MM-DD"`, { extensions: { code: "BAD_USER_INPUT" } });
    return parseDay(ast.value);
  },
});
