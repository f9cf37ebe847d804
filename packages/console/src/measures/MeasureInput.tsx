import { AutocompleteInput, ReferenceInput } from "react-admin";
import { toQuery } from "../common/inputs";

const text = (r: { year?: number; number?: number; title?: string } | undefined) => (r ? `${r.year} · ${r.number}. ${r.title}` : "");

// A measure picker that searches the server, the latest year first.
export const MeasureInput = ({ source, label, alwaysOn: _ }: { source: string; label?: string; alwaysOn?: boolean }) => (
  <ReferenceInput source={source} reference="measures" sort={{ field: "year", order: "DESC" }} perPage={50}>
    <AutocompleteInput label={label} optionText={text} filterToQuery={toQuery} helperText={false} sx={{ minWidth: 320 }} />
  </ReferenceInput>
);
