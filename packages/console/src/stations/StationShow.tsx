import { ArrayField, BooleanField, DataTable, NumberField, Pagination, ReferenceManyField, Show, SimpleShowLayout, TextField } from "react-admin";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { Section, ShowActions } from "../common/crud";
import { DateField, Empty, FieldGrid, RecordLink } from "../common/fields";
import { EnumField, enumField } from "../common/inputs";

export const StationShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <FieldGrid>
        <EnumField enumName="StationKind" source="kind" />
        <RecordLink resource="stations" idSource="parentId" text={(r) => r.parent?.name} label="resources.stations.fields.parentId" />
        <RecordLink resource="districts" idSource="districtId" text={(r) => r.district?.name} label="resources.stations.fields.districtId" />
        <RecordLink resource="districts" idSource="townshipId" text={(r) => r.township?.name} label="resources.stations.fields.townshipId" />
        <TextField source="address" />
        <TextField source="contactPerson" />
        <TextField source="contactPhone" />
        <DateField source="openedOn" />
        <BooleanField source="isModel" />
        <NumberField source="modelYear" options={{ useGrouping: false }} />
        <BooleanField source="isIndustry" />
        <TextField source="industry" />
        <BooleanField source="active" />
      </FieldGrid>
      <Section title="resources.stations.sections.deputies" />
      <ArrayField source="deputies" label={false}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
          <DataTable.Col source="deputy.name" label="resources.stations.fields.deputies.deputyId">
            <RecordLink resource="deputies" idSource="deputyId" text={(r) => r.deputy?.name} />
          </DataTable.Col>
          <DataTable.Col source="role" label="resources.stations.fields.deputies.role" field={enumField("StationRole")} />
          <DataTable.Col source="fromDate" label="resources.stations.fields.deputies.fromDate" field={DateField} />
          <DataTable.Col source="toDate" label="resources.stations.fields.deputies.toDate" field={DateField} />
        </DataTable>
      </ArrayField>
      <Section title="resources.stations.sections.rooms" />
      <ArrayField source="rooms" label={false}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
          <DataTable.Col source="name" label="resources.stations.fields.name">
            <RecordLink resource="stations" idSource="id" text={(r) => r.name} />
          </DataTable.Col>
          <DataTable.Col source="address" label="resources.stations.fields.address" />
          <DataTable.Col source="contactPerson" label="resources.stations.fields.contactPerson" />
        </DataTable>
      </ArrayField>
      <Section title="resources.stations.sections.activities" />
      <ReferenceManyField reference="activities" target="stationId" label={false} perPage={10} pagination={<Pagination />} sort={{ field: "date", order: "DESC" }}>
        <DataTable bulkActionButtons={false} rowClick="show" empty={<Empty />}>
          <DataTable.Col source="title" label="resources.activities.fields.title" />
          <DataTable.Col source="kind" label="resources.activities.fields.kind" field={enumField("ActivityKind")} />
          <DataTable.Col source="date" label="resources.activities.fields.date" field={DateField} />
        </DataTable>
      </ReferenceManyField>
      <RecordHistory type="Station" label={false} />
    </SimpleShowLayout>
  </Show>
);
