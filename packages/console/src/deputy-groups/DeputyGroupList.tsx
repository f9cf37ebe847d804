import { DataTable, List, SearchInput } from "react-admin";
import { ListActions, useBulkActions } from "../common/crud";
import { col, enumCol, listExporter } from "../common/exporter";
import { RecordLink } from "../common/fields";
import { DeputyInput, DistrictInput, EnumInput, enumField } from "../common/inputs";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="kind" enumName="GroupKind" source="kind" alwaysOn />,
  <DistrictInput key="district" source="districtId" level="COUNTY" alwaysOn />,
  <EnumInput key="sector" enumName="OccupationSector" source="sector" />,
  <DeputyInput key="deputy" source="member.deputyId" />,
];

const exporter = listExporter("deputyGroups", [
  col("deputyGroups", "name"),
  enumCol("deputyGroups", "kind", "GroupKind"),
  col("deputyGroups", "districtId", (r) => r.district?.name),
  enumCol("deputyGroups", "sector", "OccupationSector"),
]);

export const DeputyGroupList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: "name", order: "ASC" }} exporter={exporter} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" field={enumField("GroupKind")} />
        <DataTable.Col source="districtId" disableSort>
          <RecordLink resource="districts" idSource="districtId" text={(r) => r.district?.name} />
        </DataTable.Col>
        <DataTable.Col source="sector" field={enumField("OccupationSector")} />
      </DataTable>
    </List>
  );
};
