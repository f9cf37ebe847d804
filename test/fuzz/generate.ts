// Operations generated from packages/api/schema.graphql: random selections (nested relations,
// aliases, inline and named fragments) and random, hostile argument values for every argument and
// input type — huge numbers, NaN-like strings, deep and/or/not nesting, unicode, SQL and JSON
// fragments, oversized lists — written in the query or passed as variables, sometimes of the wrong type.
// Every choice is drawn from fast-check's `gen`, so a run is fixed by its seed.
import type fc from "fast-check";
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLScalarType,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

type Fc = typeof fc;
type G = fc.GeneratorValue;

// A value to send: `enum` marks an enum name, written bare in a query and as a string in JSON.
type Value = null | boolean | number | string | { enum: string } | Value[] | { [k: string]: Value } | Raw;
// a value written out already (a chain too deep to print recursively), with its JSON for variables
type Raw = { raw: string; json: unknown };
const isRaw = (v: object): v is Raw => "raw" in v && "json" in v && Object.keys(v).length === 2;

export type Operation = { kind: "query" | "mutation"; query: string; variables?: Record<string, unknown>; operationName?: string; roots: string[] };
// A request as bytes: most are operations, a few are hostile at the HTTP level (bodies that are not
// JSON, a query that is not a string, batches, a body over the limit).
export type Request = { operation?: Operation; body: string; contentType: string; method: "POST" | "GET"; label: string };

const SQL = [
  "' OR 1=1 --",
  '"; DROP TABLE deputies; --',
  "1; DELETE FROM users",
  "') UNION SELECT password_hash FROM users --",
  "%' AND pg_sleep(5) IS NULL --",
  "$1",
  "::text",
  "\\",
  "%",
  "_",
  "%_%",
  "E'\\x00'",
  "$$ || $$",
  "COPY users TO PROGRAM 'id'",
];
const JSONISH = ['{"$gt": ""}', '{"a":[1,2,{"b":null}]}', "[]", "{}", "null", "true", '{"__proto__":{"x":1}}', "[[[[[[[[[[]]]]]]]]]]"];
const NUMBERISH = ["NaN", "Infinity", "-Infinity", "-0", "1e308", "0x10", "1_000", "0.1e-400", "9".repeat(40), "-1", "00012", " 42 ", "undefined", "null"];
const UNICODE = ["代表", "毕节市七星关区", "🏃‍♂️🏊‍♀️", "\u202Eabc\u202C", "עברית", "مرحبا", "\u0000", "a\u0000b", "\uFEFF", "\u200B\u200D", "\uD800", "\uDFFF", "e\u0301", "Ｆｕｌｌ", "\n\r\t", "\\u0000", "😀".repeat(200)];
const OTHER = ["", " ", "<script>alert(1)</script>", "${7*7}", "{{7*7}}", "../../etc/passwd", "admin", "demo-admin", "dbt_", "true", "2024-01-01", "SELECT", "*"];

const INTS = [0, 1, -1, 2, 50, 1000, 1001, 2147483647, -2147483648, 2147483648, -2147483649, 9007199254740993, 1e20, -1e20];
const FLOATS = [0, -0, 0.5, 1e308, -1e308, 5e-324, 1.7976931348623157e308, 123456789.123456789, -1];
const DATES = ["2024-01-01", "2024-12-31", "2024-02-29", "2023-02-29", "2024-02-30", "0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01", "-0001-01-01", "2024-1-1", "infinity", "epoch", "today", "2024-13-01", "1899-12-31"];
const DATETIMES = [
  "2024-01-01T00:00:00Z",
  "2024-06-30T23:59:59.999+08:00",
  "1970-01-01T00:00:00.000Z",
  "0001-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "294277-01-01T00:00:00Z",
  "-271821-04-20T00:00:00Z",
  "+275760-09-13T00:00:00.000Z",
  "2024-02-30T00:00:00Z",
  "2024-01-01",
  "infinity",
  "now",
];

export type Options = {
  // ids that exist, and ids the generator must never name for a root field (the fuzzer's own users
  // and token: deleting or demoting them would end the run, not find a defect)
  ids: string[];
  protectedIds: Map<string, Set<string>>;
  // root fields never generated for a role (signing out the fuzzer's own sessions)
  exclude: (root: string, role: string) => boolean;
};

