import { DataTable, NumberField, Pagination, ReferenceManyField, Show, SimpleShowLayout, TextField } from "react-admin";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { Section, ShowActions } from "../common/crud";
import { DateField, Empty, FieldGrid, RecordLink } from "../common/fields";
import { EnumField, enumField } from "../common/inputs";
import { MeasureProgress } from "./MeasureProgress";

export const MeasureShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <FieldGrid>
        <NumberField source="year" options={{ useGrouping: false }} />
        <NumberField source="number" />
        <EnumField enumName="ActivityArea" source="area" />
        <RecordLink resource="committees" idSource="committeeId" text={(r) => r.committee?.name} label="resources.measures.fields.committeeId" />
      </FieldGrid>
      <TextField source="description" />
      <MeasureProgress label={false} />
      <Section title="resources.measures.sections.activities" />
      <ReferenceManyField reference="activities" target="measureId" label={false} perPage={10} pagination={<Pagination />} sort={{ field: "date", order: "DESC" }}>
        <DataTable bulkActionButtons={false} rowClick="show" empty={<Empty />}>
          <DataTable.Col source="title" label="resources.activities.fields.title" />
          <DataTable.Col source="kind" label="resources.activities.fields.kind" field={enumField("ActivityKind")} />
          <DataTable.Col source="date" label="resources.activities.fields.date" field={DateField} />
          <DataTable.NumberCol source="suggestionsCount" label="resources.activities.fields.suggestionsCount" field={NumberField} />
        </DataTable>
      </ReferenceManyField>
      <RecordHistory type="Measure" label={false} />
    </SimpleShowLayout>
  </Show>
);
