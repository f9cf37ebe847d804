import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../common/ConflictAwareEdit";
import { EditToolbar } from "../common/crud";
import { HandlingUnitInputs } from "./HandlingUnitInputs";

export const HandlingUnitEdit = () => (
  <ConflictAwareEdit>
    <SimpleForm toolbar={<EditToolbar />}>
      <HandlingUnitInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
