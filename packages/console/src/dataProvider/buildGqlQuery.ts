// The document of a react-admin call: the operation on the root field it calls, its variables typed as
// the schema types the field's arguments, and the record's fields that the resource selects
// (resources.ts). Everything is read from the introspected schema, so a field renamed on the server
// fails here instead of silently returning nothing.
import { parse, type DocumentNode, type IntrospectionTypeRef } from "graphql";
import { CREATE, DELETE, DELETE_MANY, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from "ra-core";
import { operationsOf, resources } from "./resources";
import { QueryBuildError, unwrap, type SchemaView } from "./schemaView";

function printType(ref: IntrospectionTypeRef): string {
  if (ref.kind === "NON_NULL") return `${printType((ref as { ofType: IntrospectionTypeRef }).ofType)}!`;
  if (ref.kind === "LIST") return `[${printType((ref as { ofType: IntrospectionTypeRef }).ofType)}]`;
  return (ref as { name: string }).name;
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

// The document of a react-admin call on a resource; `field` is the root field it calls (buildQuery.ts).
export const buildGqlQuery =
  (view: SchemaView) =>
  (raFetchMethod: string, resource: string, field: string): DocumentNode => {
    const ops = operationsOf(resource);
    const cfg = resources[resource]!;
    // The record type: that of the list's nodes.
    const connection = view.object(unwrap(view.rootField("query", ops.list).type).name);
    const recordType = unwrap(connection.fields.find((f) => f.name === "nodes")!.type).name;
    const one = () => `{ ${view.selection(recordType, cfg.one)} }`;
    const doc = (root: "query" | "mutation", selection: string, args: string[]) => parse(operation(view, root, field, selection, args));

    switch (raFetchMethod) {
      case GET_LIST:
      case GET_MANY_REFERENCE:
      case GET_MANY: {
        const nodes = `{ totalCount nodes { ${view.selection(recordType, cfg.list)} } }`;
        return doc("query", nodes, raFetchMethod === GET_MANY ? ["filter", "first"] : ["filter", "orderBy", "first", "offset"]);
      }
      case GET_ONE:
        // A read-only list without a query for one row: the list, by id.
        if (!ops.one) return doc("query", `{ nodes ${one()} }`, ["filter", "first"]);
        return doc("query", one(), ["id"]);
      case CREATE:
        return doc("mutation", one(), ["input"]);
      case UPDATE:
        return doc("mutation", one(), ["id", "input"]);
      case DELETE:
        // Only the deleted row's own fields: its children are gone with it.
        return doc("mutation", `{ ${view.selection(recordType, {})} }`, ["id"]);
      case DELETE_MANY:
        return doc("mutation", "", ["ids"]);
      default:
        throw new QueryBuildError(`${raFetchMethod} is not supported for ${resource}`);
    }
  };
