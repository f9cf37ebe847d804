import {
  ArrayInput,
  DateInput,
  minValue,
  NumberInput,
  required,
  SimpleFormIterator,
  TextInput,
} from "react-admin";
import { Row, Section } from "../common/crud";
import { DistrictInput, EnumInput } from "../common/inputs";

const phone = (v: unknown) => (v && !/^[0-9+\-\s()]{5,20}$/.test(String(v)) ? "errors.field.phone" : undefined);
const idCard = (v: unknown) => (v && !/^\d{17}[\dXx]$/.test(String(v)) ? "errors.field.id_card" : undefined);

export const DeputyInputs = () => (
  <>
    <Section title="resources.deputies.sections.basic" />
    <Row>
      <TextInput source="name" validate={required()} />
      <EnumInput enumName="Gender" source="gender" validate={required()} />
      <TextInput source="ethnicity" defaultValue="汉族" />
      <DateInput source="birthDate" />
    </Row>
    <Row>
      <EnumInput enumName="PoliticalAffiliation" source="politicalAffiliation" />
      <EnumInput enumName="Education" source="education" />
      <EnumInput enumName="OccupationSector" source="occupationSector" />
    </Row>
    <Row>
      <TextInput source="workUnit" />
      <TextInput source="jobTitle" />
    </Row>
    <Row>
      <TextInput source="phone" validate={phone} />
      <TextInput source="idCard" validate={idCard} />
    </Row>
    <TextInput source="notes" multiline minRows={2} fullWidth />
    <Section title="resources.deputies.sections.mandates" />
    <ArrayInput source="mandates" label={false}>
      <SimpleFormIterator inline disableReordering>
        <EnumInput enumName="MandateLevel" source="level" validate={required()} helperText={false} sx={{ width: 120 }} />
        <NumberInput source="congressTerm" validate={[required(), minValue(1)]} helperText={false} sx={{ minWidth: 90, maxWidth: 100 }} />
        <DistrictInput source="districtId" level="COUNTY" sx={{ width: 200 }} />
        <TextInput source="electoralUnit" helperText={false} />
        <DateInput source="startDate" validate={required()} helperText={false} />
        <DateInput source="endDate" helperText={false} />
        <EnumInput enumName="MandateEndReason" source="endReason" helperText={false} sx={{ width: 130 }} />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
