// The last step before an error leaves the server: give every client-caused error a stable code and
// the field it concerns; hide everything else behind a plain message (logged without data).
import { unwrapResolverError } from "@apollo/server/errors";
import type { ValidationError } from "class-validator";
import { GraphQLError, parse, visit, type DocumentNode, type GraphQLFormattedError } from "graphql";
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

// For an error about a literal in the query, the path of input fields that leads to it.
function literalPath(doc: DocumentNode | undefined, at: number | undefined): string | undefined {
  if (!doc || at === undefined) return undefined;
  let found: string | undefined;
  visit(doc, {
    enter(node, _key, parent, _path, ancestors) {
      if (found || !node.loc || node.loc.start !== at) return;
      const names: string[] = [];
      // `ancestors` stops short of the direct parent
      for (const a of [...ancestors, parent, node] as { kind?: string; name?: { value: string } }[]) {
        if (a && (a.kind === "Argument" || a.kind === "ObjectField") && a.name) names.push(a.name.value);
      }
      if (names.length) found = names.join(".");
    },
  });
  return found;
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
// rare path) to find the argument and input fields around the node.
function pathOfNode(e: GraphQLError | undefined): string | undefined {
  const node = e?.nodes?.[0];
  return literalPath(documentOf(e), node?.loc?.start);
}

function documentOf(e: GraphQLError | undefined): DocumentNode | undefined {
  const body = e?.source?.body;
  if (!body) return undefined;
  try {
    return parse(body);
  } catch {
    return undefined;
  }
}
