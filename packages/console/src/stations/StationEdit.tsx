import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../common/ConflictAwareEdit";
import { EditToolbar } from "../common/crud";
import { StationInputs } from "./StationInputs";
import { StationRooms } from "./StationRooms";

export const StationEdit = () => (
  <ConflictAwareEdit>
    <SimpleForm toolbar={<EditToolbar />}>
      <StationInputs />
      <StationRooms />
    </SimpleForm>
  </ConflictAwareEdit>
);
