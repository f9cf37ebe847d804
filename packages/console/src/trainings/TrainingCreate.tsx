import { Create, SimpleForm } from "react-admin";
import { TrainingInputs } from "./TrainingInputs";

export const TrainingCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ online: false, attendances: [] }}>
      <TrainingInputs />
    </SimpleForm>
  </Create>
);
