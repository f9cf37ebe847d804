import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../common/ConflictAwareEdit";
import { EditToolbar } from "../common/crud";
import { ReceptionInputs } from "./ReceptionInputs";

export const ReceptionEdit = () => (
  <ConflictAwareEdit>
    <SimpleForm toolbar={<EditToolbar />}>
      <ReceptionInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
