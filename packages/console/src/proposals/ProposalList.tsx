import { Chip, Stack } from "@mui/material";
import { BooleanField, DataTable, List, NullableBooleanInput, NumberInput, SearchInput, SelectArrayInput, SelectInput, useRecordContext } from "react-admin";
import { ListActions, useBulkActions } from "../common/crud";
import { choices } from "../common/enums";
import { col, dateCol, listExporter, enumCol } from "../common/exporter";
import { DateField, RecordLink } from "../common/fields";
import { DeputyInput, EnumInput, enumField, HandlingUnitInput, YearInput } from "../common/inputs";
import { DeadlineField } from "./Deadline";
import { DUE_SOON_DAYS } from "./workflow";

// "Due soon": the lead unit's answer is owed within this many days and not overdue yet.
const dueChoices = [7, DUE_SOON_DAYS, 30, 60].map((d) => ({ id: d, name: String(d) }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <YearInput key="year" source="submittedAt_year" alwaysOn />,
  <EnumInput key="category" enumName="ProposalCategory" source="category" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={choices("ProposalStatus")} alwaysOn sx={{ minWidth: 160 }} />,
  <NumberInput key="term" source="congressTerm" />,
  <NumberInput key="session" source="sessionNumber" />,
  <NullableBooleanInput key="fund" source="specialFund" />,
  <NullableBooleanInput key="overdue" source="overdue" alwaysOn />,
  <SelectInput key="due" source="dueWithinDays" label="workflow.fields.dueWithinDays" choices={dueChoices} translateChoice={false} />,
  <NumberInput key="round" source="round" label="workflow.fields.round" />,
  <DeputyInput key="lead" source="leadDeputyId" />,
  <HandlingUnitInput key="unit" source="assignment.unitId" />,
];

type Assignment = { unit?: { name: string } | null; role: string };

const Units = (_: { label?: string }) => {
  const record = useRecordContext();
  return (
    <Stack direction="row" gap={0.5} flexWrap="wrap">
      {((record?.assignments ?? []) as Assignment[]).map((a, i) => (
        <Chip key={i} size="small" variant={a.role === "LEAD" ? "filled" : "outlined"} label={a.unit?.name} />
      ))}
    </Stack>
  );
};

const exporter = listExporter("proposals", [
  col("proposals", "congressTerm"),
  col("proposals", "sessionNumber"),
  col("proposals", "number"),
  col("proposals", "title"),
  enumCol("proposals", "category", "ProposalCategory"),
  col("proposals", "leadDeputyId", (r) => r.leadDeputy?.name),
  enumCol("proposals", "status", "ProposalStatus"),
  dateCol("proposals", "submittedAt"),
  { header: "workflow.fields.deadline", value: (r) => r.dueAt, kind: "date" },
  { header: "resources.proposals.fields.units", value: (r) => ((r.assignments ?? []) as Assignment[]).map((a) => a.unit?.name) },
  col("proposals", "specialFund"),
  col("proposals", "fundAmount"),
  col("proposals", "peopleBenefited"),
]);

export const ProposalList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: "submittedAt", order: "DESC" }} exporter={exporter} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="number" />
        <DataTable.Col source="title" cellSx={() => ({ whiteSpace: "normal", minWidth: 240 })} />
        <DataTable.Col source="category" field={enumField("ProposalCategory")} />
        <DataTable.Col source="leadDeputyId" disableSort>
          <RecordLink resource="deputies" idSource="leadDeputyId" text={(r) => r.leadDeputy?.name} />
        </DataTable.Col>
        <DataTable.Col source="status" field={enumField("ProposalStatus")} />
        <DataTable.Col source="submittedAt" field={DateField} />
        <DataTable.Col source="dueAt" label="workflow.fields.deadline" disableSort>
          <DeadlineField />
        </DataTable.Col>
        <DataTable.Col label="resources.proposals.fields.units" disableSort cellSx={() => ({ whiteSpace: "normal" })}>
          <Units />
        </DataTable.Col>
        <DataTable.Col source="specialFund" field={BooleanField} disableSort />
      </DataTable>
    </List>
  );
};
