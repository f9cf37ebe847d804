import { SaveButton, SimpleForm, Toolbar } from "react-admin";
import { ConflictAwareEdit, ConflictDialog } from "../common/ConflictAwareEdit";
import { UserInputs } from "./UserInputs";

// Users are deactivated rather than deleted: their names stay in the audit log.
const UserToolbar = () => (
  <Toolbar>
    <SaveButton />
    <ConflictDialog />
  </Toolbar>
);

export const UserEdit = () => (
  <ConflictAwareEdit redirect="list" actions={false}>
    <SimpleForm toolbar={<UserToolbar />}>
      <UserInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
