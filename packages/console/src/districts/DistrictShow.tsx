import { ArrayField, DataTable, Labeled, Pagination, ReferenceManyField, Show, SimpleShowLayout, TextField } from "react-admin";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { Section, ShowActions } from "../common/crud";
import { Empty, MandateChips, RecordLink } from "../common/fields";
import { EnumField, enumField } from "../common/inputs";

export const DistrictShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="code" />
      <EnumField enumName="DistrictLevel" source="level" />
      <Labeled source="parentId">
        <RecordLink resource="districts" idSource="parentId" text={(r) => r.parent?.name} />
      </Labeled>
      <Section title="resources.districts.sections.townships" />
      <ArrayField source="children" label={false}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
          <DataTable.Col source="name" label="resources.districts.fields.name">
            <RecordLink resource="districts" idSource="id" text={(r) => r.name} />
          </DataTable.Col>
          <DataTable.Col source="code" label="resources.districts.fields.code" />
        </DataTable>
      </ArrayField>
      <Section title="resources.districts.sections.stations" />
      <ReferenceManyField reference="stations" target="districtId" label={false} perPage={10} pagination={<Pagination />} sort={{ field: "name", order: "ASC" }}>
        <DataTable bulkActionButtons={false} rowClick="show" empty={<Empty />}>
          <DataTable.Col source="name" label="resources.stations.fields.name" />
          <DataTable.Col source="kind" label="resources.stations.fields.kind" field={enumField("StationKind")} />
          <DataTable.Col source="address" label="resources.stations.fields.address" />
        </DataTable>
      </ReferenceManyField>
      <Section title="resources.districts.sections.deputies" />
      <ReferenceManyField reference="deputies" target="mandate.districtId" label={false} perPage={10} pagination={<Pagination />} sort={{ field: "name", order: "ASC" }}>
        <DataTable bulkActionButtons={false} rowClick="show" empty={<Empty />}>
          <DataTable.Col source="name" label="resources.deputies.fields.name" />
          <DataTable.Col source="gender" label="resources.deputies.fields.gender" field={enumField("Gender")} />
          <DataTable.Col source="ethnicity" label="resources.deputies.fields.ethnicity" />
          <DataTable.Col label="resources.deputies.sections.current_mandates" disableSort>
            <MandateChips />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <RecordHistory type="District" label={false} />
    </SimpleShowLayout>
  </Show>
);
