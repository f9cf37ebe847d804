import { ArrayInput, DateInput, minValue, NumberInput, required, SimpleFormIterator, TextInput } from "react-admin";
import { AddDeputiesButton } from "../common/AddDeputiesButton";
import { DeputyCell } from "../common/DeputyCell";
import { Row, Section } from "../common/crud";
import { DeputyGroupInput } from "../deputy-groups/DeputyGroupInput";
import { MeasureInput } from "../measures/MeasureInput";
import { DistrictInput, EnumInput, StationInput } from "../common/inputs";

export const ActivityInputs = () => (
  <>
    <Section title="resources.activities.sections.basic" />
    <TextInput source="title" validate={required()} fullWidth />
    <Row>
      <EnumInput enumName="ActivityKind" source="kind" validate={required()} />
      <EnumInput enumName="ActivityArea" source="area" validate={required()} />
      <DateInput source="date" validate={required()} />
      <NumberInput source="suggestionsCount" validate={minValue(0)} />
    </Row>
    <Row>
      <DistrictInput source="districtId" level="COUNTY" />
      <StationInput source="stationId" />
    </Row>
    <Row>
      <DeputyGroupInput source="groupId" />
      <MeasureInput source="measureId" />
    </Row>
    <TextInput source="description" multiline minRows={2} fullWidth />
    <Section title="resources.activities.sections.participations" />
    <ArrayInput source="participations" label={false}>
      <>
        <SimpleFormIterator inline disableReordering>
          <DeputyCell />
          <EnumInput enumName="ParticipationRole" source="role" helperText={false} sx={{ width: 140 }} />
        </SimpleFormIterator>
        <AddDeputiesButton arraySource="participations" defaults={{ role: "PARTICIPANT" }} />
      </>
    </ArrayInput>
  </>
);
