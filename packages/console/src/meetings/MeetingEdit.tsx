import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../common/ConflictAwareEdit";
import { EditToolbar } from "../common/crud";
import { MeetingInputs } from "./MeetingInputs";

export const MeetingEdit = () => (
  <ConflictAwareEdit>
    <SimpleForm toolbar={<EditToolbar />}>
      <MeetingInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
