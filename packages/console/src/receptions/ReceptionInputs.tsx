import { ArrayInput, DateInput, FormDataConsumer, minValue, NumberInput, required, SimpleFormIterator, TextInput } from "react-admin";
import { AddDeputiesButton } from "../common/AddDeputiesButton";
import { DeputyCell } from "../common/DeputyCell";
import { Row, Section } from "../common/crud";
import { DistrictInput, EnumInput, StationInput } from "../common/inputs";
import { OpinionsInput } from "../opinions/OpinionsInput";

// The reception, the deputies present and the opinions raised, written in one form. A new opinion is
// OPEN; its course (forward, answer, close, proposal) is taken on the opinion's own page.
export const ReceptionInputs = () => (
  <>
    <Section title="resources.receptions.sections.basic" />
    <Row>
      <DateInput source="date" validate={required()} />
      <EnumInput enumName="ReceptionWay" source="way" validate={required()} />
      <FormDataConsumer>
        {({ formData }) => <StationInput source="stationId" validate={formData.way === "VISIT" ? undefined : required()} />}
      </FormDataConsumer>
      <DistrictInput source="districtId" level="COUNTY" helperText="resources.receptions.helpers.districtId" />
      <NumberInput source="constituentsCount" validate={minValue(0)} />
    </Row>
    <TextInput source="subject" fullWidth />
    <TextInput source="notes" multiline minRows={2} fullWidth />
    <Section title="resources.receptions.sections.deputies" />
    <ArrayInput source="deputies" label={false}>
      <>
        <SimpleFormIterator inline disableReordering>
          <DeputyCell />
        </SimpleFormIterator>
        <AddDeputiesButton arraySource="deputies" />
      </>
    </ArrayInput>
    <Section title="resources.receptions.sections.opinions" />
    <OpinionsInput from="constituents" />
  </>
);
