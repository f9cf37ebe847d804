import { Create, SimpleForm } from "react-admin";
import { DistrictInputs } from "./DistrictInputs";

export const DistrictCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <DistrictInputs />
    </SimpleForm>
  </Create>
);
