// Relation fields, declared as data: belongsTo (many-to-one, by id) and hasMany (child rows, with
// the child's filter/orderBy/first). Each loads through the request's batching loaders, so a page of
// any size costs one statement per relation.
import type { PgColumn } from "drizzle-orm/pg-core";
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { prefetched, registerRelation } from "./prefetch.js";
import type { Row } from "./query.js";
import { graphqlOf, registerSpec, type TableSpec } from "./resource.js";

export type BelongsTo = { type: () => Function; spec: () => TableSpec; key: string; nullable?: boolean; description?: string };
export type HasMany = { type: () => Function; spec: () => TableSpec; via: () => PgColumn; description?: string };

export function relationsResolver(
  node: Function,
  rels: { belongsTo?: Record<string, BelongsTo>; hasMany?: Record<string, HasMany> },
): Function {
  @Resolver(() => node)
  class Relations {}
  const proto = Relations.prototype as unknown as Record<string, Function>;
  for (const [name, r] of Object.entries(rels.belongsTo ?? {})) {
    registerRelation(node, name, { kind: "belongsTo", spec: r.spec, key: r.key });
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
    registerRelation(node, name, { kind: "hasMany", spec: r.spec, via: r.via });
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
