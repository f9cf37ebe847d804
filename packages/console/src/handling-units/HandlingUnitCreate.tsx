import { Create, SimpleForm } from "react-admin";
import { HandlingUnitInputs } from "./HandlingUnitInputs";

export const HandlingUnitCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <HandlingUnitInputs />
    </SimpleForm>
  </Create>
);
