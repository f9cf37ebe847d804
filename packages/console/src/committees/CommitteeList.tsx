import { DataTable, List, SearchInput } from "react-admin";
import { ListActions, useBulkActions } from "../common/crud";
import { col, enumCol, listExporter } from "../common/exporter";
import { EnumInput, enumField } from "../common/inputs";

const filters = [<SearchInput key="q" source="q" alwaysOn />, <EnumInput key="kind" enumName="CommitteeKind" source="kind" alwaysOn />];

const exporter = listExporter("committees", [col("committees", "name"), enumCol("committees", "kind", "CommitteeKind")]);

export const CommitteeList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: "name", order: "ASC" }} exporter={exporter} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" field={enumField("CommitteeKind")} />
      </DataTable>
    </List>
  );
};
