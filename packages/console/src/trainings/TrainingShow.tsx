import { ArrayField, BooleanField, DataTable, NumberField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from "react-admin";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { Section, ShowActions } from "../common/crud";
import { DateField, Empty, FieldGrid, RecordLink } from "../common/fields";
import { EnumField, enumField } from "../common/inputs";

const AttendeeCount = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const n = (record?.attendances ?? []).length;
  return <span>{`${n} ${translate("app.people")}`}</span>;
};

export const TrainingShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <FieldGrid>
        <EnumField enumName="TrainingForm" source="form" />
        <TextField source="organiser" />
        <TextField source="venue" />
        <DateField source="startDate" />
        <DateField source="endDate" />
        <NumberField source="hours" />
        <BooleanField source="online" />
        <AttendeeCount label="resources.trainings.fields.attendee_count" />
      </FieldGrid>
      <TextField source="description" />
      <Section title="resources.trainings.sections.attendances" />
      <ArrayField source="attendances" label={false}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
          <DataTable.Col source="deputy.name" label="resources.trainings.fields.attendances.deputyId">
            <RecordLink resource="deputies" idSource="deputyId" text={(r) => r.deputy?.name} />
          </DataTable.Col>
          <DataTable.Col source="deputy.workUnit" label="resources.deputies.fields.workUnit" />
          <DataTable.Col source="status" label="resources.trainings.fields.attendances.status" field={enumField("AttendanceStatus")} />
          <DataTable.NumberCol source="hours" label="resources.trainings.fields.attendances.hours" />
        </DataTable>
      </ArrayField>
      <RecordHistory type="Training" label={false} />
    </SimpleShowLayout>
  </Show>
);
