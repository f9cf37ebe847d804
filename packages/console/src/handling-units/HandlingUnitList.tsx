import { DataTable, List, SearchInput } from "react-admin";
import { ListActions, useBulkActions } from "../common/crud";
import { col, listExporter, enumCol } from "../common/exporter";
import { EnumInput, enumField } from "../common/inputs";

const filters = [<SearchInput key="q" source="q" alwaysOn />, <EnumInput key="kind" enumName="HandlingUnitKind" source="kind" alwaysOn />];

const exporter = listExporter("handlingUnits", [
  col("handlingUnits", "name"),
  enumCol("handlingUnits", "kind", "HandlingUnitKind"),
  col("handlingUnits", "contactPerson"),
  col("handlingUnits", "contactPhone"),
]);

export const HandlingUnitList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: "name", order: "ASC" }} exporter={exporter} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" field={enumField("HandlingUnitKind")} />
        <DataTable.Col source="contactPerson" disableSort />
        <DataTable.Col source="contactPhone" disableSort />
      </DataTable>
    </List>
  );
};
