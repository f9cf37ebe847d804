// "来源民意" on a proposal's page: the opinions it was turned from, each linking to its page.
import { DataTable, ReferenceManyField } from "react-admin";
import { DateField, Empty } from "../common/fields";
import { enumField } from "../common/inputs";

export const ProposalOpinions = (_: { label?: string | false }) => (
  <ReferenceManyField reference="opinions" target="proposalId" label={false} sort={{ field: "raisedOn", order: "ASC" }}>
    <DataTable bulkActionButtons={false} rowClick="show" empty={<Empty />} data-testid="proposal-opinions">
      <DataTable.Col source="content" label="resources.opinions.fields.content" cellSx={() => ({ whiteSpace: "normal", minWidth: 240 })} />
      <DataTable.Col source="category" label="resources.opinions.fields.category" field={enumField("ProposalCategory")} />
      <DataTable.Col source="raisedOn" label="resources.opinions.fields.raisedOn" field={DateField} />
    </DataTable>
  </ReferenceManyField>
);