export class Generator {
  private readonly queryRoots: GraphQLField<unknown, unknown>[];
  private readonly mutationRoots: GraphQLField<unknown, unknown>[];
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly options: Options,
  ) {
    this.queryRoots = Object.values(schema.getQueryType()!.getFields());
    this.mutationRoots = Object.values(schema.getMutationType()!.getFields());
  }

  request(fc: Fc, g: G, role: string): Request {
    const pick = g(fc.integer, { min: 0, max: 99 });
    if (pick < 4) return this.rawRequest(fc, g);
    const op = this.operation(fc, g, role, pick < 40 ? "mutation" : "query");
    const payload: Record<string, unknown> = { query: op.query };
    if (op.variables) payload.variables = op.variables;
    if (op.operationName) payload.operationName = op.operationName;
    return { operation: op, body: JSON.stringify(payload), contentType: "application/json", method: "POST", label: op.roots.join(",") };
  }

  operation(fc: Fc, g: G, role: string, kind: "query" | "mutation"): Operation {
    const all = (kind === "query" ? this.queryRoots : this.mutationRoots).filter((f) => !this.options.exclude(f.name, role));
    // one mutation per request, so a change to the database belongs to the request that made it
    const count = kind === "mutation" ? 1 : g(fc.integer, { min: 1, max: 3 });
    const roots = Array.from({ length: count }, () => all[g(fc.integer, { min: 0, max: all.length - 1 })]!);
    const ctx = new Ctx(fc, g, this.options, g(fc.integer, { min: 0, max: 9 }) < 3, g(fc.boolean));
    const parts = roots.map((f, i) => ctx.field(f, 0, i > 0 || g(fc.boolean) ? `r${i}` : undefined, f.name));
    const selection = ctx.wrap(this.schema.getType(kind === "query" ? "Query" : "Mutation") as GraphQLObjectType, parts);
    const vars = ctx.variableDefinitions();
    const name = g(fc.integer, { min: 0, max: 9 }) < 3 ? `Fuzz${g(fc.integer, { min: 0, max: 999 })}` : undefined;
    let query = `${kind}${name ? ` ${name}` : ""}${vars ? `(${vars})` : ""} { ${selection} }${ctx.fragmentDefinitions()}`;
    if (kind === "query" && !name && !vars && g(fc.integer, { min: 0, max: 9 }) < 3) query = query.replace(/^query /, "");
    // a few operations name another operation, or the wrong one
    const operationName = name && g(fc.integer, { min: 0, max: 19 }) === 0 ? (g(fc.boolean) ? "Other" : name) : name;
    return { kind, query, variables: ctx.variables, operationName, roots: roots.map((f) => f.name) };
  }

  private rawRequest(fc: Fc, g: G): Request {
    const which = g(fc.integer, { min: 0, max: 9 });
    const q = `{ __typename }`;
    const bodies: [string, string, string][] = [
      ['{"query": ', "application/json", "truncated JSON"],
      [JSON.stringify({ query: { a: 1 } }), "application/json", "query is an object"],
      [JSON.stringify({ query: q, variables: "not an object" }), "application/json", "variables is a string"],
      [JSON.stringify([{ query: q }, { query: q }]), "application/json", "a batch"],
      [JSON.stringify({ query: q, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }), "application/json", "unknown persisted query"],
      [`query=${encodeURIComponent(q)}`, "application/x-www-form-urlencoded", "a form post"],
      [q, "text/plain", "a text body"],
      [JSON.stringify({ query: `{ ${"__typename ".repeat(g(fc.integer, { min: 1000, max: 20000 }))} }` }), "application/json", "many fields"],
      [JSON.stringify({ query: `{ ${"a: __typename ".repeat(10)}`.repeat(1) + "}".repeat(g(fc.integer, { min: 1, max: 5000 })) }), "application/json", "unbalanced braces"],
      [JSON.stringify({ query: q, pad: "x".repeat(6 * 1024 * 1024) }), "application/json", "a body over the limit"],
    ];
    const [body, contentType, label] = bodies[which]!;
    return { body, contentType, method: "POST", label: `raw: ${label}` };
  }
}

