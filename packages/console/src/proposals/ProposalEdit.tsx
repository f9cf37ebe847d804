import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../common/ConflictAwareEdit";
import { EditToolbar } from "../common/crud";
import { ProposalInputs } from "./ProposalInputs";

// The proposal's own fields; its handling (status, assignments, evaluations) is recorded step by step
// on the show page.
export const ProposalEdit = () => (
  <ConflictAwareEdit>
    <SimpleForm toolbar={<EditToolbar />}>
      <ProposalInputs />
    </SimpleForm>
  </ConflictAwareEdit>
);
