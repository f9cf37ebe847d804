import { DataTable, List, NumberField, SearchInput } from "react-admin";
import { ListActions, useBulkActions } from "../common/crud";
import { ImportButton } from "../imports";
import { col, dateCol, listExporter, enumCol } from "../common/exporter";
import { DateField, RecordLink } from "../common/fields";
import { DeputyGroupInput } from "../deputy-groups/DeputyGroupInput";
import { MeasureInput } from "../measures/MeasureInput";
import { DeputyInput, DistrictInput, EnumInput, enumField, StationInput, YearInput } from "../common/inputs";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <YearInput key="year" source="date_year" alwaysOn />,
  <EnumInput key="area" enumName="ActivityArea" source="area" alwaysOn />,
  <EnumInput key="kind" enumName="ActivityKind" source="kind" alwaysOn />,
  <DistrictInput key="district" source="districtId" level="COUNTY" />,
  <StationInput key="station" source="stationId" />,
  <DeputyInput key="deputy" source="participation.deputyId" />,
  <DeputyGroupInput key="group" source="groupId" />,
  <MeasureInput key="measure" source="measureId" />,
];

const exporter = listExporter("activities", [
  col("activities", "title"),
  enumCol("activities", "kind", "ActivityKind"),
  enumCol("activities", "area", "ActivityArea"),
  dateCol("activities", "date"),
  col("activities", "districtId", (r) => r.district?.name),
  col("activities", "stationId", (r) => r.station?.name),
  col("activities", "suggestionsCount"),
]);

export const ActivityList = () => {
  const bulkActions = useBulkActions();
  return (
    <List
      filters={filters}
      actions={
        <ListActions>
          <ImportButton resource="activityParticipations" />
        </ListActions>
      }
      sort={{ field: "date", order: "DESC" }} exporter={exporter} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="title" cellSx={() => ({ whiteSpace: "normal", minWidth: 240 })} />
        <DataTable.Col source="kind" field={enumField("ActivityKind")} />
        <DataTable.Col source="area" field={enumField("ActivityArea")} />
        <DataTable.Col source="date" field={DateField} />
        <DataTable.Col source="districtId" disableSort>
          <RecordLink resource="districts" idSource="districtId" text={(r) => r.district?.name} />
        </DataTable.Col>
        <DataTable.Col source="stationId" disableSort cellSx={() => ({ whiteSpace: "normal" })}>
          <RecordLink resource="stations" idSource="stationId" text={(r) => r.station?.name} />
        </DataTable.Col>
        <DataTable.Col source="measureId" disableSort cellSx={() => ({ whiteSpace: "normal" })}>
          <RecordLink resource="measures" idSource="measureId" text={(r) => r.measure?.title} />
        </DataTable.Col>
        <DataTable.NumberCol source="suggestionsCount" field={NumberField} />
      </DataTable>
    </List>
  );
};
