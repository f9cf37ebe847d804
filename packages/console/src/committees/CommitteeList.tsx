import { DataTable, List, SearchInput } from "react-admin";
import { ListActions, useBulkActions } from "../common/crud";
import { EnumInput, enumField } from "../common/inputs";

const filters = [<SearchInput key="q" source="q" alwaysOn />, <EnumInput key="kind" enumName="CommitteeKind" source="kind" alwaysOn />];

export const CommitteeList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: "name", order: "ASC" }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" field={enumField("CommitteeKind")} />
      </DataTable>
    </List>
  );
};
