// The opinions of a reception, contact or meeting on its page; a row opens the opinion and its course.
import { ArrayField, DataTable } from "react-admin";
import { Empty } from "../common/fields";
import { enumField } from "../common/inputs";

export const OpinionsField = ({ testId, from }: { testId: string; from: "constituents" | "deputies" }) => (
  <ArrayField source="opinions" label={false}>
    <DataTable bulkActionButtons={false} rowClick={(id) => `/opinions/${id}/show`} empty={<Empty />} data-testid={testId}>
      <DataTable.Col source="content" label="resources.opinions.fields.content" cellSx={() => ({ whiteSpace: "normal", minWidth: 240 })} />
      <DataTable.Col source="category" label="resources.opinions.fields.category" field={enumField("ProposalCategory")} />
      {from === "constituents" ? (
        <DataTable.Col source="constituentName" label="resources.opinions.fields.constituentName" />
      ) : (
        <DataTable.Col source="deputy.name" label="resources.opinions.fields.deputyId" />
      )}
      <DataTable.Col source="status" label="resources.opinions.fields.status" field={enumField("OpinionStatus")} />
    </DataTable>
  </ArrayField>
);
