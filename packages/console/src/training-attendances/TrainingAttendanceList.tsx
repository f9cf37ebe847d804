// Who attended which training (read-only; edited on the training's form): the records behind the
// dashboard's and the yearly review's training figures.
import { DataTable, List, NumberField, ReferenceInput, AutocompleteInput } from "react-admin";
import { ReadOnlyListActions } from "../common/crud";
import { col, dateCol, listExporter, enumCol } from "../common/exporter";
import { DateField, RecordLink } from "../common/fields";
import { DeputyInput, EnumInput, enumField, toQuery } from "../common/inputs";

const filters = [
  <EnumInput key="status" enumName="AttendanceStatus" source="status" alwaysOn />,
  <ReferenceInput key="training" source="trainingId" reference="trainings" sort={{ field: "startDate", order: "DESC" }} alwaysOn>
    <AutocompleteInput optionText="title" filterToQuery={toQuery} sx={{ minWidth: 260 }} helperText={false} />
  </ReferenceInput>,
  <DeputyInput key="deputy" source="deputyId" alwaysOn />,
  <EnumInput key="form" enumName="TrainingForm" source="training.form" />,
];

const exporter = listExporter("trainingAttendances", [
  col("trainingAttendances", "deputyId", (r) => r.deputy?.name),
  col("trainingAttendances", "trainingId", (r) => r.training?.title),
  dateCol("trainingAttendances", "startDate", (r) => r.training?.startDate),
  enumCol("trainingAttendances", "status", "AttendanceStatus"),
  col("trainingAttendances", "hours"),
]);

const StartDate = (_: { source?: string }) => <DateField source="training.startDate" />;

export const TrainingAttendanceList = () => (
  <List filters={filters} actions={<ReadOnlyListActions />} sort={{ field: "id", order: "ASC" }} perPage={25} exporter={exporter}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="deputyId" disableSort>
        <RecordLink resource="deputies" idSource="deputyId" text={(r) => r.deputy?.name} />
      </DataTable.Col>
      <DataTable.Col source="trainingId" disableSort cellSx={() => ({ whiteSpace: "normal" })}>
        <RecordLink resource="trainings" idSource="trainingId" text={(r) => r.training?.title} />
      </DataTable.Col>
      <DataTable.Col source="startDate" disableSort field={StartDate} />
      <DataTable.Col source="status" field={enumField("AttendanceStatus")} />
      <DataTable.Col source="hours" field={NumberField} />
    </DataTable>
  </List>
);
