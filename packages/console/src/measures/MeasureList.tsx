import { DataTable, List, SearchInput } from "react-admin";
import { CommitteeInput } from "../committees/CommitteeInput";
import { ListActions, useBulkActions } from "../common/crud";
import { RecordLink } from "../common/fields";
import { EnumInput, enumField, YearInput } from "../common/inputs";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <YearInput key="year" source="year" alwaysOn />,
  <EnumInput key="area" enumName="ActivityArea" source="area" alwaysOn />,
  <CommitteeInput key="committee" source="committeeId" />,
];

export const MeasureList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: "year", order: "DESC" }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="year" />
        <DataTable.Col source="number" />
        <DataTable.Col source="title" cellSx={() => ({ whiteSpace: "normal", minWidth: 240 })} />
        <DataTable.Col source="area" field={enumField("ActivityArea")} />
        <DataTable.Col source="committeeId" disableSort>
          <RecordLink resource="committees" idSource="committeeId" text={(r) => r.committee?.name} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
