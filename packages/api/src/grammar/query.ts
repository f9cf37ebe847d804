// Reading: one statement for a page, one for its total (only when asked), and one per relation
// level for all parents of the page at once (DataLoader batches the parents of one tick).
import DataLoader from "dataloader";
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Context } from "../context.js";
import {
  afterCursor,
  cursorKeys,
  encodeCursor,
  literalInt,
  orderSql,
  orderTerms,
  pageSize,
  whereOf,
  type FilterValue,
  type TableSpec,
} from "./resource.js";
import { badInput } from "./errors.js";
import { compileRecord, nodeFields, orderOver, prefetchEnabled, recordFields } from "./prefetch.js";
import type { GraphQLResolveInfo } from "graphql";

const dialect = new PgDialect();

export type Row = Record<string, unknown>;
type Mapper = [key: string, name: string, column: PgColumn];
const mappers = new WeakMap<PgTable, Mapper[]>();

// Raw rows (snake_case, driver values) to the table's TypeScript shape, with Drizzle's own decoders.
export function rowMapper(table: PgTable): (raw: Row) => Row {
  let m = mappers.get(table);
  if (!m) {
    m = Object.entries(getTableColumns(table) as Record<string, PgColumn>).map(([k, c]) => [k, c.name, c]);
    mappers.set(table, m);
  }
  const cols = m;
  return (raw) => {
    const row: Row = {};
    for (const [key, name, column] of cols) {
      const v = raw[name];
      row[key] = v === null || v === undefined ? null : column.mapFromDriverValue(v);
    }
    return row;
  };
}

// prepare: false for statements whose text varies with the request (an OFFSET written into it), so
// that each connection does not keep one prepared statement per page.
export async function run(ctx: Pick<Context, "sql">, query: SQL, prepare = true): Promise<Row[]> {
  const q = dialect.sqlToQuery(query);
  return ctx.sql.unsafe(q.sql, q.params as never[], { prepare }) as unknown as Promise<Row[]>;
}

export type ListArgs = {
  filter?: FilterValue;
  orderBy?: string[] | null;
  first?: number | null;
  offset?: number | null;
  after?: string | null;
};

export type Connection = {
  nodes: Row[];
  count: () => Promise<number>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};

const and = (parts: (SQL | undefined)[]) => {
  const p = parts.filter((x): x is SQL => !!x);
  return p.length ? sql.join(p, sql` and `) : sql`true`;
};

// What a list's arguments ask for: page size and offset (checked), sort terms, filter and cursor.
export function pageOf(spec: TableSpec, args: ListArgs) {
  const first = pageSize(args.first);
  const offset = args.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw badInput([{ field: "offset", message: "must be 0 or more" }]);
  const terms = orderTerms(spec, args.orderBy);
  const where = whereOf(spec, args.filter);
  const cursor = args.after ? afterCursor(terms, args.after) : undefined;
  return { first, offset, terms, where, cursor };
}

export async function list(ctx: Context, spec: TableSpec, args: ListArgs, scope?: SQL, info?: GraphQLResolveInfo): Promise<Connection> {
  const { first, offset, terms, where, cursor } = pageOf(spec, args);
  const page = sql`select *, ${cursorKeys(terms)} as "__keys" from ${spec.table} where ${and([scope, where, cursor])} order by ${orderSql(terms)} limit ${literalInt(first + 1)} offset ${literalInt(offset)}`;
  let rows: Row[];
  let keys: unknown[];
  if (info && prefetchEnabled() && ctx.readPath !== "loaders") {
    // the page and every relation asked below it, in one statement (see prefetch.ts)
    const { type, fields } = nodeFields(info);
    const c = compileRecord(info, spec, type, fields, "p0", { n: 0 });
    const raw = await run(ctx, sql`select ${c.json} as j, "p0"."__keys" as k from (${page}) "p0" order by ${orderOver("p0", terms)}`, offset === 0);
    rows = raw.map((r) => c.convert(r.j as Row));
    keys = raw.map((r) => r.k);
  } else {
    const raw = await run(ctx, page, offset === 0);
    rows = raw.map(rowMapper(spec.table));
    keys = raw.map((r) => r.__keys);
  }
  const hasNextPage = rows.length > first;
  const nodes = rows.slice(0, first);
  let total: Promise<number> | undefined;
  return {
    nodes,
    count: () =>
      (total ??= run(ctx, sql`select count(*)::int as n from ${spec.table} where ${and([scope, where])}`).then(
        (r) => r[0]!.n as number,
      )),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: offset > 0 || !!args.after,
      startCursor: nodes.length ? encodeCursor(terms, keys[0]) : null,
      endCursor: nodes.length ? encodeCursor(terms, keys[nodes.length - 1]) : null,
    },
  };
}