// One operation being written: its variables and named fragments.
class Ctx {
  readonly variables: Record<string, unknown> = {};
  private readonly varDefs: string[] = [];
  private readonly fragments: string[] = [];
  private oversized = false;
  private aliases = 0;
  constructor(
    private readonly fc: Fc,
    private readonly g: G,
    private readonly options: Options,
    private readonly useVariables: boolean,
    private readonly clean: boolean,
  ) {}

  private int(min: number, max: number): number {
    return this.g(this.fc.integer, { min, max });
  }
  private chance(percent: number): boolean {
    return this.int(0, 99) < percent;
  }
  // the odds of something hostile: none at all in a clean operation (half of them), so that many
  // requests get through and reach the database
  private hostile(percent: number): boolean {
    return !this.clean && this.chance(percent);
  }
  private oneOf<T>(list: readonly T[]): T {
    return list[this.int(0, list.length - 1)]!;
  }

  variableDefinitions(): string {
    return this.varDefs.join(", ");
  }
  fragmentDefinitions(): string {
    return this.fragments.length ? ` ${this.fragments.join(" ")}` : "";
  }

  // Fields of one selection set, sometimes in an inline fragment or a named one.
  wrap(type: GraphQLObjectType, parts: string[]): string {
    const roll = this.int(0, 99);
    if (roll < 8) return `... on ${type.name} { ${parts.join(" ")} }`;
    if (roll < 14) {
      const name = `F${this.fragments.length}`;
      this.fragments.push(`fragment ${name} on ${type.name} { ${parts.join(" ")} }`);
      return `...${name}`;
    }
    return parts.join(" ");
  }

  field(f: GraphQLField<unknown, unknown>, depth: number, alias: string | undefined, root: string): string {
    const args = f.args.flatMap((a) => this.argument(a, root));
    const head = `${alias ? `${alias}: ` : ""}${f.name}${args.length ? `(${args.join(", ")})` : ""}`;
    const named = getNamedType(f.type);
    if (isLeafType(named)) return head;
    return `${head} { ${this.selection(named as GraphQLObjectType, depth + 1, root)} }`;
  }

  selection(type: GraphQLNamedType, depth: number, root: string): string {
    if (isAbstractType(type)) return "__typename";
    const obj = type as GraphQLObjectType;
    const fields = Object.values(obj.getFields());
    // deep relations now and then (past the depth limit), shallow mostly
    const maxDepth = this.hostile(3) ? 14 : 4;
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const nested = fields.filter((f) => isCompositeType(getNamedType(f.type)));
    const n = this.int(1, 4);
    const parts: string[] = [];
    const used = new Set<string>();
    for (let i = 0; i < n; i++) {
      const deeper = depth < maxDepth && nested.length > 0 && (leaves.length === 0 || this.chance(35));
      const f = deeper ? this.oneOf(nested) : leaves.length ? this.oneOf(leaves) : this.oneOf(fields);
      if (!deeper && isCompositeType(getNamedType(f.type)) && depth >= maxDepth) {
        parts.push("__typename");
        continue;
      }
      // an alias now and then, and always for a field asked again (graphql refuses the same name twice
      // with other arguments or selections)
      const again = used.has(f.name);
      used.add(f.name);
      parts.push(this.field(f, depth, again || this.chance(12) ? `a${this.aliases++}` : undefined, root));
    }
    if (this.chance(10)) parts.push("__typename");
    return this.wrap(obj, parts);
  }

  // An argument, or nothing when it may be left out (and most optional ones are).
  private argument(a: GraphQLArgument, root: string): string[] {
    const required = isNonNullType(a.type);
    if (!required && !this.chance(a.name === "first" || a.name === "filter" ? 45 : 25)) return [];
    if (required && this.hostile(2)) return []; // a required argument missing
    const value = this.value(a.type, 0, a.name, root);
    if (this.useVariables && this.chance(70)) {
      const name = `v${this.varDefs.length}`;
      // the declared type, now and then not the argument's
      const declared = this.hostile(4) ? this.oneOf(["Int", "String!", "[ID!]", "Boolean", "DeputyFilter", "Float!"]) : String(a.type);
      this.varDefs.push(`$${name}: ${declared}`);
      const json = this.hostile(6) ? this.wrongJson() : toJson(value);
      if (json !== undefined) this.variables[name] = json;
      return [`${a.name}: $${name}`];
    }
    return [`${a.name}: ${toLiteral(value)}`];
  }

