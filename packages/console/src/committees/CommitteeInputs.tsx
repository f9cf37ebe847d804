import { maxLength, required, TextInput } from "react-admin";
import { Row } from "../common/crud";
import { EnumInput } from "../common/inputs";

export const CommitteeInputs = () => (
  <Row>
    <TextInput source="name" validate={[required(), maxLength(100)]} sx={{ minWidth: 320 }} />
    <EnumInput enumName="CommitteeKind" source="kind" validate={required()} />
  </Row>
);