// One record by id, with every relation asked below it in the same statement (see prefetch.ts).
export async function one(ctx: Context, spec: TableSpec, id: number, info?: GraphQLResolveInfo): Promise<Row | null> {
  if (!info || !prefetchEnabled() || ctx.readPath === "loaders") return ctx.loaders.byId(spec, id);
  const { type, fields } = recordFields(info);
  const c = compileRecord(info, spec, type, fields, "p0", { n: 0 });
  const [r] = await run(ctx, sql`select ${c.json} as j from ${spec.table} "p0" where "p0".${sql.identifier(spec.id.name)} = ${id}`);
  return r ? c.convert(r.j as Row) : null;
}

// ---------- batched relations ----------

export class Loaders {
  private loaders = new Map<string, DataLoader<number, unknown>>();
  constructor(private ctx: Context) {}

  private get<V>(key: string, batch: (ids: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    let l = this.loaders.get(key) as DataLoader<number, V> | undefined;
    if (!l) {
      l = new DataLoader<number, V>(batch, { maxBatchSize: 5000 });
      this.loaders.set(key, l as DataLoader<number, unknown>);
    }
    return l;
  }

  // Any other per-record value batched by the request, e.g. a deputy's duty record of a year: one
  // call of `batch` for all the ids asked for in one tick, under one key.
  keyed<V>(key: string, id: number, batch: (ids: readonly number[]) => Promise<V[]>): Promise<V> {
    return this.get<V>(`keyed:${key}`, batch).load(id);
  }

  // Many-to-one: the record with this id (null when the id is null).
  async byId(spec: TableSpec, id: number | null | undefined): Promise<Row | null> {
    if (id === null || id === undefined) return null;
    const loader = this.get<Row | null>(`id:${spec.name}`, async (ids) => {
      const map = rowMapper(spec.table);
      const rows = (await run(this.ctx, sql`select * from ${spec.table} where ${spec.id} ${anyId(ids)}`)).map(map);
      const byId = new Map(rows.map((r) => [r.id as number, r]));
      return ids.map((i) => byId.get(i) ?? null);
    });
    return loader.load(id);
  }

  // One-to-many: the child rows whose `via` column points at parentId, filtered, ordered, limited per parent.
  async children(
    spec: TableSpec,
    via: PgColumn,
    parentId: number,
    args: { filter?: FilterValue; orderBy?: string[] | null; first?: number | null } = {},
  ): Promise<Row[]> {
    const key = `children:${spec.name}:${via.name}:${JSON.stringify(args)}`;
    const loader = this.get<Row[]>(key, async (ids) => {
      const terms = orderTerms(spec, args.orderBy);
      const where = whereOf(spec, args.filter);
      const limit = args.first === null || args.first === undefined ? undefined : pageSize(args.first);
      const map = rowMapper(spec.table);
      const base = sql`from ${spec.table} where ${via} ${anyId(ids)}${where ? sql` and ${where}` : sql``}`;
      const query =
        limit === undefined
          ? sql`select * ${base} order by ${orderSql(terms)}`
          : sql`select * from (select *, row_number() over (partition by ${via} order by ${orderSql(terms)}) as __rn ${base}) s where __rn <= ${literalInt(limit)} order by __rn`;
      const raw = await run(this.ctx, query);
      const groups = new Map<number, Row[]>(ids.map((i) => [i, []]));
      for (const r of raw) groups.get(r[via.name] as number)?.push(map(r));
      return ids.map((i) => groups.get(i)!);
    });
    return loader.load(parentId);
  }
}

// `= any('{1,2,3}'::int[])`: one parameter, so one prepared statement whatever the number of ids.
export function anyId(ids: readonly number[]): SQL {
  return sql`= any(${`{${ids.join(",")}}`}::int[])`;
}
