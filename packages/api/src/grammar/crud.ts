// The root operations of a resource, written once: list, one, create, update, delete, bulk delete.
// A resource's resolver extends the class this returns and adds its relation fields.
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from "type-graphql";
import { READ, WRITE, type Role } from "../auth/roles.js";
import type { Context } from "../context.js";
import { registerRoot } from "./direct.js";
import { parseId } from "./errors.js";
import { createRecord, deleteRecords, updateRecord, type WriteConfig } from "./mutate.js";
import type { Row } from "./compile.js";
import { list, one, type ListArgs } from "./read.js";
import { connectionType, graphqlOf, registerSpec, type TableSpec } from "./resource.js";

export type ResourceOptions = {
  spec: TableSpec;
  node: Function;
  // GraphQL names: deputy / deputies
  singular: string;
  plural: string;
  write: WriteConfig;
  inputs: { Create: Function; Update: Function };
  // who may read and who may write (default: every signed-in role reads, admins and editors write)
  read?: Role[];
  writers?: Role[];
};

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

// A root list for rows that are written through their parent (attendances, participations, …), so
// BI tools and the yearly review can list and count them directly.
export function listResolver(o: { spec: TableSpec; node: Function; plural: string; roles?: Role[] }): Function {
  registerSpec(() => o.spec);
  registerRoot(o.plural, { kind: "list", spec: o.spec, roles: o.roles ?? READ });
  const g = graphqlOf(o.spec);
  const Connection = connectionType(o.spec.name, o.node);
  @Resolver()
  class ListResolver {
    @Authorized(o.roles ?? READ)
    @Query(() => Connection, { name: o.plural, description: `${o.spec.name} records (written through their parent): filter, sort, page` })
    async list(@Args(() => g.listArgs, { validate: false }) args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return list(ctx, o.spec, args, info);
    }
  }
  return ListResolver;
}

export function resourceResolver(o: ResourceOptions) {
  registerSpec(() => o.spec);
  registerRoot(o.plural, { kind: "list", spec: o.spec, roles: o.read ?? READ });
  registerRoot(o.singular, { kind: "one", spec: o.spec, roles: o.read ?? READ });
  const g = graphqlOf(o.spec);
  const Connection = connectionType(o.spec.name, o.node);

  @Resolver()
  abstract class ResourceResolver {
    @Authorized(o.read ?? READ)
    @Query(() => Connection, { name: o.plural, description: `${o.spec.name} records: filter, sort, page by offset or cursor` })
    async list(@Args(() => g.listArgs, { validate: false }) args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return list(ctx, o.spec, args, info);
    }

    @Authorized(o.read ?? READ)
    @Query(() => o.node, { name: o.singular, nullable: true, description: `one ${o.spec.name}, or null when there is none` })
    async one(@Arg("id", () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Row | null> {
      return one(ctx, o.spec, parseId(id, "id"), info);
    }

    @Authorized(o.writers ?? WRITE)
    @Mutation(() => o.node, { name: `create${o.spec.name}` })
    async create(@Arg("input", () => o.inputs.Create) input: Record<string, unknown>, @Ctx() ctx: Context): Promise<Row> {
      return createRecord(ctx, o.write, input);
    }

    @Authorized(o.writers ?? WRITE)
    @Mutation(() => o.node, { name: `update${o.spec.name}`, description: "changes only the fields given" })
    async update(
      @Arg("id", () => ID) id: string,
      @Arg("input", () => o.inputs.Update) input: Record<string, unknown>,
      @Ctx() ctx: Context,
    ): Promise<Row> {
      return updateRecord(ctx, o.write, parseId(id, "id"), input);
    }

    @Authorized(o.writers ?? WRITE)
    @Mutation(() => o.node, { name: `delete${o.spec.name}`, description: "returns the deleted record" })
    async delete(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Row> {
      const [row] = await deleteRecords(ctx, o.write, [parseId(id, "id")]);
      return row!;
    }

    @Authorized(o.writers ?? WRITE)
    @Mutation(() => [ID], { name: `delete${cap(o.plural)}`, description: "all or nothing; returns the deleted ids" })
    async deleteMany(@Arg("ids", () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<number[]> {
      const parsed = [...new Set(ids.map((id, i) => parseId(id, `ids.${i}`)))];
      return (await deleteRecords(ctx, o.write, parsed)).map((r) => r.id as number);
    }
  }
  return ResourceResolver;
}
