// A deputy's trainings, stations and duty activities as tables: on the deputy's page (all of them)
// and on the duty record (those of a year). Each reads the list of the record in context.
import { ArrayField, DataTable, NumberField } from "react-admin";
import { DateField, Empty, RecordLink } from "../common/fields";
import { enumField } from "../common/inputs";

export const DeputyTrainingsField = () => (
  <ArrayField source="trainings" label={false}>
    <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
      <DataTable.Col source="training.title" label="resources.trainings.fields.title">
        <RecordLink resource="trainings" idSource="trainingId" text={(r) => r.training?.title} />
      </DataTable.Col>
      <DataTable.Col source="training.form" label="resources.trainings.fields.form" field={enumField("TrainingForm")} />
      <DataTable.Col source="training.startDate" label="resources.trainings.fields.startDate" field={DateField} />
      <DataTable.Col source="status" label="resources.trainings.fields.attendances.status" field={enumField("AttendanceStatus")} />
      <DataTable.Col source="hours" label="resources.trainings.fields.attendances.hours" field={NumberField} />
    </DataTable>
  </ArrayField>
);

export const DeputyStationsField = () => (
  <ArrayField source="stations" label={false}>
    <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
      <DataTable.Col source="station.name" label="resources.stations.fields.name">
        <RecordLink resource="stations" idSource="stationId" text={(r) => r.station?.name} />
      </DataTable.Col>
      <DataTable.Col source="station.kind" label="resources.stations.fields.kind" field={enumField("StationKind")} />
      <DataTable.Col source="role" label="resources.stations.fields.deputies.role" field={enumField("StationRole")} />
      <DataTable.Col source="fromDate" label="resources.stations.fields.deputies.fromDate" field={DateField} />
      <DataTable.Col source="toDate" label="resources.stations.fields.deputies.toDate" field={DateField} />
    </DataTable>
  </ArrayField>
);

export const DeputyActivitiesField = () => (
  <ArrayField source="activities" label={false}>
    <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
      <DataTable.Col source="activity.title" label="resources.activities.fields.title">
        <RecordLink resource="activities" idSource="activityId" text={(r) => r.activity?.title} />
      </DataTable.Col>
      <DataTable.Col source="activity.kind" label="resources.activities.fields.kind" field={enumField("ActivityKind")} />
      <DataTable.Col source="activity.date" label="resources.activities.fields.date" field={DateField} />
      <DataTable.Col source="role" label="resources.activities.fields.participations.role" field={enumField("ParticipationRole")} />
    </DataTable>
  </ArrayField>
);
