import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../common/ConflictAwareEdit";
import { EditToolbar } from "../common/crud";
import { ContactInputs } from "./ContactInputs";

export const ContactEdit = () => (
  <ConflictAwareEdit>
    <SimpleForm toolbar={<EditToolbar />}>
      <ContactInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
