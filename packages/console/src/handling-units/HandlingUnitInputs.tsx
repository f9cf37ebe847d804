import { required, TextInput } from "react-admin";
import { Row } from "../common/crud";
import { EnumInput } from "../common/inputs";

export const HandlingUnitInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <Row>
      <EnumInput enumName="HandlingUnitKind" source="kind" validate={required()} />
      <TextInput source="contactPerson" />
      <TextInput source="contactPhone" />
    </Row>
  </>
);
