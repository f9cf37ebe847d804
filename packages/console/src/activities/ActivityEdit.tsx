import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../common/ConflictAwareEdit";
import { EditToolbar } from "../common/crud";
import { ActivityInputs } from "./ActivityInputs";

export const ActivityEdit = () => (
  <ConflictAwareEdit>
    <SimpleForm toolbar={<EditToolbar />}>
      <ActivityInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
