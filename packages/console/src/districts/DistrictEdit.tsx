import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../common/ConflictAwareEdit";
import { EditToolbar } from "../common/crud";
import { DistrictInputs } from "./DistrictInputs";

export const DistrictEdit = () => (
  <ConflictAwareEdit>
    <SimpleForm toolbar={<EditToolbar />}>
      <DistrictInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
