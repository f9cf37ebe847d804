import { AutocompleteInput, ReferenceInput, type Validator } from "react-admin";
import { toQuery } from "../common/inputs";

// A committee picker that searches the server.
export const CommitteeInput = ({ source, label, validate, alwaysOn: _ }: { source: string; label?: string; validate?: Validator | Validator[]; alwaysOn?: boolean }) => (
  <ReferenceInput source={source} reference="committees" sort={{ field: "name", order: "ASC" }} perPage={50}>
    <AutocompleteInput label={label} optionText="name" filterToQuery={toQuery} validate={validate} helperText={false} sx={{ minWidth: 240 }} />
  </ReferenceInput>
);
