import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../common/ConflictAwareEdit";
import { EditToolbar } from "../common/crud";
import { DeputyGroupInputs } from "./DeputyGroupInputs";

export const DeputyGroupEdit = () => (
  <ConflictAwareEdit>
    <SimpleForm toolbar={<EditToolbar />}>
      <DeputyGroupInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
