// The root lists and records of the resources under graphql-js: each root field is one statement
// from the compiler's "rows" mode (compile.ts), with every relation asked below it; the field
// resolvers then run on the records (masking, computed fields). Without a selection (scripts,
// benchmarks) or on the tests' "loaders" read path, the records are read whole and their relations
// load through the batching loaders (loaders.ts).
import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.js";
import { compileList, compileRecord, connectionFields, type ListArgs, type PageInfoValue, type Row } from "./compile.js";
import { run } from "./loaders.js";
import type { TableSpec } from "./resource.js";
import { recordFields } from "./selection.js";

export type { ListArgs };
export type Connection = { nodes: Row[]; count: () => Promise<number>; pageInfo: PageInfoValue };

// For tests: read through the batching loaders only, to compare both ways of reading.
let enabled = true;
export function setPrefetch(on: boolean): void {
  enabled = on;
}

const compiles = (ctx: Context, info?: GraphQLResolveInfo): info is GraphQLResolveInfo => !!info && enabled && ctx.readPath !== "loaders";

export async function list(ctx: Context, spec: TableSpec, args: ListArgs, info?: GraphQLResolveInfo): Promise<Connection> {
  let plan: ReturnType<typeof compileList>;
  if (compiles(ctx, info)) {
    const { top, nodeType, nodes } = connectionFields(info, getNamedType(info.returnType) as GraphQLObjectType, info.fieldNodes);
    const asked = (name: string) => [...top.values()].some((n) => n[0]!.name.value === name);
    plan = compileList(info, "rows", spec, nodeType, nodes.length ? nodes : [["nodes", new Map()]], args, { total: asked("totalCount"), cursors: asked("pageInfo") });
  } else {
    plan = compileList(undefined, "rows", spec, undefined, [["nodes", undefined]], args, { total: false, cursors: true });
  }
  const [row] = await run(ctx, plan.query, plan.prepare);
  const { pageInfo, total } = plan.read(row!);
  const { column, convert } = plan.nodes[0]!;
  const nodes = (row![column] as Row[]).map(convert);
  let counted: Promise<number> | undefined;
  return {
    nodes,
    pageInfo,
    count: () => {
      if (total !== undefined) return Promise.resolve(total);
      return (counted ??= run(ctx, plan.count).then((r) => r[0]!.count as number));
    },
  };
}

// One record by id, with every relation asked below it in the same statement.
export async function one(ctx: Context, spec: TableSpec, id: number, info?: GraphQLResolveInfo): Promise<Row | null> {
  if (!compiles(ctx, info)) return ctx.loaders.byId(spec, id);
  const { type, fields } = recordFields(info);
  const c = compileRecord(info, "rows", spec, type, fields, id);
  const [r] = await run(ctx, c.query);
  return r ? c.convert(r.j as Row) : null;
}
