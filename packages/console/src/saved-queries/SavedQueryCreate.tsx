import { Create, SimpleForm } from "react-admin";
import { SavedQueryInputs } from "./SavedQueryInputs";

export const SavedQueryCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ maxAge: 60, variables: {} }}>
      <SavedQueryInputs />
    </SimpleForm>
  </Create>
);
