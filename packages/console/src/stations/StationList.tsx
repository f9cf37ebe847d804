import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput } from "react-admin";
import { ListActions, useBulkActions } from "../common/crud";
import { ImportButton } from "../imports";
import { col, dateCol, listExporter, enumCol } from "../common/exporter";
import { RecordLink } from "../common/fields";
import { DistrictInput, EnumInput, enumField } from "../common/inputs";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="kind" enumName="StationKind" source="kind" alwaysOn />,
  <DistrictInput key="district" source="districtId" level="COUNTY" alwaysOn />,
  <NullableBooleanInput key="model" source="isModel" alwaysOn />,
  <NullableBooleanInput key="industry" source="isIndustry" />,
  <NullableBooleanInput key="active" source="active" />,
];

const exporter = listExporter("stations", [
  col("stations", "name"),
  enumCol("stations", "kind", "StationKind"),
  col("stations", "parentId", (r) => r.parent?.name),
  col("stations", "districtId", (r) => r.district?.name),
  col("stations", "townshipId", (r) => r.township?.name),
  col("stations", "address"),
  col("stations", "contactPerson"),
  col("stations", "contactPhone"),
  col("stations", "isModel"),
  col("stations", "modelYear"),
  col("stations", "isIndustry"),
  col("stations", "industry"),
  dateCol("stations", "openedOn"),
  col("stations", "active"),
]);

export const StationList = () => {
  const bulkActions = useBulkActions();
  return (
    <List
      filters={filters}
      actions={
        <ListActions>
          <ImportButton />
          <ImportButton resource="stationDeputies" />
        </ListActions>
      }
      sort={{ field: "name", order: "ASC" }} exporter={exporter} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="name" cellSx={() => ({ whiteSpace: "normal" })} />
        <DataTable.Col source="kind" field={enumField("StationKind")} />
        <DataTable.Col source="districtId" disableSort>
          <RecordLink resource="districts" idSource="districtId" text={(r) => r.district?.name} />
        </DataTable.Col>
        <DataTable.Col source="townshipId" disableSort>
          <RecordLink resource="districts" idSource="townshipId" text={(r) => r.township?.name} />
        </DataTable.Col>
        <DataTable.Col source="parentId" disableSort cellSx={() => ({ whiteSpace: "normal" })}>
          <RecordLink resource="stations" idSource="parentId" text={(r) => r.parent?.name} />
        </DataTable.Col>
        <DataTable.Col source="isModel" field={BooleanField} disableSort />
        <DataTable.Col source="isIndustry" field={BooleanField} disableSort />
        <DataTable.Col source="contactPerson" disableSort />
        <DataTable.Col source="active" field={BooleanField} disableSort />
      </DataTable>
    </List>
  );
};
