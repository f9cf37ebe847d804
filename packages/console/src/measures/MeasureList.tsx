import { DataTable, List, SearchInput } from "react-admin";
import { CommitteeInput } from "../committees/CommitteeInput";
import { ListActions, useBulkActions } from "../common/crud";
import { col, enumCol, listExporter } from "../common/exporter";
import { RecordLink } from "../common/fields";
import { EnumInput, enumField, YearInput } from "../common/inputs";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <YearInput key="year" source="year" alwaysOn />,
  <EnumInput key="area" enumName="ActivityArea" source="area" alwaysOn />,
  <CommitteeInput key="committee" source="committeeId" />,
];

const exporter = listExporter("measures", [
  col("measures", "year"),
  col("measures", "number"),
  col("measures", "title"),
  enumCol("measures", "area", "ActivityArea"),
  col("measures", "committeeId", (r) => r.committee?.name),
]);

export const MeasureList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: "year", order: "DESC" }} exporter={exporter} perPage={25}>
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
