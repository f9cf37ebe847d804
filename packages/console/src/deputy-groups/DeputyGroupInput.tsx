import { AutocompleteInput, ReferenceInput } from "react-admin";
import { toQuery } from "../common/inputs";

// A deputy group picker that searches the server.
export const DeputyGroupInput = ({ source, label, alwaysOn: _ }: { source: string; label?: string; alwaysOn?: boolean }) => (
  <ReferenceInput source={source} reference="deputyGroups" sort={{ field: "name", order: "ASC" }} perPage={50}>
    <AutocompleteInput label={label} optionText="name" filterToQuery={toQuery} helperText={false} sx={{ minWidth: 240 }} />
  </ReferenceInput>
);
