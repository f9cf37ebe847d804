import { ArrayField, DataTable, Pagination, ReferenceManyField, Show, TabbedShowLayout, TextField } from "react-admin";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { ShowActions } from "../common/crud";
import { DutyRecordTab } from "../duty-records/DutyRecordTab";
import { DeputyActivitiesField, DeputyStationsField, DeputyTrainingsField } from "./DeputyRecordFields";
import { DateField, Empty, FieldGrid } from "../common/fields";
import { EnumField, enumField } from "../common/inputs";

const proposalColumns = [
  <DataTable.Col key="n" source="number" label="resources.proposals.fields.number" />,
  <DataTable.Col key="t" source="title" label="resources.proposals.fields.title" />,
  <DataTable.Col key="c" source="category" label="resources.proposals.fields.category" field={enumField("ProposalCategory")} />,
  <DataTable.Col key="s" source="status" label="resources.proposals.fields.status" field={enumField("ProposalStatus")} />,
  <DataTable.Col key="d" source="submittedAt" label="resources.proposals.fields.submittedAt" field={DateField} />,
];

export const DeputyShow = () => (
  <Show actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.deputies.sections.basic">
        <FieldGrid>
          <TextField source="name" />
          <EnumField enumName="Gender" source="gender" />
          <TextField source="ethnicity" />
          <DateField source="birthDate" />
          <EnumField enumName="PoliticalAffiliation" source="politicalAffiliation" />
          <EnumField enumName="Education" source="education" />
          <EnumField enumName="OccupationSector" source="occupationSector" />
          <TextField source="jobTitle" />
          <TextField source="workUnit" />
          <TextField source="phone" />
          <TextField source="idCard" />
        </FieldGrid>
        <TextField source="notes" />
        <ArrayField source="mandates" label="resources.deputies.sections.mandates">
          <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
            <DataTable.Col source="level" label="resources.deputies.fields.mandates.level" field={enumField("MandateLevel")} />
            <DataTable.Col source="congressTerm" label="resources.deputies.fields.mandates.congressTerm" />
            <DataTable.Col source="district.name" label="resources.deputies.fields.mandates.districtId" />
            <DataTable.Col source="electoralUnit" label="resources.deputies.fields.mandates.electoralUnit" />
            <DataTable.Col source="startDate" label="resources.deputies.fields.mandates.startDate" field={DateField} />
            <DataTable.Col source="endDate" label="resources.deputies.fields.mandates.endDate" field={DateField} />
            <DataTable.Col source="endReason" label="resources.deputies.fields.mandates.endReason" field={enumField("MandateEndReason")} />
          </DataTable>
        </ArrayField>
        <RecordHistory type="Deputy" label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.deputies.sections.trainings" path="trainings">
        <DeputyTrainingsField />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.deputies.sections.stations" path="stations">
        <DeputyStationsField />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.deputies.sections.proposals" path="proposals">
        <ReferenceManyField reference="proposals" target="leadDeputyId" label={false} perPage={10} pagination={<Pagination />} sort={{ field: "submittedAt", order: "DESC" }}>
          <DataTable bulkActionButtons={false} rowClick="show" empty={<Empty />}>
            {proposalColumns}
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.deputies.sections.cosigned" path="cosigned">
        <ReferenceManyField reference="proposals" target="cosigner.deputyId" label={false} perPage={10} pagination={<Pagination />} sort={{ field: "submittedAt", order: "DESC" }}>
          <DataTable bulkActionButtons={false} rowClick="show" empty={<Empty />}>
            {proposalColumns}
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.deputies.sections.activities" path="activities">
        <DeputyActivitiesField />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="duty.tab" path="duty">
        <DutyRecordTab />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
