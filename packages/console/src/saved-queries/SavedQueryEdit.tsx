import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../common/ConflictAwareEdit";
import { EditToolbar } from "../common/crud";
import { SavedQueryInputs } from "./SavedQueryInputs";

export const SavedQueryEdit = () => (
  <ConflictAwareEdit>
    <SimpleForm toolbar={<EditToolbar />}>
      <SavedQueryInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
