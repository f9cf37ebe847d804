// Every error a client can cause has a stable extensions.code and names the field(s) at fault.
// Messages never carry SQL, stack traces or the values of personal data.
import { GraphQLError } from "graphql";

export type FieldError = { field: string; message: string };

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  TIMEOUT: "TIMEOUT",
} as const;

export function badInput(fields: FieldError[]): GraphQLError {
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join("; ");
  return new GraphQLError(`Invalid input: ${summary}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: fields[0]?.field, fields },
  });
}

export function notFound(type: string, id: string | number): GraphQLError {
  return new GraphQLError(`${type} ${id} does not exist`, { extensions: { code: ErrorCode.NOT_FOUND, type, id: String(id) } });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...extensions } });
}

// IDs are decimal strings of positive 32-bit integers; anything else is bad input, not a missing row.
export function parseId(value: unknown, field: string): number {
  const s = String(value);
  if (!/^[1-9][0-9]{0,9}$/.test(s) || Number(s) > 2_147_483_647) {
    throw badInput([{ field, message: "is not a valid id" }]);
  }
  return Number(s);
}
