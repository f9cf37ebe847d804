import { DataTable, Pagination, ReferenceManyField, Show, SimpleShowLayout, TextField } from "react-admin";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { Section, ShowActions } from "../common/crud";
import { DateField, Empty, FieldGrid } from "../common/fields";
import { EnumField, enumField } from "../common/inputs";

export const CommitteeShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <FieldGrid>
        <TextField source="name" />
        <EnumField enumName="CommitteeKind" source="kind" />
      </FieldGrid>
      <Section title="resources.committees.sections.measures" />
      <ReferenceManyField reference="measures" target="committeeId" label={false} perPage={20} pagination={<Pagination />} sort={{ field: "year", order: "DESC" }}>
        <DataTable bulkActionButtons={false} rowClick="show" empty={<Empty />}>
          <DataTable.Col source="year" label="resources.measures.fields.year" />
          <DataTable.Col source="number" label="resources.measures.fields.number" />
          <DataTable.Col source="title" label="resources.measures.fields.title" />
        </DataTable>
      </ReferenceManyField>
      <Section title="resources.committees.sections.contacts" />
      <ReferenceManyField reference="contacts" target="committeeId" label={false} perPage={10} pagination={<Pagination />} sort={{ field: "date", order: "DESC" }}>
        <DataTable bulkActionButtons={false} rowClick="show" empty={<Empty />}>
          <DataTable.Col source="date" label="resources.contacts.fields.date" field={DateField} />
          <DataTable.Col source="way" label="resources.contacts.fields.way" field={enumField("ContactWay")} />
          <DataTable.Col source="notes" label="resources.contacts.fields.notes" />
        </DataTable>
      </ReferenceManyField>
      <RecordHistory type="Committee" label={false} />
    </SimpleShowLayout>
  </Show>
);
