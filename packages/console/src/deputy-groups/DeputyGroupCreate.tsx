import { Create, SimpleForm } from "react-admin";
import { DeputyGroupInputs } from "./DeputyGroupInputs";

export const DeputyGroupCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: "DISTRICT", members: [] }}>
      <DeputyGroupInputs />
    </SimpleForm>
  </Create>
);
