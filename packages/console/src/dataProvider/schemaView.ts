// The API's introspected schema as the data provider reads it: types by name, the root fields, and the
// selection of a record's fields. Shared by the three jobs of buildQuery (variables, document, answer)
// and by the list links (common/listLink.ts).
import type {
  IntrospectionField,
  IntrospectionInputObjectType,
  IntrospectionObjectType,
  IntrospectionSchema,
  IntrospectionType,
  IntrospectionTypeRef,
} from "graphql";
import type { Selection } from "./resources";

export type Data = Record<string, unknown>;

export class QueryBuildError extends Error {}

export const isPlainObject = (v: unknown): v is Data => typeof v === "object" && v !== null && !Array.isArray(v);

type Named = { kind: string; name: string; list: boolean };

// The named type under NON_NULL and LIST wrappers, and whether a LIST was among them.
export function unwrap(ref: IntrospectionTypeRef): Named {
  let list = false;
  let t: IntrospectionTypeRef = ref;
  while (t.kind === "NON_NULL" || t.kind === "LIST") {
    if (t.kind === "LIST") list = true;
    t = (t as { ofType: IntrospectionTypeRef }).ofType;
  }
  return { kind: t.kind, name: (t as { name: string }).name, list };
}

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

  // The named type of a root field's argument: the list's `filter` → "DeputyFilter".
  argType(root: "query" | "mutation", field: string, arg: string): string {
    const a = this.rootField(root, field).args.find((x) => x.name === arg);
    if (!a) throw new QueryBuildError(`${field} has no argument ${arg}`);
    return unwrap(a.type).name;
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
