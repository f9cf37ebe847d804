import { BooleanField, DataTable, List, NullableBooleanInput, NumberField, SearchInput } from "react-admin";
import { ListActions, useBulkActions } from "../common/crud";
import { ImportButton } from "../imports";
import { col, dateCol, listExporter, enumCol } from "../common/exporter";
import { DateField } from "../common/fields";
import { DeputyInput, EnumInput, enumField, YearInput } from "../common/inputs";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <YearInput key="year" source="startDate_year" alwaysOn />,
  <EnumInput key="form" enumName="TrainingForm" source="form" alwaysOn />,
  <NullableBooleanInput key="online" source="online" />,
  <DeputyInput key="deputy" source="attendance.deputyId" />,
];

const exporter = listExporter("trainings", [
  col("trainings", "title"),
  enumCol("trainings", "form", "TrainingForm"),
  dateCol("trainings", "startDate"),
  dateCol("trainings", "endDate"),
  col("trainings", "organiser"),
  col("trainings", "venue"),
  col("trainings", "hours"),
  col("trainings", "online"),
]);

export const TrainingList = () => {
  const bulkActions = useBulkActions();
  return (
    <List
      filters={filters}
      actions={
        <ListActions>
          <ImportButton resource="trainingAttendances" />
        </ListActions>
      }
      sort={{ field: "startDate", order: "DESC" }} exporter={exporter} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="title" cellSx={() => ({ whiteSpace: "normal" })} />
        <DataTable.Col source="form" field={enumField("TrainingForm")} />
        <DataTable.Col source="startDate" field={DateField} />
        <DataTable.Col source="endDate" field={DateField} />
        <DataTable.Col source="organiser" disableSort cellSx={() => ({ whiteSpace: "normal" })} />
        <DataTable.Col source="venue" disableSort cellSx={() => ({ whiteSpace: "normal" })} />
        <DataTable.NumberCol source="hours" field={NumberField} disableSort />
        <DataTable.Col source="online" field={BooleanField} disableSort />
      </DataTable>
    </List>
  );
};
