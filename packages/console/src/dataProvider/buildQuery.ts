// react-admin's data calls as operations of the API's grammar. Everything about names and types is read
// from the introspected schema, so a field renamed on the server fails here (and in the unit tests)
// instead of silently returning nothing.
import {
  parse,
  type IntrospectionField,
  type IntrospectionInputObjectType,
  type IntrospectionInputValue,
  type IntrospectionObjectType,
  type IntrospectionSchema,
  type IntrospectionType,
  type IntrospectionTypeRef,
} from "graphql";
import {
  CREATE,
  DELETE,
  DELETE_MANY,
  GET_LIST,
  GET_MANY,
  GET_MANY_REFERENCE,
  GET_ONE,
  UPDATE,
} from "ra-core";
import type { BuildQueryResult, IntrospectionResult } from "ra-data-graphql";
import { operationsOf, resources, type Selection } from "./resources";

type Data = Record<string, unknown>;

export class QueryBuildError extends Error {}

export class RecordNotFound extends Error {
  constructor(
    readonly resource: string,
    readonly id: unknown,
  ) {
    super(`${resource} ${String(id)} does not exist`);
  }
}

// The most rows the API returns in one page.
export const MAX_PAGE = 1000;

type Named = { kind: string; name: string; list: boolean };

function unwrap(ref: IntrospectionTypeRef): Named {
  let list = false;
  let t: IntrospectionTypeRef = ref;
  while (t.kind === "NON_NULL" || t.kind === "LIST") {
    if (t.kind === "LIST") list = true;
    t = (t as { ofType: IntrospectionTypeRef }).ofType;
  }
  return { kind: t.kind, name: (t as { name: string }).name, list };
}

function printType(ref: IntrospectionTypeRef): string {
  if (ref.kind === "NON_NULL") return `${printType((ref as { ofType: IntrospectionTypeRef }).ofType)}!`;
  if (ref.kind === "LIST") return `[${printType((ref as { ofType: IntrospectionTypeRef }).ofType)}]`;
  return (ref as { name: string }).name;
}

const camelToConstant = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

const isPlainObject = (v: unknown): v is Data => typeof v === "object" && v !== null && !Array.isArray(v);

export class SchemaView {
  private types = new Map<string, IntrospectionType>();
  constructor(readonly schema: IntrospectionSchema) {
    for (const t of schema.types) this.types.set(t.name, t);
  }

  type(name: string): IntrospectionType {
    const t = this.types.get(name);
    if (!t) throw new QueryBuildError(`type ${name} is not in the schema`);
    return t;
  }

  object(name: string): IntrospectionObjectType {
    const t = this.type(name);
    if (t.kind !== "OBJECT") throw new QueryBuildError(`${name} is not an object type`);
    return t;
  }

  input(name: string): IntrospectionInputObjectType {
    const t = this.type(name);
    if (t.kind !== "INPUT_OBJECT") throw new QueryBuildError(`${name} is not an input type`);
    return t;
  }

  rootField(root: "query" | "mutation", name: string): IntrospectionField {
    const rootName = root === "query" ? this.schema.queryType.name : this.schema.mutationType?.name;
    const f = rootName ? this.object(rootName).fields.find((x) => x.name === name) : undefined;
    if (!f) throw new QueryBuildError(`${root} ${name} is not in the schema`);
    return f;
  }

  enumValues(name: string): string[] {
    const t = this.type(name);
    if (t.kind !== "ENUM") throw new QueryBuildError(`${name} is not an enum`);
    return t.enumValues.map((v) => v.name);
  }

  // Every scalar and enum field of a type, plus the related objects the selection names.
  selection(typeName: string, sel: Selection, depth = 0): string {
    if (depth > 4) throw new QueryBuildError("selection too deep");
    const t = this.object(typeName);
    const parts: string[] = [];
    for (const f of t.fields) {
      const u = unwrap(f.type);
      if ((u.kind === "SCALAR" || u.kind === "ENUM") && !f.args.some((a) => a.type.kind === "NON_NULL")) parts.push(f.name);
    }
    for (const [name, sub] of Object.entries(sel)) {
      const f = t.fields.find((x) => x.name === name);
      if (!f) throw new QueryBuildError(`${typeName}.${name} is not in the schema`);
      const u = unwrap(f.type);
      if (u.kind !== "OBJECT") throw new QueryBuildError(`${typeName}.${name} is not an object`);
      parts.push(`${name} { ${this.selection(u.name, sub, depth + 1)} }`);
    }
    return parts.join(" ");
  }
}

