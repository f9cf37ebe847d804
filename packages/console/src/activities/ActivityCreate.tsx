import { Create, SimpleForm } from "react-admin";
import { ActivityInputs } from "./ActivityInputs";

export const ActivityCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ suggestionsCount: 0, participations: [] }}>
      <ActivityInputs />
    </SimpleForm>
  </Create>
);
