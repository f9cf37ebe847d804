// The last step before an error leaves the server: give every client-caused error a stable code and
// the field it concerns; hide everything else behind a plain message (logged without data).
import { unwrapResolverError } from "@apollo/server/errors";
import type { ValidationError } from "class-validator";
import { GraphQLError, parse, visit, type DocumentNode, type GraphQLFormattedError, type Source } from "graphql";
import { ErrorCode, type FieldError } from "./errors.js";
import { fromPgError } from "./pgerrors.js";

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const path = `${prefix}.${e.property}`;
    for (const message of Object.values(e.constraints ?? {})) {
      out.push({ field: path, message: message.replace(new RegExp(`^${e.property} `), "") });
    }
    if (e.children?.length) out.push(...flatten(e.children, path));
  }
  return out;
}

// For an error about a literal in the query, the path of input fields that leads to it: an index of
// every node's position, built with one walk of the document.
type Frame = { name: string; up: Frame | undefined };
function pathIndex(doc: DocumentNode): Map<number, Frame> {
  const at = new Map<number, Frame>();
  let top: Frame | undefined;
  visit(doc, {
    enter(node) {
      if ((node.kind === "Argument" || node.kind === "ObjectField") && node.name) top = { name: node.name.value, up: top };
      if (node.loc && top && !at.has(node.loc.start)) at.set(node.loc.start, top);
    },
    leave(node) {
      if (node.kind === "Argument" || node.kind === "ObjectField") top = top?.up;
    },
  });
  return at;
}

function names(frame: Frame | undefined): string | undefined {
  const out: string[] = [];
  for (let f = frame; f; f = f.up) out.push(f.name);
  return out.length ? out.reverse().join(".") : undefined;
}

const INPUT_PROBLEM = /Expected value of type|does not exist in ".*" enum|cannot represent|got invalid value|of required type .* was not provided|is not defined by type|Date must be/;

export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (msg: string) => void = console.error): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code as string | undefined;

  if (original instanceof GraphQLError && Array.isArray(original.extensions?.validationErrors)) {
    const fields = flatten(original.extensions.validationErrors as ValidationError[], "input");
    return {
      message: `Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join("; ")}`,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: fields[0]?.field, fields },
    };
  }

  if ((code === "GRAPHQL_VALIDATION_FAILED" || code === "BAD_USER_INPUT") && INPUT_PROBLEM.test(formatted.message)) {
    const g = error instanceof GraphQLError ? error : undefined;
    const fromVariable = /at "([^"]+)"/.exec(formatted.message)?.[1] ?? /Variable "\$([^"]+)"/.exec(formatted.message)?.[1];
    const missing = /Field "([^"]+)" of required type/.exec(formatted.message)?.[1];
    const literal = pathOfNode(g);
    const field = [literal, missing].filter(Boolean).join(".") || fromVariable;
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field, fields: field ? [{ field, message: formatted.message }] : [] },
    };
  }

  if (code && code !== "INTERNAL_SERVER_ERROR") {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }

  // graphql stops coercing variables after 50 bad values, with an error that has no code
  if (original instanceof GraphQLError && /^Too many errors processing variables/.test(original.message)) {
    return { message: original.message, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [] } };
  }

  // Apollo's own refusals of a request that carry a 4xx status but no code (a persisted query whose
  // hash does not match its text): the caller's doing, said as Apollo says it
  const status = (original as { extensions?: { http?: { status?: number } } } | undefined)?.extensions?.http?.status;
  if (original instanceof GraphQLError && status !== undefined && status >= 400 && status < 500) {
    return { message: formatted.message, extensions: { code: "BAD_REQUEST" } };
  }

  const mapped = fromPgError(original);
  if (mapped instanceof GraphQLError) {
    return { message: mapped.message, path: formatted.path, extensions: mapped.extensions };
  }
  // Not the client's doing: say so plainly; log the kind of failure, never its data.
  const e = original as { name?: string; code?: string; message?: string };
  log(`internal error at ${JSON.stringify(formatted.path ?? [])}: ${e?.name ?? "Error"}${e?.code ? ` ${e.code}` : ""}`);
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

// An error carries the AST nodes at fault and the query text; the text is parsed again (only on this
// rare path) to find the argument and input fields around the node: once per query text, not once per
// error (a query of a few hundred kB with a hundred errors took a minute, the server unanswering).
const indexes = new WeakMap<Source, Map<number, Frame> | null>();
function pathOfNode(e: GraphQLError | undefined): string | undefined {
  const start = e?.nodes?.[0]?.loc?.start;
  const source = e?.source;
  if (start === undefined || !source?.body) return undefined;
  let index = indexes.get(source);
  if (index === undefined) {
    try {
      index = pathIndex(parse(source));
    } catch {
      index = null;
    }
    indexes.set(source, index);
  }
  return names(index?.get(start));
}
