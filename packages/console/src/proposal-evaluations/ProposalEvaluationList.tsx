// The deputies' evaluations of the answers to their proposals (read-only; made in the proposal's
// handling): the records behind the dashboard's satisfaction figures.
import { DataTable, DateField as RaDateField, List, NumberInput } from "react-admin";
import { ReadOnlyListActions } from "../common/crud";
import { col, listExporter, enumCol } from "../common/exporter";
import { RecordLink } from "../common/fields";
import { DeputyInput, EnumInput, enumField } from "../common/inputs";

const filters = [
  <EnumInput key="satisfaction" enumName="Satisfaction" source="satisfaction" alwaysOn />,
  <DeputyInput key="deputy" source="deputyId" alwaysOn />,
  <NumberInput key="round" source="round" />,
];

const exporter = listExporter("proposalEvaluations", [
  col("proposalEvaluations", "proposalId", (r) => r.proposal?.title),
  col("proposalEvaluations", "deputyId", (r) => r.deputy?.name),
  col("proposalEvaluations", "round"),
  enumCol("proposalEvaluations", "satisfaction", "Satisfaction"),
  col("proposalEvaluations", "comment"),
  { ...col("proposalEvaluations", "evaluatedAt"), kind: "datetime" },
]);

const EvaluatedAt = (_: { source?: string }) => <RaDateField source="evaluatedAt" locales="zh-CN" />;

export const ProposalEvaluationList = () => (
  <List filters={filters} actions={<ReadOnlyListActions />} sort={{ field: "evaluatedAt", order: "DESC" }} perPage={25} exporter={exporter}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="proposalId" disableSort cellSx={() => ({ whiteSpace: "normal", minWidth: 240 })}>
        <RecordLink resource="proposals" idSource="proposalId" text={(r) => r.proposal && `${r.proposal.number} ${r.proposal.title}`} />
      </DataTable.Col>
      <DataTable.Col source="deputyId" disableSort>
        <RecordLink resource="deputies" idSource="deputyId" text={(r) => r.deputy?.name} />
      </DataTable.Col>
      <DataTable.Col source="round" />
      <DataTable.Col source="satisfaction" disableSort field={enumField("Satisfaction")} />
      <DataTable.Col source="evaluatedAt" field={EvaluatedAt} />
      <DataTable.Col source="comment" disableSort cellSx={() => ({ whiteSpace: "normal" })} />
    </DataTable>
  </List>
);
