import { FormDataConsumer, regex, required, TextInput } from "react-admin";
import { DistrictInput, EnumInput } from "../common/inputs";
import { Row } from "../common/crud";

export const DistrictInputs = () => (
  <>
    <Row>
      <TextInput source="name" validate={required()} />
      <TextInput source="code" validate={[required(), regex(/^(\d{6}|\d{9})$/, "resources.districts.fields.code")]} helperText={false} />
      <EnumInput enumName="DistrictLevel" source="level" validate={required()} />
    </Row>
    <FormDataConsumer>
      {({ formData }) => formData.level === "TOWNSHIP" && <DistrictInput source="parentId" level="COUNTY" validate={required()} />}
    </FormDataConsumer>
  </>
);
