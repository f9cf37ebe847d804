import { ArrayField, DataTable, NumberField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from "react-admin";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { Section, ShowActions } from "../common/crud";
import { DateField, Empty, FieldGrid, RecordLink } from "../common/fields";
import { EnumField, enumField } from "../common/inputs";

const PersonTimes = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <span>{`${(record?.participations ?? []).length} ${translate("app.person_times")}`}</span>;
};

export const ActivityShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <FieldGrid>
        <EnumField enumName="ActivityKind" source="kind" />
        <EnumField enumName="ActivityArea" source="area" />
        <DateField source="date" />
        <RecordLink resource="districts" idSource="districtId" text={(r) => r.district?.name} label="resources.activities.fields.districtId" />
        <RecordLink resource="stations" idSource="stationId" text={(r) => r.station?.name} label="resources.activities.fields.stationId" />
        <RecordLink resource="deputyGroups" idSource="groupId" text={(r) => r.group?.name} label="resources.activities.fields.groupId" />
        <RecordLink resource="measures" idSource="measureId" text={(r) => r.measure?.title} label="resources.activities.fields.measureId" />
        <NumberField source="suggestionsCount" />
        <PersonTimes label="resources.activities.fields.participant_count" />
      </FieldGrid>
      <TextField source="description" />
      <Section title="resources.activities.sections.participations" />
      <ArrayField source="participations" label={false}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
          <DataTable.Col source="deputy.name" label="resources.activities.fields.participations.deputyId">
            <RecordLink resource="deputies" idSource="deputyId" text={(r) => r.deputy?.name} />
          </DataTable.Col>
          <DataTable.Col source="deputy.workUnit" label="resources.deputies.fields.workUnit" />
          <DataTable.Col source="role" label="resources.activities.fields.participations.role" field={enumField("ParticipationRole")} />
        </DataTable>
      </ArrayField>
      <RecordHistory type="Activity" label={false} />
    </SimpleShowLayout>
  </Show>
);
