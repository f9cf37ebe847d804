// A saved query's name (the last part of its URL), title, GraphQL text, default variables (a JSON
// object) and how long an answer may be cached. The server checks the query against the schema.
import { maxLength, maxValue, minValue, NumberInput, required, TextInput } from "react-admin";
import { Row } from "../common/crud";

const name = (v: unknown) => (v && !/^[A-Za-z0-9_-]{1,100}$/.test(String(v)) ? "app.saved_queries.name_rule" : undefined);
const jsonObject = (v: unknown) => {
  if (v === undefined || v === null || v === "" || (typeof v === "object" && !Array.isArray(v))) return undefined;
  return "app.saved_queries.variables_rule";
};
// shown as JSON text; an unreadable text stays text, and jsonObject refuses it
const formatJson = (v: unknown) => (v === undefined || v === null ? "" : typeof v === "string" ? v : JSON.stringify(v, null, 2));
const parseJson = (v: string) => {
  if (!v.trim()) return {};
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
};

export const SavedQueryInputs = () => (
  <>
    <Row>
      <TextInput source="name" validate={[required(), maxLength(100), name]} helperText="app.saved_queries.name_help" />
      <TextInput source="title" validate={[required(), maxLength(200)]} sx={{ minWidth: 320 }} />
      <NumberInput source="maxAge" validate={[minValue(0), maxValue(86400)]} helperText="app.saved_queries.max_age_help" />
    </Row>
    <TextInput source="query" validate={[required(), maxLength(100000)]} multiline minRows={8} fullWidth slotProps={{ htmlInput: { style: { fontFamily: "monospace" } } }} helperText="app.saved_queries.query_help" />
    <TextInput source="variables" format={formatJson} parse={parseJson} validate={jsonObject} multiline minRows={2} fullWidth slotProps={{ htmlInput: { style: { fontFamily: "monospace" } } }} helperText="app.saved_queries.variables_help" />
  </>
);
