import { Create, SimpleForm } from "react-admin";
import { DeputyInputs } from "./DeputyInputs";

export const DeputyCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ ethnicity: "汉族", mandates: [] }}>
      <DeputyInputs />
    </SimpleForm>
  </Create>
);
