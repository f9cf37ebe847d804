import { DeleteButton, Show, SimpleShowLayout, TextField, TopToolbar } from "react-admin";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { Section } from "../common/crud";
import { DateField, FieldGrid, RecordLink } from "../common/fields";
import { EnumField } from "../common/inputs";
import { OpinionActions } from "./OpinionActions";

const receptionText = (r: Record<string, any>) => [r.reception?.date, r.reception?.station?.name, r.reception?.subject].filter(Boolean).join(" ");

// An opinion is edited with its reception; here its course moves on.
const OpinionShowActions = () => (
  <TopToolbar>
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const OpinionShow = () => (
  <Show actions={<OpinionShowActions />}>
    <SimpleShowLayout>
      <TextField source="content" />
      <FieldGrid>
        <EnumField enumName="ProposalCategory" source="category" />
        <DateField source="raisedOn" />
        <RecordLink resource="receptions" idSource="receptionId" text={receptionText} label="resources.opinions.fields.receptionId" />
        <RecordLink resource="deputies" idSource="deputyId" text={(r) => r.deputy?.name} label="resources.opinions.fields.deputyId" />
        <TextField source="constituentName" />
        <TextField source="constituentPhone" />
      </FieldGrid>
      <Section title="resources.opinions.sections.course" />
      <FieldGrid>
        <EnumField enumName="OpinionStatus" source="status" />
        <RecordLink resource="handlingUnits" idSource="unitId" text={(r) => r.unit?.name} label="resources.opinions.fields.unitId" />
        <RecordLink resource="proposals" idSource="proposalId" text={(r) => `${r.proposal?.number ?? ""} ${r.proposal?.title ?? ""}`} label="resources.opinions.fields.proposalId" />
        <TextField source="answer" />
        <TextField source="closeReason" />
        <DateField source="resolvedOn" />
      </FieldGrid>
      <OpinionActions />
      <RecordHistory type="Opinion" label={false} />
    </SimpleShowLayout>
  </Show>
);