// react-admin's flat filter values as the API's operator objects:
//   { q, gender: "MALE", districtId: ["1","2"], name: "张", birthDate_gte, submittedAt_year: 2024,
//     mandate: { level: "CITY" }, "cosigner.deputyId": "7" }
// → { q, gender: { eq }, districtId: { in }, name: { contains }, birthDate: { gte }, submittedAt: { gte, lte },
//     mandate: { level: { eq } }, cosigner: { deputyId: { eq } } }
const OPERATOR_SUFFIX = /^(.+)_(eq|ne|gt|gte|lt|lte|in|contains|startsWith|isNull|year)$/;

function merge(a: unknown, b: unknown): unknown {
  if (!isPlainObject(a) || !isPlainObject(b)) return b;
  const out: Data = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = k in out ? merge(out[k], v) : v;
  return out;
}

function expandDotted(values: Data): Data {
  let out: Data = {};
  for (const [k, v] of Object.entries(values)) {
    const path = k.split(".");
    const nested = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), v) as Data;
    out = merge(out, nested) as Data;
  }
  return out;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

// A date picked for a date-time filter ("2024-05-01") stands for the whole day in the user's time zone:
// from its first millisecond (gte) to its last (lte).
function dayBound(v: unknown, end: "start" | "end"): unknown {
  const m = typeof v === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m) return v;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  return (end === "end" ? new Date(y, mo, d, 23, 59, 59, 999) : new Date(y, mo, d)).toISOString();
}

export function toFilter(view: SchemaView, inputName: string, values: Data): Data {
  const type = view.input(inputName);
  const out: Data = {};
  const put = (field: string, ops: Data) => {
    out[field] = { ...((out[field] as Data) ?? {}), ...ops };
  };
  for (const [key, value] of Object.entries(expandDotted(values))) {
    if (isEmpty(value)) continue;
    let field = type.inputFields.find((f) => f.name === key);
    let op: string | undefined;
    if (!field) {
      const m = OPERATOR_SUFFIX.exec(key);
      field = m ? type.inputFields.find((f) => f.name === m[1]) : undefined;
      op = m?.[2];
    }
    if (!field) throw new QueryBuildError(`${inputName} has no field ${key}`);
    const u = unwrap(field.type);
    if (u.kind !== "INPUT_OBJECT" || ["and", "or", "not"].includes(field.name)) {
      out[field.name] = value;
      continue;
    }
    const target = view.input(u.name);
    const operators = target.inputFields.map((f) => f.name);
    if (!operators.includes("isNull")) {
      // A filter on related records ("has at least one mandate matching …").
      if (!isPlainObject(value)) throw new QueryBuildError(`${inputName}.${key} expects an object`);
      out[field.name] = toFilter(view, u.name, value);
      continue;
    }
    const scalar = unwrap(target.inputFields.find((f) => f.name === (operators.includes("eq") ? "eq" : "gt"))!.type).name;
    const cast = (v: unknown, o?: string) =>
      scalar === "Int" || scalar === "Float"
        ? Number(v)
        : scalar === "Boolean"
          ? v === true || v === "true"
          : scalar === "DateTime"
            ? dayBound(v, o === "lt" || o === "lte" ? "end" : "start")
            : v;
    if (op === "year") {
      const y = Number(value);
      put(field.name, { gte: `${y}-01-01`, lte: `${y}-12-31` });
    } else if (op) {
      put(field.name, { [op]: Array.isArray(value) ? value.map((v) => cast(v)) : op === "isNull" ? !!value : cast(value, op) });
    } else if (isPlainObject(value)) {
      put(field.name, value);
    } else if (Array.isArray(value)) {
      put(field.name, { in: value.map((v) => cast(v)) });
    } else if (scalar === "String" && operators.includes("contains")) {
      put(field.name, { contains: value });
    } else {
      put(field.name, { eq: cast(value) });
    }
  }
  return out;
}

