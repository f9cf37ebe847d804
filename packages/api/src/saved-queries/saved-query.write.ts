import { GraphQLError, Kind, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import type { FieldError } from "../grammar/errors.js";
import { MAX_NESTING, nestingOf } from "../http/body.js";
import { badInput } from "../grammar/errors.js";
import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { savedQuerySpec } from "./saved-query.table.js";
import { SAVED_QUERY_NAME, savedQueryFields } from "./saved-query.input.js";

// The schema is imported when first needed: schema.ts imports this resource's resolver.
let schemaOf: Promise<GraphQLSchema> | undefined;
const theSchema = () => (schemaOf ??= import("../schema.js").then((m) => m.schema()));

// What is wrong with a query text as a saved query: it must parse, pass the schema's validation, and
// hold exactly one operation, a query (a GET never writes). Default variables must be the query's own.
export function checkSavedQuery(schema: GraphQLSchema, text: string, variables: unknown): FieldError[] {
  let doc: DocumentNode;
  // graphql's parser and validation recurse per level, as for a request's query (http/body.ts)
  if (nestingOf(text) > MAX_NESTING) return [{ field: "input.query", message: `nests brackets more than ${MAX_NESTING} levels deep` }];
  try {
    doc = parse(text, { maxTokens: 50_000 });
  } catch (e) {
    return [{ field: "input.query", message: e instanceof GraphQLError ? e.message : "does not parse" }];
  }
  const invalid = validate(schema, doc);
  if (invalid.length) return invalid.slice(0, 5).map((e) => ({ field: "input.query", message: e.message }));
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (ops.length !== 1) return [{ field: "input.query", message: "must hold exactly one operation" }];
  if (ops[0]!.operation !== "query") return [{ field: "input.query", message: `must be a query, not a ${ops[0]!.operation}` }];
  const declared = new Set((ops[0]!.variableDefinitions ?? []).map((v) => v.variable.name.value));
  const errors: FieldError[] = [];
  for (const key of Object.keys((variables as Record<string, unknown> | null) ?? {})) {
    if (!declared.has(key)) errors.push({ field: `input.variables.${key}`, message: "is not a variable of the query" });
  }
  return errors;
}

export const savedQueryWrite: WriteConfig = {
  spec: savedQuerySpec,
  toRow: async (ctx, input, existing) => {
    const row = rowFromInput(savedQueryFields, input);
    if (!existing && ctx.viewer?.kind === "user") row.createdById = ctx.viewer.id;
    if ("query" in row || "variables" in row) {
      const text = (row.query ?? existing?.query) as string | undefined;
      if (text) {
        const errors = checkSavedQuery(await theSchema(), text, row.variables ?? existing?.variables);
        if (errors.length) throw badInput(errors);
      }
    }
    return row;
  },
  check: (q) => {
    const errors: FieldError[] = [];
    if (typeof q.name === "string" && !SAVED_QUERY_NAME.test(q.name)) errors.push({ field: "input.name", message: "1 to 100 letters, digits, - or _" });
    return errors;
  },
};
