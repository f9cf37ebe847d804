import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../common/ConflictAwareEdit";
import { EditToolbar } from "../common/crud";
import { TrainingInputs } from "./TrainingInputs";

export const TrainingEdit = () => (
  <ConflictAwareEdit>
    <SimpleForm toolbar={<EditToolbar />}>
      <TrainingInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
