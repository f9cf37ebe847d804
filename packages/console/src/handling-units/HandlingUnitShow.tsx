import { Show, SimpleShowLayout, TextField } from "react-admin";
import { Section, ShowActions } from "../common/crud";
import { FieldGrid } from "../common/fields";
import { EnumField } from "../common/inputs";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { HandlingUnitAssignments, HandlingUnitStats } from "./HandlingUnitProposals";

export const HandlingUnitShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <FieldGrid>
        <EnumField enumName="HandlingUnitKind" source="kind" />
        <TextField source="contactPerson" />
        <TextField source="contactPhone" />
      </FieldGrid>
      <Section title="workflow.unit.stats" />
      <HandlingUnitStats label={false} />
      <Section title="workflow.unit.assignments" />
      <HandlingUnitAssignments label={false} />
      <RecordHistory type="HandlingUnit" label={false} />
    </SimpleShowLayout>
  </Show>
);
