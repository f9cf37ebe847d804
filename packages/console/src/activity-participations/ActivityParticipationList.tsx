// Who took part in which duty activity (read-only; edited on the activity's form): each row is one
// person-time, the records behind the dashboard's and the yearly review's activity figures.
import { AutocompleteInput, DataTable, List, ReferenceInput } from "react-admin";
import { ReadOnlyListActions } from "../common/crud";
import { col, dateCol, listExporter, enumCol, enumText } from "../common/exporter";
import { DateField, RecordLink } from "../common/fields";
import { DeputyInput, EnumInput, enumField, toQuery } from "../common/inputs";

const filters = [
  <EnumInput key="area" enumName="ActivityArea" source="activity.area" alwaysOn />,
  <ReferenceInput key="activity" source="activityId" reference="activities" sort={{ field: "date", order: "DESC" }} alwaysOn>
    <AutocompleteInput optionText="title" filterToQuery={toQuery} sx={{ minWidth: 260 }} helperText={false} />
  </ReferenceInput>,
  <DeputyInput key="deputy" source="deputyId" alwaysOn />,
  <EnumInput key="role" enumName="ParticipationRole" source="role" />,
];

const exporter = listExporter("activityParticipations", [
  col("activityParticipations", "deputyId", (r) => r.deputy?.name),
  col("activityParticipations", "activityId", (r) => r.activity?.title),
  col("activityParticipations", "kind", (r) => enumText("ActivityKind", r.activity?.kind)),
  col("activityParticipations", "area", (r) => enumText("ActivityArea", r.activity?.area)),
  dateCol("activityParticipations", "date", (r) => r.activity?.date),
  enumCol("activityParticipations", "role", "ParticipationRole"),
]);

const ActivityDate = (_: { source?: string }) => <DateField source="activity.date" />;
const Kind = enumField("ActivityKind");
const Area = enumField("ActivityArea");

export const ActivityParticipationList = () => (
  <List filters={filters} actions={<ReadOnlyListActions />} sort={{ field: "id", order: "ASC" }} perPage={25} exporter={exporter}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="deputyId" disableSort>
        <RecordLink resource="deputies" idSource="deputyId" text={(r) => r.deputy?.name} />
      </DataTable.Col>
      <DataTable.Col source="activityId" disableSort cellSx={() => ({ whiteSpace: "normal" })}>
        <RecordLink resource="activities" idSource="activityId" text={(r) => r.activity?.title} />
      </DataTable.Col>
      <DataTable.Col source="kind" disableSort>
        <Kind source="activity.kind" />
      </DataTable.Col>
      <DataTable.Col source="area" disableSort>
        <Area source="activity.area" />
      </DataTable.Col>
      <DataTable.Col source="date" disableSort field={ActivityDate} />
      <DataTable.Col source="role" field={enumField("ParticipationRole")} />
    </DataTable>
  </List>
);