export function toOrderBy(view: SchemaView, enumName: string, sort?: { field?: string; order?: string }): string[] | undefined {
  if (!sort?.field) return undefined;
  const value = `${camelToConstant(sort.field)}_${sort.order === "DESC" ? "DESC" : "ASC"}`;
  return view.enumValues(enumName).includes(value) ? [value] : undefined;
}

const normalise = (v: unknown): unknown => (v === undefined || v === "" ? null : v);

// The fields of `data` that the input type takes; child lists are picked item by item (all of an item's
// fields, so a cleared value is sent as null).
export function toInput(view: SchemaView, inputName: string, data: Data, omitNull: boolean, child = false): Data {
  const type = view.input(inputName);
  const out: Data = {};
  // A new child row leaves out an empty choice, so the API's default applies ("LEAD when left out").
  const newChild = child && !data.id;
  for (const f of type.inputFields) {
    if (!(f.name in data)) continue;
    const v = pickValue(view, f, data[f.name]);
    if (v === undefined || (omitNull && v === null)) continue;
    if (v === null && newChild && unwrap(f.type).kind === "ENUM") continue;
    out[f.name] = v;
  }
  return out;
}

function pickValue(view: SchemaView, f: IntrospectionInputValue, raw: unknown): unknown {
  const u = unwrap(f.type);
  if (u.list) {
    if (raw === undefined) return undefined;
    const items = Array.isArray(raw) ? raw.filter((x) => x !== null && x !== undefined && x !== "") : [];
    if (u.kind === "INPUT_OBJECT") return items.map((item) => toInput(view, u.name, item as Data, false, true));
    return items;
  }
  if (u.kind === "INPUT_OBJECT") return isPlainObject(raw) ? toInput(view, u.name, raw, false) : normalise(raw);
  const v = normalise(raw);
  if (v !== null && (u.name === "Int" || u.name === "Float")) return typeof v === "number" ? v : Number(v);
  if (typeof v === "string" && u.name !== "String") return v.trim() || null;
  return v;
}

const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x) => (isPlainObject(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));

// A partial update: the fields whose value differs from what was read, plus the version read.
export function toUpdateInput(view: SchemaView, inputName: string, data: Data, previous: Data | undefined): Data {
  const next = toInput(view, inputName, data, false);
  if (!previous) return next;
  const before = toInput(view, inputName, previous, false);
  const out: Data = {};
  for (const [k, v] of Object.entries(next)) {
    if (k === "version") continue;
    if (stable(v) !== stable(k in before ? before[k] : null)) out[k] = v;
  }
  if (view.input(inputName).inputFields.some((f) => f.name === "version") && typeof previous.version === "number") {
    out.version = previous.version;
  }
  return out;
}

function operation(view: SchemaView, root: "query" | "mutation", field: string, selection: string, args: string[]): string {
  const f = view.rootField(root, field);
  const defs = args.map((a) => {
    const arg = f.args.find((x) => x.name === a);
    if (!arg) throw new QueryBuildError(`${field} has no argument ${a}`);
    return `$${a}: ${printType(arg.type)}`;
  });
  const call = args.length ? `(${args.map((a) => `${a}: $${a}`).join(", ")})` : "";
  return `${root} ${field[0]!.toUpperCase()}${field.slice(1)}${defs.length ? `(${defs.join(", ")})` : ""} { ${field}${call} ${selection} }`;
}

type Params = {
  id?: unknown;
  ids?: unknown[];
  data?: Data;
  previousData?: Data;
  filter?: Data;
  sort?: { field?: string; order?: string };
  pagination?: { page: number; perPage: number };
  target?: string;
};

