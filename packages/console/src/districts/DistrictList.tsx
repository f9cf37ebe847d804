import { DataTable, List, SearchInput } from "react-admin";
import { ListActions, useBulkActions } from "../common/crud";
import { col, listExporter, enumCol } from "../common/exporter";
import { RecordLink } from "../common/fields";
import { DistrictInput, EnumInput, enumField } from "../common/inputs";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="level" enumName="DistrictLevel" source="level" alwaysOn />,
  <DistrictInput key="parentId" source="parentId" level="COUNTY" />,
];

const exporter = listExporter("districts", [
  col("districts", "name"),
  col("districts", "code"),
  enumCol("districts", "level", "DistrictLevel"),
  col("districts", "parentId", (r) => r.parent?.name),
]);

export const DistrictList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: "code", order: "ASC" }} exporter={exporter} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="name" />
        <DataTable.Col source="code" />
        <DataTable.Col source="level" field={enumField("DistrictLevel")} />
        <DataTable.Col source="parentId" disableSort>
          <RecordLink resource="districts" idSource="parentId" text={(r) => r.parent?.name} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
