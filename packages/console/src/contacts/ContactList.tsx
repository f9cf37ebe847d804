import { DataTable, List, SearchInput } from "react-admin";
import { CommitteeInput } from "../committees/CommitteeInput";
import { ListActions, useBulkActions } from "../common/crud";
import { col, dateCol, enumCol, listExporter } from "../common/exporter";
import { DateField, RecordLink } from "../common/fields";
import { DeputyInput, EnumInput, enumField, YearInput } from "../common/inputs";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <YearInput key="year" source="date_year" alwaysOn />,
  <EnumInput key="by" enumName="ContactBy" source="by" alwaysOn />,
  <EnumInput key="way" enumName="ContactWay" source="way" alwaysOn />,
  <CommitteeInput key="committee" source="committeeId" />,
  <DeputyInput key="deputy" source="deputy.deputyId" />,
];

const exporter = listExporter("contacts", [
  dateCol("contacts", "date"),
  enumCol("contacts", "by", "ContactBy"),
  col("contacts", "memberName"),
  col("contacts", "committeeId", (r) => r.committee?.name),
  enumCol("contacts", "way", "ContactWay"),
  { header: "resources.contacts.sections.deputies", value: (r) => (r.deputies ?? []).map((d: { deputy?: { name: string } }) => d.deputy?.name) },
]);

export const ContactList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: "date", order: "DESC" }} exporter={exporter} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="date" field={DateField} />
        <DataTable.Col source="by" field={enumField("ContactBy")} />
        <DataTable.Col source="memberName" />
        <DataTable.Col source="committeeId" disableSort>
          <RecordLink resource="committees" idSource="committeeId" text={(r) => r.committee?.name} />
        </DataTable.Col>
        <DataTable.Col source="way" field={enumField("ContactWay")} />
        <DataTable.Col source="deputies" disableSort render={(r) => (r.deputies ?? []).map((d: { deputy?: { name: string } }) => d.deputy?.name).join("、")} />
      </DataTable>
    </List>
  );
};
