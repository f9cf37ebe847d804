import { ArrayField, BooleanField, DataTable, Show, SimpleShowLayout, TextField } from "react-admin";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { OpinionsField } from "../opinions/OpinionsField";
import { Section, ShowActions } from "../common/crud";
import { DateField, Empty, FieldGrid, RecordLink } from "../common/fields";

export const MeetingShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <FieldGrid>
        <DateField source="startDate" />
        <DateField source="endDate" />
        <DateField source="forumDate" />
      </FieldGrid>
      <TextField source="notes" />
      <Section title="resources.meetings.sections.attendees" />
      <ArrayField source="attendees" label={false}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
          <DataTable.Col source="deputy.name" label="resources.meetings.fields.attendees.deputyId">
            <RecordLink resource="deputies" idSource="deputyId" text={(r) => r.deputy?.name} />
          </DataTable.Col>
          <DataTable.Col source="deputy.workUnit" label="resources.deputies.fields.workUnit" />
          <DataTable.Col source="atForum" label="resources.meetings.fields.attendees.atForum" field={BooleanField} />
        </DataTable>
      </ArrayField>
      <Section title="resources.meetings.sections.opinions" />
      <OpinionsField from="deputies" testId="meeting-opinions" />
      <RecordHistory type="Meeting" label={false} />
    </SimpleShowLayout>
  </Show>
);
