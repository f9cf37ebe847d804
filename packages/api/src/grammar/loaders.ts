// Reading where the compiler (compile.ts) did not: the relations of a record that a mutation
// returned, and a relation whose arguments are wrong (its resolver reports the error at its path).
// One statement per relation level for all parents at once (DataLoader batches the parents of one
// tick); the readPath "loaders" of the tests reads every relation this way, to compare.
import DataLoader from "dataloader";
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Context } from "../context.js";
import { relationPage, type RelationArgs, type Row } from "./compile.js";
import { literalInt, orderSql, type TableSpec } from "./resource.js";

const dialect = new PgDialect();

export type { Row };
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
    args: RelationArgs = {},
  ): Promise<Row[]> {
    const key = `children:${spec.name}:${via.name}:${JSON.stringify(args)}`;
    const loader = this.get<Row[]>(key, async (ids) => {
      const { terms, where, limit } = relationPage(spec, args);
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
