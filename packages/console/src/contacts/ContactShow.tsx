import { ArrayField, DataTable, Show, SimpleShowLayout, TextField } from "react-admin";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { OpinionsField } from "../opinions/OpinionsField";
import { Section, ShowActions } from "../common/crud";
import { DateField, Empty, FieldGrid, RecordLink } from "../common/fields";
import { EnumField } from "../common/inputs";

export const ContactShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <FieldGrid>
        <DateField source="date" />
        <EnumField enumName="ContactWay" source="way" />
        <EnumField enumName="ContactBy" source="by" />
        <TextField source="memberName" />
        <RecordLink resource="committees" idSource="committeeId" text={(r) => r.committee?.name} label="resources.contacts.fields.committeeId" />
      </FieldGrid>
      <TextField source="notes" />
      <Section title="resources.contacts.sections.deputies" />
      <ArrayField source="deputies" label={false}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
          <DataTable.Col source="deputy.name" label="resources.contacts.fields.deputies.deputyId">
            <RecordLink resource="deputies" idSource="deputyId" text={(r) => r.deputy?.name} />
          </DataTable.Col>
          <DataTable.Col source="deputy.workUnit" label="resources.deputies.fields.workUnit" />
        </DataTable>
      </ArrayField>
      <Section title="resources.contacts.sections.opinions" />
      <OpinionsField from="deputies" testId="contact-opinions" />
      <RecordHistory type="Contact" label={false} />
    </SimpleShowLayout>
  </Show>
);
