// A link to a list filtered to exactly the records behind a number (a bar of the dashboard, a figure of
// the yearly review). The filter is the API's (operator objects, as `yearlyReview` returns them); the
// URL carries it the way react-admin keeps a list's filters (`?filter={…}`), in the flat form the
// list's inputs and the data provider read: { kind: { eq: "STATION" } } → kind: "STATION",
// { date: { gte, lte } } → date_gte, date_lte (a whole year: date_year), relations as dotted keys
// (activity.area). The data provider turns it back into the same API filter, so the list's total is
// the number that was clicked.
import { apiSchema } from "../dataProvider/schema";
import { SchemaView, unwrap } from "../dataProvider/schemaView";
import type { IntrospectionInputObjectType } from "graphql";

type Data = Record<string, unknown>;

const view = new SchemaView(apiSchema);
const isObject = (v: unknown): v is Data => typeof v === "object" && v !== null && !Array.isArray(v);

const wholeYear = (ops: Data): number | undefined => {
  const from = /^(\d{4})-01-01$/.exec(String(ops.gte ?? ""));
  return from && ops.lte === `${from[1]}-12-31` ? Number(from[1]) : undefined;
};

export function toListFilter(filterType: string, filter: Data, view_: SchemaView = view, prefix = ""): Data {
  const type: IntrospectionInputObjectType = view_.input(filterType);
  const out: Data = {};
  for (const [key, value] of Object.entries(filter)) {
    const field = type.inputFields.find((f) => f.name === key);
    const t = field ? unwrap(field.type) : undefined;
    if (!field || !t || t.kind !== "INPUT_OBJECT" || ["and", "or", "not"].includes(key) || !isObject(value)) {
      out[prefix + key] = value;
      continue;
    }
    const target = view_.input(t.name);
    const operators = target.inputFields.map((f) => f.name);
    if (!operators.includes("isNull")) {
      Object.assign(out, toListFilter(t.name, value, view_, `${prefix}${key}.`));
      continue;
    }
    const ops = { ...value };
    const year = wholeYear(ops);
    if (year !== undefined && Object.keys(ops).length === 2) {
      out[`${prefix}${key}_year`] = year;
      continue;
    }
    for (const [op, v] of Object.entries(ops)) {
      // A bare value means eq, or `contains` on text: text equality keeps its operator.
      if ((op === "eq" && !operators.includes("contains")) || op === "in") out[prefix + key] = v;
      else out[`${prefix}${key}_${op}`] = v;
    }
  }
  return out;
}

// The filter type of a resource's list.
export function filterTypeOf(resource: string): string {
  const list = view.rootField("query", resource);
  const arg = list.args.find((a) => a.name === "filter");
  if (!arg) throw new Error(`${resource} has no filter`);
  return unwrap(arg.type).name;
}

export function listUrl(resource: string, filter: Data): string {
  const flat = toListFilter(filterTypeOf(resource), filter);
  const displayed = Object.fromEntries(Object.keys(flat).map((k) => [k, true]));
  const params = new URLSearchParams({ filter: JSON.stringify(flat), displayedFilters: JSON.stringify(displayed), page: "1" });
  return `/${resource}?${params.toString()}`;
}
