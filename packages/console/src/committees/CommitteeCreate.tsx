import { Create, SimpleForm } from "react-admin";
import { CommitteeInputs } from "./CommitteeInputs";

export const CommitteeCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: "SPECIAL_COMMITTEE" }}>
      <CommitteeInputs />
    </SimpleForm>
  </Create>
);
