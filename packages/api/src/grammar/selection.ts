// What a GraphQL request asks of a record type: its fields under each response key, with fragments
// spread, @skip/@include applied and aliases kept apart. The compiler (compile.ts) reads selections
// through these functions only.
import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  print,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";

// response key → the field nodes under it (one key may come from several fragments)
export type Fields = Map<string, FieldNode[]>;
// what compiling needs of a request: its schema, fragments and (coerced) variables
export type Env = Pick<GraphQLResolveInfo, "schema" | "fragments" | "variableValues">;

function included(env: Env, node: { directives?: readonly unknown[] }): boolean {
  if (!node.directives?.length) return true;
  const n = node as FieldNode;
  if (getDirectiveValues(GraphQLSkipDirective, n, env.variableValues)?.if === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, n, env.variableValues)?.if === false) return false;
  return true;
}

// The fields asked of `type` in a selection set, added to `out`.
export function collect(env: Env, type: string, set: SelectionSetNode | undefined, out: Fields = new Map(), seen = new Set<string>()): Fields {
  for (const sel of set?.selections ?? []) {
    if (!included(env, sel)) continue;
    if (sel.kind === Kind.FIELD) {
      const key = sel.alias?.value ?? sel.name.value;
      const list = out.get(key);
      if (list) list.push(sel);
      else out.set(key, [sel]);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      if (!sel.typeCondition || sel.typeCondition.name.value === type) collect(env, type, sel.selectionSet, out, seen);
    } else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      const frag = env.fragments[sel.name.value];
      if (frag && frag.typeCondition.name.value === type) collect(env, type, frag.selectionSet, out, seen);
    }
  }
  return out;
}

// The fields asked of `type` under all of `nodes` (the field nodes of one response key).
export function collectAll(env: Env, type: string, nodes: readonly FieldNode[]): Fields {
  const out: Fields = new Map();
  for (const n of nodes) collect(env, type, n.selectionSet, out);
  return out;
}

// The record type a field returns, and the fields asked of it.
export function recordFields(info: GraphQLResolveInfo): { type: GraphQLObjectType; fields: Fields } {
  const type = getNamedType(info.returnType) as GraphQLObjectType;
  return { type, fields: collectAll(info, type.name, info.fieldNodes) };
}

// Whether the nodes under one response key ask for the same field with the same arguments (else
// the key cannot be read as one value).
export function oneField(nodes: readonly FieldNode[]): boolean {
  if (nodes.length === 1) return true;
  const name = nodes[0]!.name.value;
  const text = (n: FieldNode) => (n.arguments ?? []).map((a) => `${a.name.value}:${print(a.value)}`).sort().join(",");
  const first = text(nodes[0]!);
  return nodes.every((n) => n.name.value === name && text(n) === first);
}
