import { DataTable, List, SearchInput } from "react-admin";
import { ListActions, useBulkActions } from "../common/crud";

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const SavedQueryList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: "name", order: "ASC" }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="name" />
        <DataTable.Col source="title" />
        <DataTable.Col source="maxAge" />
      </DataTable>
    </List>
  );
};
