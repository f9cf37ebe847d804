import { Create, SimpleForm } from "react-admin";
import { ProposalInputs } from "./ProposalInputs";
import { todayIso as today } from "./workflow";

export const ProposalCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={() => ({ specialFund: false, submittedAt: today(), cosignerIds: [] })}>
      <ProposalInputs />
    </SimpleForm>
  </Create>
);
