import { DataTable, List, SearchInput } from "react-admin";
import { ListActions, useBulkActions } from "../common/crud";
import { col, dateCol, listExporter, enumCol } from "../common/exporter";
import { DateField, RecordLink } from "../common/fields";
import { EnumInput, enumField, HandlingUnitInput, YearInput } from "../common/inputs";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <YearInput key="year" source="raisedOn_year" alwaysOn />,
  <EnumInput key="status" enumName="OpinionStatus" source="status" alwaysOn />,
  <EnumInput key="category" enumName="ProposalCategory" source="category" alwaysOn />,
  <HandlingUnitInput key="unit" source="unitId" />,
];

const exporter = listExporter("opinions", [
  dateCol("opinions", "raisedOn"),
  col("opinions", "content"),
  enumCol("opinions", "category", "ProposalCategory"),
  enumCol("opinions", "status", "OpinionStatus"),
  col("opinions", "unitId", (r) => r.unit?.name),
  dateCol("opinions", "resolvedOn"),
]);

export const OpinionList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} actions={<ListActions create={false} />} sort={{ field: "raisedOn", order: "DESC" }} exporter={exporter} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="raisedOn" field={DateField} />
        <DataTable.Col source="content" disableSort cellSx={() => ({ whiteSpace: "normal", minWidth: 280 })} />
        <DataTable.Col source="category" field={enumField("ProposalCategory")} />
        <DataTable.Col source="status" field={enumField("OpinionStatus")} />
        <DataTable.Col source="unitId" disableSort>
          <RecordLink resource="handlingUnits" idSource="unitId" text={(r) => r.unit?.name} />
        </DataTable.Col>
        <DataTable.Col source="resolvedOn" field={DateField} />
      </DataTable>
    </List>
  );
};
