// Relation fields, declared as data: belongsTo (many-to-one, by id) and hasMany (child rows, with
// the child's filter/orderBy/first). The compiler (compile.ts) reads them from the statement of the
// record they hang on; where it did not (a record returned by a mutation, or a relation whose
// arguments are wrong, so that the error is reported at its own path), they load through the
// request's batching loaders (loaders.ts), so a page of any size costs one statement per relation.
import type { PgColumn } from "drizzle-orm/pg-core";
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { getMetadataStorage } from "type-graphql";
import type { Context } from "../context.js";
import type { Row } from "./loaders.js";
import { graphqlOf, registerSpec, type TableSpec } from "./resource.js";

export type BelongsTo = { type: () => Function; spec: () => TableSpec; key: string; nullable?: boolean; description?: string };
export type HasMany = { type: () => Function; spec: () => TableSpec; via: () => PgColumn; description?: string };
export type Relation = ({ kind: "belongsTo" } & BelongsTo) | ({ kind: "hasMany" } & HasMany);

// GraphQL type name → field name → relation
const registry = new Map<string, Map<string, Relation>>();
export const relationsOf = (type: string): ReadonlyMap<string, Relation> | undefined => registry.get(type);

function register(node: Function, field: string, relation: Relation): void {
  const name = getMetadataStorage().objectTypes.find((o) => o.target === node)?.name ?? node.name;
  let m = registry.get(name);
  if (!m) registry.set(name, (m = new Map()));
  m.set(field, relation);
}

// A record read by the compiler holds the rows of each relation asked for under "@" + the field's
// response key.
export const PREFETCHED = "@";
const prefetched = (root: Row, info: GraphQLResolveInfo): unknown => root[PREFETCHED + info.path.key];

export function relationsResolver(node: Function, rels: { belongsTo?: Record<string, BelongsTo>; hasMany?: Record<string, HasMany> }): Function {
  @Resolver(() => node)
  class Relations {}
  const proto = Relations.prototype as unknown as Record<string, Function>;
  for (const [name, r] of Object.entries(rels.belongsTo ?? {})) {
    register(node, name, { kind: "belongsTo", ...r });
    proto[name] = function (root: Row, ctx: Context, info: GraphQLResolveInfo) {
      const pre = prefetched(root, info);
      return pre !== undefined ? pre : ctx.loaders.byId(r.spec(), root[r.key] as number | null);
    };
    const desc = Object.getOwnPropertyDescriptor(proto, name)!;
    Root()(proto, name, 0);
    Ctx()(proto, name, 1);
    Info()(proto, name, 2);
    FieldResolver(r.type, { nullable: r.nullable ?? false, description: r.description })(proto, name, desc);
  }
  for (const [name, r] of Object.entries(rels.hasMany ?? {})) {
    registerSpec(r.spec);
    register(node, name, { kind: "hasMany", ...r });
    proto[name] = function (root: Row, args: Parameters<Context["loaders"]["children"]>[3], ctx: Context, info: GraphQLResolveInfo) {
      const pre = prefetched(root, info);
      return pre !== undefined ? pre : ctx.loaders.children(r.spec(), r.via(), root.id as number, args);
    };
    const desc = Object.getOwnPropertyDescriptor(proto, name)!;
    Root()(proto, name, 0);
    // filters and sorts carry no class-validator rules: their checks are in resource.ts
    Args(() => graphqlOf(r.spec()).childArgs, { validate: false })(proto, name, 1);
    Ctx()(proto, name, 2);
    Info()(proto, name, 3);
    FieldResolver(() => [r.type()], { description: r.description })(proto, name, desc);
  }
  return Relations;
}
