import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../common/ConflictAwareEdit";
import { EditToolbar } from "../common/crud";
import { DeputyInputs } from "./DeputyInputs";

export const DeputyEdit = () => (
  <ConflictAwareEdit>
    <SimpleForm toolbar={<EditToolbar />}>
      <DeputyInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