export function buildQueryFactory(introspection: Pick<IntrospectionResult, "schema">) {
  const view = new SchemaView(introspection.schema);
  return (raFetchMethod: string, resource: string, params: Params): BuildQueryResult => {
    const cfg = resources[resource];
    if (!cfg) throw new QueryBuildError(`unknown resource ${resource}`);
    const ops = operationsOf(resource);
    const derive = (r: Data | null) => (r && cfg.derive ? cfg.derive(r) : r);
    const listField = view.rootField("query", ops.list);
    const argType = (name: string) => unwrap(listField.args.find((a) => a.name === name)!.type).name;
    const filterName = argType("filter");
    const orderName = argType("orderBy");
    const connection = view.object(unwrap(listField.type).name);
    const recordType = unwrap(connection.fields.find((f) => f.name === "nodes")!.type).name;
    const one = `{ ${view.selection(recordType, cfg.one)} }`;
    const listNodes = `{ totalCount nodes { ${view.selection(recordType, cfg.list)} } }`;
    const gql = (text: string) => parse(text);
    const op = (name: keyof typeof ops): string => {
      const o = ops[name];
      if (!o) throw new QueryBuildError(`${resource} cannot ${raFetchMethod}: the API has no such operation`);
      return o;
    };

    switch (raFetchMethod) {
      case GET_LIST:
      case GET_MANY_REFERENCE: {
        const { page = 1, perPage = 25 } = params.pagination ?? {};
        const flat: Data = { ...(params.filter ?? {}) };
        if (raFetchMethod === GET_MANY_REFERENCE) flat[params.target!] = String(params.id);
        const variables: Data = {
          filter: toFilter(view, filterName, flat),
          orderBy: toOrderBy(view, orderName, params.sort),
          first: perPage,
          offset: (page - 1) * perPage,
        };
        return {
          query: gql(operation(view, "query", ops.list, listNodes, ["filter", "orderBy", "first", "offset"])),
          variables,
          parseResponse: ({ data }) => {
            const conn = data[ops.list] as { totalCount: number; nodes: Data[] };
            return { data: conn.nodes.map(derive), total: conn.totalCount };
          },
        };
      }
      case GET_MANY: {
        const ids = (params.ids ?? []).map(String);
        return {
          query: gql(operation(view, "query", ops.list, listNodes, ["filter", "first"])),
          variables: { filter: { id: { in: ids } }, first: Math.max(1, Math.min(ids.length, MAX_PAGE)) },
          parseResponse: ({ data }) => ({ data: (data[ops.list] as { nodes: Data[] }).nodes.map(derive) }),
        };
      }
      case GET_ONE: {
        if (!ops.one) {
          // A read-only list without a query for one row: the list, by id.
          return {
            query: gql(operation(view, "query", ops.list, `{ nodes ${one} }`, ["filter", "first"])),
            variables: { filter: { id: { eq: String(params.id) } }, first: 1 },
            parseResponse: ({ data }) => {
              const [record] = (data[ops.list] as { nodes: Data[] }).nodes;
              if (!record) throw new RecordNotFound(resource, params.id);
              return { data: derive(record) };
            },
          };
        }
        const name = ops.one;
        return {
          query: gql(operation(view, "query", name, one, ["id"])),
          variables: { id: String(params.id) },
          parseResponse: ({ data }) => {
            const record = data[name] as Data | null;
            if (!record) throw new RecordNotFound(resource, params.id);
            return { data: derive(record) };
          },
        };
      }
      case CREATE: {
        const name = op("create");
        const inputName = unwrap(view.rootField("mutation", name).args.find((a) => a.name === "input")!.type).name;
        return {
          query: gql(operation(view, "mutation", name, one, ["input"])),
          variables: { input: toInput(view, inputName, params.data ?? {}, true) },
          parseResponse: ({ data }) => ({ data: derive(data[name] as Data) }),
        };
      }
      case UPDATE: {
        const name = op("update");
        const inputName = unwrap(view.rootField("mutation", name).args.find((a) => a.name === "input")!.type).name;
        return {
          query: gql(operation(view, "mutation", name, one, ["id", "input"])),
          variables: { id: String(params.id), input: toUpdateInput(view, inputName, params.data ?? {}, params.previousData) },
          parseResponse: ({ data }) => ({ data: derive(data[name] as Data) }),
        };
      }
      case DELETE: {
        const name = op("delete");
        return {
          // Only the deleted row's own fields: its children are gone with it.
          query: gql(operation(view, "mutation", name, `{ ${view.selection(recordType, {})} }`, ["id"])),
          variables: { id: String(params.id) },
          parseResponse: ({ data }) => ({ data: derive(data[name] as Data) }),
        };
      }
      case DELETE_MANY: {
        const name = op("deleteMany");
        return {
          query: gql(operation(view, "mutation", name, "", ["ids"])),
          variables: { ids: (params.ids ?? []).map(String) },
          parseResponse: ({ data }) => ({ data: data[name] as string[] }),
        };
      }
      default:
        throw new QueryBuildError(`${raFetchMethod} is not supported for ${resource}`);
    }
  };
}
