import { maxLength, maxValue, minValue, NumberInput, required, TextInput } from "react-admin";
import { CommitteeInput } from "../committees/CommitteeInput";
import { Row } from "../common/crud";
import { EnumInput } from "../common/inputs";

export const MeasureInputs = () => (
  <>
    <Row>
      <NumberInput source="year" validate={[required(), minValue(2000), maxValue(2100)]} sx={{ width: 120 }} />
      <NumberInput source="number" validate={[required(), minValue(1), maxValue(99)]} sx={{ width: 120 }} />
      <EnumInput enumName="ActivityArea" source="area" validate={required()} />
      <CommitteeInput source="committeeId" />
    </Row>
    <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
    <TextInput source="description" multiline minRows={2} fullWidth />
  </>
);
