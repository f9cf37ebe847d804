import { ArrayField, DataTable, NumberField, Show, SimpleShowLayout, TextField } from "react-admin";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { OpinionsField } from "../opinions/OpinionsField";
import { Section, ShowActions } from "../common/crud";
import { DateField, Empty, FieldGrid, RecordLink } from "../common/fields";
import { EnumField } from "../common/inputs";

export const ReceptionShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <FieldGrid>
        <DateField source="date" />
        <EnumField enumName="ReceptionWay" source="way" />
        <RecordLink resource="stations" idSource="stationId" text={(r) => r.station?.name} label="resources.receptions.fields.stationId" />
        <RecordLink resource="districts" idSource="districtId" text={(r) => r.district?.name} label="resources.receptions.fields.districtId" />
        <NumberField source="constituentsCount" />
      </FieldGrid>
      <TextField source="subject" />
      <TextField source="notes" />
      <Section title="resources.receptions.sections.deputies" />
      <ArrayField source="deputies" label={false}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
          <DataTable.Col source="deputy.name" label="resources.receptions.fields.deputies.deputyId">
            <RecordLink resource="deputies" idSource="deputyId" text={(r) => r.deputy?.name} />
          </DataTable.Col>
          <DataTable.Col source="deputy.workUnit" label="resources.deputies.fields.workUnit" />
        </DataTable>
      </ArrayField>
      <Section title="resources.receptions.sections.opinions" />
      <OpinionsField from="constituents" testId="reception-opinions" />
      <RecordHistory type="Reception" label={false} />
    </SimpleShowLayout>
  </Show>
);
