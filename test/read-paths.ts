// The three ways daibiao answers a read (see packages/api/src/grammar/): the batched loaders, one
// statement per root field with graphql-js writing the answer (prefetch), and PostgreSQL writing the
// answer (direct, production's way wherever it applies). The harness answers every query all three
// ways and fails when they disagree on any field.
import { Kind, parse, type OperationDefinitionNode } from "graphql";

export const READ_PATHS = ["loaders", "prefetch", "direct"] as const;
export type ReadPath = (typeof READ_PATHS)[number];

const kinds = new Map<string, boolean>();
// Whether a document's operations are all queries (a mutation is answered once: it writes).
export function onlyQueries(query: string): boolean {
  let k = kinds.get(query);
  if (k === undefined) {
    try {
      const ops = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      k = ops.length > 0 && ops.every((o) => o.operation === "query");
    } catch {
      k = false;
    }
    kinds.set(query, k);
  }
  return k;
}

// The first place where two answers differ, as "path: a ≠ b", or undefined when they are equal.
export function firstDifference(a: unknown, b: unknown, path = "$"): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") {
    return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array ≠ object`;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.join("\u0000") !== kb.join("\u0000")) return `${path}: keys ${JSON.stringify(ka)} ≠ ${JSON.stringify(kb)}`;
  for (const k of ka) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}