  private wrongJson(): unknown {
    return this.oneOf<unknown>([undefined, null, "NaN", 1e308, -1, [1, 2], { a: { b: [] } }, "", true, "x".repeat(100_000), 12345678901234567890]);
  }

  value(type: GraphQLInputType, depth: number, name: string, root: string): Value {
    if (isNonNullType(type)) return this.hostile(2) ? null : this.present(type.ofType as GraphQLInputType, depth, name, root);
    if (this.chance(5)) return null;
    return this.present(type, depth, name, root);
  }

  // a value that is not null
  private present(type: GraphQLInputType, depth: number, name: string, root: string): Value {
    if (isListType(type)) return this.list((type as GraphQLList<GraphQLInputType>).ofType, depth, name, root);
    if (isInputObjectType(type)) return this.object(type, depth, root);
    if (type instanceof GraphQLEnumType) {
      if (this.hostile(2)) return { enum: this.oneOf(["NOPE", "true", "null_", "DROP_TABLE"]) };
      return { enum: this.oneOf(type.getValues()).name };
    }
    return this.scalar(type as GraphQLScalarType, name, root);
  }

  private list(item: GraphQLInputType, depth: number, name: string, root: string): Value {
    const roll = this.int(0, 99);
    // oversized now and then: thousands of ids, past PostgreSQL's 65,535 parameters once in a while
    if (roll < 4 && !this.clean && !this.oversized && isLeafType(getNamedType(item))) {
      this.oversized = true; // one per operation
      const n = this.oneOf([2_000, 20_000, 70_000]);
      const one = this.value(item, depth + 1, name, root);
      const avoid = this.options.protectedIds.get(root);
      return Array.from({ length: n }, (_, i) => (typeof one === "string" && /^\d+$/.test(one) ? String(i + 1) : one)).filter((v) => !(typeof v === "string" && avoid?.has(v)));
    }
    if (roll < 6 && !this.clean) return this.value(item, depth + 1, name, root); // a single value where a list goes
    const n = this.int(0, depth < 2 ? 3 : 1);
    return Array.from({ length: n }, () => this.value(item, depth + 1, name, root));
  }

  private object(type: GraphQLInputObjectType, depth: number, root: string): Value {
    const fields = Object.values(type.getFields());
    const out: Record<string, Value> = {};
    const logical = fields.filter((f) => f.name === "and" || f.name === "or" || f.name === "not");
    // deep nesting of and/or/not: a chain of hundreds or thousands of levels
    if (logical.length && depth === 0 && this.hostile(3)) {
      const levels = this.oneOf([50, 300, 2_000]);
      // written out without recursion: the fuzzer's own printers would run out of stack first
      const leaf = fields.some((f) => f.name === "id") ? `{id: {eq: "${this.int(1, 300)}"}}` : "{}";
      let json: unknown = JSON.parse(leaf.replace(/(\w+):/g, '"$1":'));
      let open = "";
      let close = "";
      for (let i = 0; i < levels; i++) {
        const op = this.oneOf(logical).name;
        json = op === "not" ? { not: json } : { [op]: [json] };
        open = op === "not" ? `{not: ${open}` : `{${op}: [${open}`;
        close = op === "not" ? `${close}}` : `${close}]}`;
      }
      // the last operator drawn is the outermost, in the text as in the JSON
      return { raw: `${open}${leaf}${close}`, json };
    }
    const required = fields.filter((f) => isNonNullType(f.type));
    const optional = fields.filter((f) => !isNonNullType(f.type));
    // a few fields, fewer the deeper: nested filters and inputs stay small (the oversized lists and the
    // deep chains above are the large ones)
    const chosen = required.filter(() => !this.hostile(3));
    const more = this.int(0, depth === 0 ? 3 : depth < 3 ? 2 : depth < 5 ? 1 : 0);
    for (let i = 0; i < more && optional.length; i++) chosen.push(optional.splice(this.int(0, optional.length - 1), 1)[0]!);
    for (const f of chosen) {
      if (depth > 5 && isInputObjectType(getNamedType(f.type))) continue;
      out[f.name] = this.value(f.type, depth + 1, f.name, root);
    }
    // a field the type does not have (defined, not assigned: "__proto__" would set the prototype)
    if (this.hostile(2)) Object.defineProperty(out, this.oneOf(["unknownField", "__proto__", "constructor", "id_card"]), { value: "x", enumerable: true });
    return out;
  }

