import { DataTable, List, NumberField, SearchInput } from "react-admin";
import { ListActions, useBulkActions } from "../common/crud";
import { ImportButton } from "../imports";
import { col, dateCol, listExporter, enumCol } from "../common/exporter";
import { DateField, RecordLink } from "../common/fields";
import { DeputyInput, DistrictInput, EnumInput, enumField, StationInput, YearInput } from "../common/inputs";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <YearInput key="year" source="date_year" alwaysOn />,
  <EnumInput key="way" enumName="ReceptionWay" source="way" alwaysOn />,
  <StationInput key="station" source="stationId" />,
  <DistrictInput key="district" source="districtId" level="COUNTY" />,
  <DeputyInput key="deputy" source="deputy.deputyId" />,
];

const exporter = listExporter("receptions", [
  dateCol("receptions", "date"),
  enumCol("receptions", "way", "ReceptionWay"),
  col("receptions", "stationId", (r) => r.station?.name),
  col("receptions", "districtId", (r) => r.district?.name),
  col("receptions", "constituentsCount"),
  col("receptions", "subject"),
]);

export const ReceptionList = () => {
  const bulkActions = useBulkActions();
  return (
    <List
      filters={filters}
      actions={
        <ListActions>
          <ImportButton />
        </ListActions>
      }
      sort={{ field: "date", order: "DESC" }} exporter={exporter} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="date" field={DateField} />
        <DataTable.Col source="way" field={enumField("ReceptionWay")} />
        <DataTable.Col source="stationId" disableSort cellSx={() => ({ whiteSpace: "normal" })}>
          <RecordLink resource="stations" idSource="stationId" text={(r) => r.station?.name} />
        </DataTable.Col>
        <DataTable.Col source="districtId" disableSort>
          <RecordLink resource="districts" idSource="districtId" text={(r) => r.district?.name} />
        </DataTable.Col>
        <DataTable.Col source="subject" disableSort cellSx={() => ({ whiteSpace: "normal", minWidth: 200 })} />
        <DataTable.NumberCol source="constituentsCount" field={NumberField} />
      </DataTable>
    </List>
  );
};
