import { Create, SimpleForm } from "react-admin";
import { StationInputs } from "./StationInputs";

export const StationCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: "STATION", active: true, isModel: false, isIndustry: false, deputies: [] }}>
      <StationInputs />
    </SimpleForm>
  </Create>
);