  private scalar(type: GraphQLScalarType, name: string, root: string): Value {
    const hostile = this.hostile(20);
    if (this.hostile(2)) return this.wrongScalar(type.name);
    switch (type.name) {
      case "ID":
        return this.id(hostile, root);
      case "Int":
        if (!hostile && (name === "first" || name === "offset")) return this.int(0, 20);
        if (!hostile && name === "year") return this.int(2020, 2026);
        return hostile ? this.oneOf(INTS) : this.int(-5, 300);
      case "Float":
        return hostile ? this.oneOf(FLOATS) : this.g(this.fc.double, { min: -1e6, max: 1e6, noNaN: true });
      case "Boolean":
        return this.chance(50);
      case "Date":
        return hostile ? this.oneOf(DATES) : `20${this.int(10, 26)}-0${this.int(1, 9)}-1${this.int(0, 9)}`;
      case "DateTime":
        return hostile ? this.oneOf(DATETIMES) : `20${this.int(10, 26)}-0${this.int(1, 9)}-1${this.int(0, 9)}T0${this.int(0, 9)}:00:00Z`;
      case "JSONObject":
        return this.chance(50) ? { a: 1, b: [true, null, "x"] } : { [this.string(true)]: this.string(true) };
      default:
        return this.string(hostile);
    }
  }

  private id(hostile: boolean, root: string): Value {
    const avoid = this.options.protectedIds.get(root);
    for (let tries = 0; tries < 10; tries++) {
      const v = hostile ? this.oneOf(["0", "-1", "1.5", "1e3", "2147483648", "99999999999999999999", "abc", "", " 1", "0x1F", "NaN", ...SQL.slice(0, 3)]) : this.oneOf(this.options.ids);
      if (!avoid?.has(v)) return v;
    }
    return "2147483647";
  }

  string(hostile: boolean): string {
    if (!hostile) return this.chance(50) ? this.oneOf(["张三", "七星关区", "毕节", "代表", "a", "abc"]) : this.g(this.fc.string, { maxLength: 12 });
    const roll = this.int(0, 99);
    if (roll < 20) return this.oneOf(SQL);
    if (roll < 30) return this.oneOf(JSONISH);
    if (roll < 42) return this.oneOf(NUMBERISH);
    if (roll < 60) return this.oneOf(UNICODE);
    if (roll < 70) return this.oneOf(OTHER);
    if (roll < 78) return this.oneOf(["a", "代", "🏃", "'"]).repeat(this.oneOf([101, 1_000, 20_000, 200_000]));
    return this.g(this.fc.string, { unit: "binary", maxLength: 40 });
  }

  private wrongScalar(name: string): Value {
    const wrong: Value[] = [{ enum: "ASC" }, "12", 12, 1.5, true, [], { a: 1 }, ""];
    return this.oneOf(wrong.filter((w) => !(name === "String" && typeof w === "string")));
  }
}

function toJson(v: Value): unknown {
  if (v === null || typeof v !== "object") return v;
  if (isRaw(v)) return v.json;
  if (Array.isArray(v)) return v.map(toJson);
  if ("enum" in v && Object.keys(v).length === 1) return v.enum;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x as Value)]));
}

// A GraphQL literal: strings as JSON strings (valid GraphQL string syntax), enum names bare.
export function toLiteral(v: Value): string {
  if (v === null) return "null";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") return Number.isFinite(v) ? (Object.is(v, -0) ? "-0" : String(v)) : "null";
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(toLiteral).join(", ")}]`;
  if (isRaw(v)) return v.raw;
  if ("enum" in v && Object.keys(v).length === 1) return String(v.enum);
  return `{${Object.entries(v)
    .map(([k, x]) => `${k}: ${toLiteral(x as Value)}`)
    .join(", ")}}`;
}
