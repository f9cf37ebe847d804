// An aggregate's answer, from the rows of its statement (statement.ts), two ways:
// - written by PostgreSQL (direct.ts): the statement in a WITH, its rows turned into the groups'
//   JSON in the query's shape. Keys' related records (key { district { name } }) go the ordinary way.
// - read by graphql-js: the rows turned into Group objects, whose fields the resolvers read.
import { sql, type SQL } from "drizzle-orm";
import { getArgumentValues, type FieldNode, type GraphQLField, type GraphQLObjectType } from "graphql";
import { literal } from "../compile.js";
import { planOf, unsupported, type Plan } from "../direct.js";
import type { Row } from "../loaders.js";
import { collectAll, oneField, type Env } from "../selection.js";
import { MEASURES, statementOf, type ArgValues, type Aggregation } from "./statement.js";
import type { GroupValue } from "./types.js";

// a column of the statement's rows
const col = (name: string) => sql`"r".${sql.identifier(name)}`;

// ---------- written by PostgreSQL ----------

// A group's JSON: the fields asked of it under one response key (`total`, or each of `groups`).
function groupJson(a: Aggregation, env: Env, keys: string[], gnodes: FieldNode[]): SQL {
  const { o, options } = a;
  const name = o.spec.name;
  const groupType = env.schema.getType(`${name}AggregateGroup`) as GraphQLObjectType;
  const pairs: SQL[] = [];
  for (const [k, fnodes] of collectAll(env, groupType.name, gnodes)) {
    const field = fnodes[0]!.name.value;
    if (!oneField(fnodes)) unsupported("one key, two fields");
    let value: SQL;
    if (field === "__typename") value = literal(groupType.name);
    else if (field === "count") value = sql`"r"."n"`;
    else if (field === "countDistinct") {
      const args = getArgumentValues(groupType.getFields().countDistinct!, fnodes[0]!, env.variableValues) as { field: string };
      if (!o.distinct[args.field]) unsupported(`countDistinct ${args.field}`);
      value = col(`cd_${args.field}`);
    } else if (MEASURES.includes(field)) {
      const inner: SQL[] = [];
      for (const [nk, nn] of collectAll(env, `${name}AggregateNumbers`, fnodes)) {
        const f = nn[0]!.name.value;
        inner.push(sql`${literal(nk)}, ${f === "__typename" ? literal(`${name}AggregateNumbers`) : col(`${field}_${f}`)}`);
      }
      value = sql`json_build_object(${sql.join(inner, sql`, `)})`;
    } else if (field === "key") {
      const inner: SQL[] = [];
      for (const [kk, kn] of collectAll(env, `${name}AggregateKey`, fnodes)) {
        const f = kn[0]!.name.value;
        if (f === "__typename") {
          inner.push(sql`${literal(kk)}, ${literal(`${name}AggregateKey`)}`);
          continue;
        }
        const i = keys.findIndex((g) => options[g]!.key === f);
        const opt = Object.values(options).find((x) => x.key === f) ?? unsupported(`key ${f}`);
        const ref = col(`k${i}`);
        const v = i < 0 ? sql`null` : opt.kind.kind === "id" ? sql`${ref}::text` : opt.kind.kind === "enum" ? sql`upper(${ref}::text)` : ref;
        inner.push(sql`${literal(kk)}, ${v}`);
      }
      value = sql`json_build_object(${sql.join(inner, sql`, `)})`;
    } else return unsupported(`${groupType.name}.${field}`);
    pairs.push(sql`${literal(k)}, ${value}`);
  }
  if (pairs.length > 50) unsupported("more than 50 fields");
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

// The aggregate root field's plan (registerRoot's `compile`): its answer as JSON text.
export function answerPlan(a: Aggregation, env: Env, def: GraphQLField<unknown, unknown>, responseKey: string, nodes: FieldNode[]): Plan {
  const name = a.o.spec.name;
  const args = getArgumentValues(def, nodes[0]!, env.variableValues) as ArgValues;
  const { query, keys } = statementOf(a, args, env, nodes);
  const pairs: SQL[] = [];
  for (const [k, tnodes] of collectAll(env, `${name}Aggregate`, nodes)) {
    const field = tnodes[0]!.name.value;
    if (!oneField(tnodes)) unsupported("one key, two fields");
    if (field === "__typename") pairs.push(sql`${literal(k)}, ${literal(`${name}Aggregate`)}`);
    else if (field === "total") {
      const zero = keys.length ? sql` where "r"."__g" <> 0` : sql``;
      pairs.push(sql`${literal(k)}, (select ${groupJson(a, env, keys, tnodes)} from "r"${zero})`);
    } else if (field === "groups") {
      const order = sql.join(keys.map((_, i) => sql`${col(`k${i}`)} asc nulls last`), sql`, `);
      pairs.push(
        keys.length
          ? sql`${literal(k)}, (select coalesce(json_agg(${groupJson(a, env, keys, tnodes)} order by ${order}), '[]'::json) from "r" where "r"."__g" = 0)`
          : sql`${literal(k)}, '[]'::json`,
      );
    } else unsupported(`${name}Aggregate.${field}`);
  }
  return planOf(responseKey, sql`with "r" as (${query}) select json_build_object(${sql.join(pairs, sql`, `)})::text as j`, (row) => row!.j as string);
}

// ---------- read by graphql-js ----------

// The rows of the statement as the aggregate's value: the total (the row with __g <> 0 when grouped,
// else the one row; a count of 0 when there is none) and the groups (__g = 0), each a Group.
export function groupsOf(a: Aggregation, Group: { prototype: GroupValue }, rows: Row[], keys: string[]): { total: GroupValue; groups: GroupValue[] } {
  const toGroup = (row: Row, keys: string[]): GroupValue => {
    const key: Row = {};
    keys.forEach((k, i) => (key[a.options[k]!.key] = row[`k${i}`] ?? null));
    const group = Object.create(Group.prototype) as GroupValue;
    group.row = row;
    group.key = key;
    group.count = row.n as number;
    return group;
  };
  const total = keys.length ? rows.find((r) => (r.__g as number) !== 0) : rows[0];
  const groups = keys.length ? rows.filter((r) => (r.__g as number) === 0) : [];
  return { total: toGroup(total ?? { n: 0 }, []), groups: groups.map((r) => toGroup(r, keys)) };
}
