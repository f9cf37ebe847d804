// Inputs and fields shared by every resource: enum pickers, server-side reference pickers, years.
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectField,
  SelectInput,
  type AutocompleteInputProps,
  type SelectFieldProps,
  type SelectInputProps,
  type Validator,
} from "react-admin";
import { choices, type EnumName } from "./enums";

// Pickers search on the server: what the user types goes to the API's quick search `q`.
export const toQuery = (q: string) => (q ? { q } : {});

export const EnumInput = ({ enumName, ...props }: { enumName: EnumName; source: string } & Omit<SelectInputProps, "choices">) => (
  <SelectInput choices={choices(enumName)} {...props} />
);

export const EnumField = ({ enumName, ...props }: { enumName: EnumName; source: string } & Omit<SelectFieldProps, "choices">) => (
  <SelectField choices={choices(enumName)} {...props} />
);

const deputyText = (r: { name?: string; workUnit?: string | null; id?: string } | undefined) =>
  r ? (r.workUnit ? `${r.name}（${r.workUnit}）` : `${r.name ?? ""}`) : "";

type RefProps = {
  source: string;
  label?: string;
  validate?: Validator | Validator[];
  filter?: Record<string, unknown>;
  helperText?: string | false;
  sx?: AutocompleteInputProps["sx"];
  disabled?: boolean;
  // Shown in a list filter bar without being added first (read by react-admin from the element).
  alwaysOn?: boolean;
};

export const DeputyInput = ({ source, label, validate, helperText = false, sx, disabled }: RefProps) => (
  <ReferenceInput source={source} reference="deputies" sort={{ field: "name", order: "ASC" }} perPage={20}>
    <AutocompleteInput
      label={label}
      optionText={deputyText}
      filterToQuery={toQuery}
      validate={validate}
      helperText={helperText}
      sx={{ minWidth: 260, ...sx }}
      disabled={disabled}
      debounce={300}
    />
  </ReferenceInput>
);

export const DeputiesInput = ({ source, label, helperText = false }: RefProps) => (
  <ReferenceArrayInput source={source} reference="deputies" sort={{ field: "name", order: "ASC" }} perPage={20}>
    <AutocompleteArrayInput label={label} optionText={deputyText} filterToQuery={toQuery} helperText={helperText} debounce={300} fullWidth />
  </ReferenceArrayInput>
);

// A district picker; `level` narrows it to counties or townships, `filter` e.g. to one county's townships.
export const DistrictInput = ({ source, label, validate, filter, helperText = false, sx, level }: RefProps & { level?: "COUNTY" | "TOWNSHIP" }) => (
  <ReferenceInput
    source={source}
    reference="districts"
    sort={{ field: "code", order: "ASC" }}
    perPage={50}
    filter={{ ...(level ? { level } : {}), ...filter }}
  >
    <AutocompleteInput label={label} optionText="name" filterToQuery={toQuery} validate={validate} helperText={helperText} sx={{ minWidth: 200, ...sx }} />
  </ReferenceInput>
);

export const StationInput = ({ source, label, validate, filter, helperText = false, sx }: RefProps) => (
  <ReferenceInput source={source} reference="stations" sort={{ field: "name", order: "ASC" }} perPage={20} filter={filter}>
    <AutocompleteInput label={label} optionText="name" filterToQuery={toQuery} validate={validate} helperText={helperText} sx={{ minWidth: 260, ...sx }} />
  </ReferenceInput>
);

export const HandlingUnitInput = ({ source, label, validate, helperText = false, sx }: RefProps) => (
  <ReferenceInput source={source} reference="handlingUnits" sort={{ field: "name", order: "ASC" }} perPage={20}>
    <AutocompleteInput label={label} optionText="name" filterToQuery={toQuery} validate={validate} helperText={helperText} sx={{ minWidth: 260, ...sx }} />
  </ReferenceInput>
);

const thisYear = new Date().getFullYear();
export const yearChoices = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i).map((y) => ({ id: y, name: String(y) }));

export const YearInput = (props: Omit<SelectInputProps, "choices">) => (
  <SelectInput choices={yearChoices} translateChoice={false} {...props} />
);

// A column field for DataTable.Col's `field` prop (one stable component per enum).
const enumFields = new Map<EnumName, (p: { source: string }) => React.JSX.Element>();
export function enumField(enumName: EnumName) {
  let f = enumFields.get(enumName);
  if (!f) {
    f = (p: { source: string }) => <EnumField enumName={enumName} {...p} />;
    enumFields.set(enumName, f);
  }
  return f;
}
