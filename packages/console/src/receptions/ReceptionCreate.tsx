import { Create, SimpleForm } from "react-admin";
import { ReceptionInputs } from "./ReceptionInputs";

export const ReceptionCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ way: "IN_PERSON", constituentsCount: 0, deputies: [], opinions: [] }}>
      <ReceptionInputs />
    </SimpleForm>
  </Create>
);
