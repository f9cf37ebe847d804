import { ArrayField, DataTable, Pagination, ReferenceManyField, Show, SimpleShowLayout, TextField } from "react-admin";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { Section, ShowActions } from "../common/crud";
import { DateField, Empty, FieldGrid, RecordLink } from "../common/fields";
import { EnumField, enumField } from "../common/inputs";

export const DeputyGroupShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <FieldGrid>
        <EnumField enumName="GroupKind" source="kind" />
        <RecordLink resource="districts" idSource="districtId" text={(r) => r.district?.name} label="resources.deputyGroups.fields.districtId" />
        <EnumField enumName="OccupationSector" source="sector" />
      </FieldGrid>
      <TextField source="description" />
      <Section title="resources.deputyGroups.sections.members" />
      <ArrayField source="members" label={false}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
          <DataTable.Col source="deputy.name" label="resources.deputyGroups.fields.members.deputyId">
            <RecordLink resource="deputies" idSource="deputyId" text={(r) => r.deputy?.name} />
          </DataTable.Col>
          <DataTable.Col source="deputy.workUnit" label="resources.deputies.fields.workUnit" />
          <DataTable.Col source="role" label="resources.deputyGroups.fields.members.role" field={enumField("GroupRole")} />
        </DataTable>
      </ArrayField>
      <Section title="resources.deputyGroups.sections.activities" />
      <ReferenceManyField reference="activities" target="groupId" label={false} perPage={10} pagination={<Pagination />} sort={{ field: "date", order: "DESC" }}>
        <DataTable bulkActionButtons={false} rowClick="show" empty={<Empty />}>
          <DataTable.Col source="title" label="resources.activities.fields.title" />
          <DataTable.Col source="kind" label="resources.activities.fields.kind" field={enumField("ActivityKind")} />
          <DataTable.Col source="date" label="resources.activities.fields.date" field={DateField} />
        </DataTable>
      </ReferenceManyField>
      <RecordHistory type="DeputyGroup" label={false} />
    </SimpleShowLayout>
  </Show>
);
