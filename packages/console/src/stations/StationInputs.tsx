import {
  ArrayInput,
  BooleanInput,
  DateInput,
  FormDataConsumer,
  NumberInput,
  required,
  SimpleFormIterator,
  TextInput,
} from "react-admin";
import { AddDeputiesButton } from "../common/AddDeputiesButton";
import { DeputyCell } from "../common/DeputyCell";
import { Row, Section } from "../common/crud";
import { DistrictInput, EnumInput, StationInput } from "../common/inputs";

export const StationInputs = () => (
  <>
    <Section title="resources.stations.sections.basic" />
    <Row>
      <TextInput source="name" validate={required()} />
      <EnumInput enumName="StationKind" source="kind" validate={required()} />
      <FormDataConsumer>
        {({ formData }) => formData.kind === "ROOM" && <StationInput source="parentId" filter={{ kind: "STATION" }} validate={required()} />}
      </FormDataConsumer>
    </Row>
    <Row>
      <DistrictInput source="districtId" level="COUNTY" />
      <FormDataConsumer>
        {({ formData }) => (
          <DistrictInput source="townshipId" level="TOWNSHIP" filter={formData.districtId ? { parentId: formData.districtId } : {}} />
        )}
      </FormDataConsumer>
      <TextInput source="address" />
    </Row>
    <Row>
      <TextInput source="contactPerson" />
      <TextInput source="contactPhone" />
      <DateInput source="openedOn" />
    </Row>
    <Row>
      <BooleanInput source="isModel" />
      <NumberInput source="modelYear" />
      <BooleanInput source="isIndustry" />
      <TextInput source="industry" />
      <BooleanInput source="active" />
    </Row>
    <Section title="resources.stations.sections.deputies" />
    <ArrayInput source="deputies" label={false}>
      <>
        <SimpleFormIterator inline disableReordering>
          <DeputyCell />
          <EnumInput enumName="StationRole" source="role" helperText={false} sx={{ width: 140 }} />
          <DateInput source="fromDate" helperText={false} />
          <DateInput source="toDate" helperText={false} />
        </SimpleFormIterator>
        <AddDeputiesButton arraySource="deputies" defaults={{ role: "MEMBER" }} />
      </>
    </ArrayInput>
  </>
);
