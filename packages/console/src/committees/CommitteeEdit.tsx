import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../common/ConflictAwareEdit";
import { EditToolbar } from "../common/crud";
import { CommitteeInputs } from "./CommitteeInputs";

export const CommitteeEdit = () => (
  <ConflictAwareEdit>
    <SimpleForm toolbar={<EditToolbar />}>
      <CommitteeInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
