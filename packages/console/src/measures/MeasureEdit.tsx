import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../common/ConflictAwareEdit";
import { EditToolbar } from "../common/crud";
import { MeasureInputs } from "./MeasureInputs";

export const MeasureEdit = () => (
  <ConflictAwareEdit>
    <SimpleForm toolbar={<EditToolbar />}>
      <MeasureInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
