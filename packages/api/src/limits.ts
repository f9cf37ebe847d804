// What one request may cost: depth and complexity are checked before anything runs; introspection is
// for signed-in callers only.
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import { createRequire } from "node:module";
import type * as QueryComplexity from "graphql-query-complexity";
import type { Context } from "./context.js";
import { DEFAULT_PAGE, MAX_PAGE } from "./grammar/resource.js";

// graphql-query-complexity's ES build imports graphql's .mjs files: a second copy of graphql beside the
// CommonJS one the schema is built with, which graphql refuses ("another module or realm"). Its
// CommonJS build shares the schema's copy.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)("graphql-query-complexity") as typeof QueryComplexity;

export const MAX_DEPTH = 10;
// How deep an argument's value may nest (and/or/not filters, lists): past it, graphql's coercion and the
// filter compiler recurse out of stack (a 2,000-level `not` in a variable answered 500).
export const MAX_INPUT_DEPTH = 100;

// The deepest nesting of a JSON value, counted without recursion.
function jsonDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    max = Math.max(max, d);
    if (max > MAX_INPUT_DEPTH) return max;
    for (const x of Array.isArray(v) ? v : Object.values(v)) stack.push([x, d + 1]);
  }
  return max;
}

// The deepest nesting of a literal argument in the query: [argument name, depth].
function literalDepth(doc: DocumentNode): [string, number] {
  let worst: [string, number] = ["", 0];
  let argument = "";
  let depth = 0;
  visit(doc, {
    Argument: { enter: (n) => void (argument = n.name.value) },
    ObjectValue: { enter: () => void (depth++), leave: () => void (depth--) },
    ListValue: { enter: () => void (depth++), leave: () => void (depth--) },
    enter() {
      if (depth > worst[1]) worst = [argument, depth];
    },
  });
  return worst;
}
export const MAX_COMPLEXITY = 50_000;

function depthOf(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let max = 0;
  for (const sel of set?.selections ?? []) {
    // the schema's own description (__schema, __type) is deep by nature: introspection is not limited
    if (sel.kind === Kind.FIELD && sel.name.value.startsWith("__")) continue;
    if (sel.kind === Kind.FIELD) max = Math.max(max, sel.selectionSet ? 1 + depthOf(sel.selectionSet, fragments, seen) : 1);
    else if (sel.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(sel.selectionSet, fragments, seen));
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      max = Math.max(max, depthOf(fragments[sel.name.value]?.selectionSet, fragments, seen));
    }
  }
  return max;
}

function usesIntrospection(doc: DocumentNode): boolean {
  const walk = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => (s.kind === Kind.FIELD ? s.name.value === "__schema" || s.name.value === "__type" || walk(s.selectionSet) : "selectionSet" in s && walk(s.selectionSet)));
  return doc.definitions.some((d) => "selectionSet" in d && walk(d.selectionSet));
}

// A field that pages (has `first`) costs its children times the rows it may return: `first`, or
// the default page for root lists and an estimate of 10 for a record's own child rows.
const pagedEstimator = ({ args, childComplexity, field }: { args: Record<string, unknown>; childComplexity: number; field: { args: { name: string }[]; type: unknown } }) => {
  if (!field.args.some((a) => a.name === "first")) return undefined;
  const connection = String(field.type).endsWith("Connection!");
  const rows = typeof args.first === "number" ? Math.min(Math.max(args.first, 1), MAX_PAGE) : connection ? DEFAULT_PAGE : 10;
  return 1 + rows * Math.max(1, childComplexity);
};

function tooDeep(field: string, depth: number): GraphQLError {
  const message = `is nested more than ${MAX_INPUT_DEPTH} levels deep`;
  return new GraphQLError(`Invalid input: ${field}: ${message}`, {
    extensions: { code: "BAD_USER_INPUT", field, fields: [{ field, message }], depth: Math.min(depth, MAX_INPUT_DEPTH + 1), maxDepth: MAX_INPUT_DEPTH, http: { status: 400 } },
  });
}

const literalDepths = new WeakMap<DocumentNode, [string, number]>();
const costs = new WeakMap<DocumentNode, Map<string, number>>();
const depths = new WeakMap<OperationDefinitionNode, number>();

export const limitsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue, schema, request, operation }) {
        // No operation to run (operationName names none, or several and no name): refused here, in
        // graphql's own words, before any plugin that reads the operation (it went out as a 500)
        if (!operation) {
          const name = request.operationName;
          const count = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
          const message = name ? `Unknown operation named "${name}".` : count ? "Must provide operation name if query contains multiple operations." : "Must provide an operation.";
          throw new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } } });
        }
        // Values nested past MAX_INPUT_DEPTH, in a variable or written in the query
        for (const [name, value] of Object.entries(request.variables ?? {})) {
          const d = jsonDepth(value);
          if (d > MAX_INPUT_DEPTH) throw tooDeep(`$${name}`, d);
        }
        let literal = literalDepths.get(document);
        if (!literal) literalDepths.set(document, (literal = literalDepth(document)));
        const [argument, d] = literal;
        if (d > MAX_INPUT_DEPTH) throw tooDeep(argument, d);
        if (!contextValue.viewer && usesIntrospection(document)) {
          throw new GraphQLError("Sign in to read the schema", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
        }
        let depth = operation ? depths.get(operation) : undefined;
        if (depth === undefined) {
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          depth = depthOf(operation?.selectionSet, fragments, new Set());
          if (operation) depths.set(operation, depth);
        }
        if (depth > MAX_DEPTH) {
          throw new GraphQLError(`The query is ${depth} levels deep; at most ${MAX_DEPTH} are allowed`, {
            // the caller's doing: 400, not the 500 Apollo gives an error thrown here
            extensions: { code: "QUERY_TOO_COMPLEX", depth, maxDepth: MAX_DEPTH, http: { status: 400 } },
          });
        }
        // Apollo keeps one parsed document per query text, so a dashboard's repeated query is
        // costed once per set of variables.
        let known = costs.get(document);
        if (!known) costs.set(document, (known = new Map()));
        const key = `${request.operationName ?? ""}\n${JSON.stringify(request.variables ?? {})}`;
        let complexity = known.get(key);
        if (complexity === undefined) {
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pagedEstimator as never, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (e) {
            // Variables that do not fit their types: execution reports them as BAD_USER_INPUT.
            // Anything else is a defect, and must not let the request through unmeasured.
            if (e instanceof GraphQLError) return;
            throw e;
          }
          if (known.size >= 200) known.clear();
          known.set(key, complexity);
        }
        if (complexity > MAX_COMPLEXITY) {
          throw new GraphQLError(`The query may cost ${complexity}; at most ${MAX_COMPLEXITY} is allowed (ask for fewer rows)`, {
            extensions: { code: "QUERY_TOO_COMPLEX", complexity, maxComplexity: MAX_COMPLEXITY, http: { status: 400 } },
          });
        }
      },
    };
  },
};
