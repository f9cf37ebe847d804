import { JSONObjectResolver } from "graphql-scalars";
import { Int } from "type-graphql";
import { inputsOf, type InputField } from "../grammar/inputs.js";

export const SAVED_QUERY_NAME = /^[A-Za-z0-9_-]{1,100}$/;
export const MAX_QUERY_LENGTH = 100_000;

export const savedQueryFields: Record<string, InputField> = {
  name: { type: () => String, required: true, max: 100, description: "the URL's last part (/saved/<name>): letters, digits, - and _" },
  title: { type: () => String, required: true, max: 200 },
  query: { type: () => String, required: true, max: MAX_QUERY_LENGTH, description: "one GraphQL query operation, checked against the schema when saved" },
  variables: { type: () => JSONObjectResolver, defaulted: true, description: "default values of the query's variables; the URL's query string overrides them" },
  maxAge: { type: () => Int, defaulted: true, min: 0, maxValue: 86400, description: "seconds an answer may be cached (Cache-Control: private, max-age); 60 when left out" },
};
export const { Create: CreateSavedQueryInput, Update: UpdateSavedQueryInput } = inputsOf("SavedQuery", savedQueryFields);
