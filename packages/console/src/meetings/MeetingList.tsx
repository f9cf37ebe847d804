import { DataTable, List, SearchInput } from "react-admin";
import { ListActions, useBulkActions } from "../common/crud";
import { col, dateCol, listExporter } from "../common/exporter";
import { DateField } from "../common/fields";
import { DeputyInput, YearInput } from "../common/inputs";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <YearInput key="year" source="startDate_year" alwaysOn />,
  <DeputyInput key="deputy" source="attendee.deputyId" alwaysOn />,
];

const exporter = listExporter("meetings", [
  col("meetings", "title"),
  dateCol("meetings", "startDate"),
  dateCol("meetings", "endDate"),
  dateCol("meetings", "forumDate"),
  { header: "resources.meetings.sections.attendees", value: (r) => (r.attendees ?? []).length },
]);

export const MeetingList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: "startDate", order: "DESC" }} exporter={exporter} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="title" cellSx={() => ({ whiteSpace: "normal", minWidth: 240 })} />
        <DataTable.Col source="startDate" field={DateField} />
        <DataTable.Col source="endDate" field={DateField} disableSort />
        <DataTable.Col source="forumDate" field={DateField} />
        <DataTable.NumberCol source="attendees" disableSort render={(r) => (r.attendees ?? []).length} />
      </DataTable>
    </List>
  );
};
