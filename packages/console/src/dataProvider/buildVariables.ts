// react-admin's params as the variables of the API's operations: filters as the grammar's operator
// objects, the sort as an orderBy value, the page as first/offset, and the record as the input type
// takes it (a partial update: only what changed, with the version read).
import { CREATE, DELETE, DELETE_MANY, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from "ra-core";
import { operationsOf } from "./resources";
import { isPlainObject, QueryBuildError, unwrap, type Data, type SchemaView } from "./schemaView";
import type { IntrospectionInputValue } from "graphql";

// The most rows the API returns in one page.
export const MAX_PAGE = 1000;

export type Params = {
  id?: unknown;
  ids?: unknown[];
  data?: Data;
  previousData?: Data;
  filter?: Data;
  sort?: { field?: string; order?: string };
  pagination?: { page: number; perPage: number };
  target?: string;
};

const camelToConstant = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

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

// The variables of a react-admin call on a resource; `field` is the root field it calls (buildQuery.ts).
export const buildVariables =
  (view: SchemaView) =>
  (raFetchMethod: string, resource: string, field: string, params: Params): Data => {
    switch (raFetchMethod) {
      case GET_LIST:
      case GET_MANY_REFERENCE: {
        const { page = 1, perPage = 25 } = params.pagination ?? {};
        const flat: Data = { ...(params.filter ?? {}) };
        if (raFetchMethod === GET_MANY_REFERENCE) flat[params.target!] = String(params.id);
        return {
          filter: toFilter(view, view.argType("query", field, "filter"), flat),
          orderBy: toOrderBy(view, view.argType("query", field, "orderBy"), params.sort),
          first: perPage,
          offset: (page - 1) * perPage,
        };
      }
      case GET_MANY: {
        const ids = (params.ids ?? []).map(String);
        return { filter: { id: { in: ids } }, first: Math.max(1, Math.min(ids.length, MAX_PAGE)) };
      }
      case GET_ONE:
        // A read-only list without a query for one row: the list, by id.
        if (!operationsOf(resource).one) return { filter: { id: { eq: String(params.id) } }, first: 1 };
        return { id: String(params.id) };
      case CREATE:
        return { input: toInput(view, view.argType("mutation", field, "input"), params.data ?? {}, true) };
      case UPDATE:
        return { id: String(params.id), input: toUpdateInput(view, view.argType("mutation", field, "input"), params.data ?? {}, params.previousData) };
      case DELETE:
        return { id: String(params.id) };
      case DELETE_MANY:
        return { ids: (params.ids ?? []).map(String) };
      default:
        throw new QueryBuildError(`${raFetchMethod} is not supported for ${resource}`);
    }
  };
