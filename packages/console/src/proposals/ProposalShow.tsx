import { Chip, Stack, Typography } from "@mui/material";
import { ArrayField, BooleanField, DataTable, NumberField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from "react-admin";
import { Section, ShowActions } from "../common/crud";
import { DateField, Empty, FieldGrid, RecordLink } from "../common/fields";
import { EnumField, enumField } from "../common/inputs";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { DeadlineField, DeadlineText } from "./Deadline";
import { ProposalActions } from "./ProposalActions";
import { ProposalTimeline } from "./ProposalTimeline";
import { ProposalOpinions } from "../opinions/ProposalOpinions";

const Session = (_: { label?: string }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return <span>{`${translate("app.term", { term: r.congressTerm })}${r.sessionNumber ? ` · ${translate("app.session", { session: r.sessionNumber })}` : ""}`}</span>;
};

// An assignment's own state: returned, extended, opinion given, answered.
const AssignmentState = (_: { label?: string }) => {
  const a = useRecordContext();
  const translate = useTranslate();
  if (!a) return null;
  const chips: string[] = [];
  if (a.returnedAt) chips.push(translate("workflow.assignment.returned", { date: a.returnedAt }));
  if (a.extended) chips.push(translate("workflow.assignment.extended", { date: a.originalDueAt ?? "" }));
  if (a.opinionAt) chips.push(translate("workflow.assignment.opinion_given", { date: a.opinionAt }));
  if (a.answeredAt) chips.push(translate("workflow.assignment.answered", { date: a.answeredAt }));
  return (
    <Stack direction="row" gap={0.5} flexWrap="wrap">
      {chips.map((c) => (
        <Chip key={c} size="small" variant="outlined" label={c} />
      ))}
    </Stack>
  );
};

const AssignmentDeadline = (_: { label?: string }) => {
  const a = useRecordContext();
  if (!a || a.returnedAt) return null;
  return <DeadlineText value={a as { dueAt?: string; daysLeft?: number; overdue?: boolean }} />;
};

// The answer or opinion, with its document number, communication and result class.
const AssignmentText = (_: { label?: string }) => {
  const a = useRecordContext();
  const translate = useTranslate();
  if (!a) return null;
  const meta = [
    a.documentNumber && `${translate("workflow.assignment.document")} ${a.documentNumber}`,
    a.communication && translate(`workflow.communication.${a.communication}`),
    a.resultClass && translate(`workflow.result_class.${a.resultClass}`),
  ].filter(Boolean);
  return (
    <>
      {meta.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="div">
          {meta.join(" · ")}
        </Typography>
      )}
      <Typography variant="body2" sx={{ whiteSpace: "pre-wrap" }}>
        {a.answer ?? a.opinion ?? a.returnReason ?? ""}
      </Typography>
    </>
  );
};

const MergedInto = (_: { label?: string }) => {
  const r = useRecordContext();
  if (!r?.mergedIntoId) return null;
  return <RecordLink resource="proposals" idSource="mergedIntoId" text={() => `#${r.mergedIntoId}`} />;
};

export const ProposalShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <FieldGrid>
        <Session label="resources.proposals.fields.session" />
        <NumberField source="number" options={{ useGrouping: false }} />
        <EnumField enumName="ProposalCategory" source="category" />
        <EnumField enumName="ProposalStatus" source="status" />
        <NumberField source="round" label="workflow.show.round" />
        <DeadlineField label="workflow.show.deadline" />
        <DateField source="submittedAt" />
        <RecordLink resource="deputies" idSource="leadDeputyId" text={(r) => r.leadDeputy?.name} label="resources.proposals.fields.leadDeputyId" />
        <BooleanField source="specialFund" />
        <NumberField source="fundAmount" />
        <NumberField source="peopleBenefited" />
        <MergedInto label="workflow.show.merged_into" />
      </FieldGrid>
      <ProposalActions />
      <TextField source="content" />
      <Section title="resources.proposals.sections.cosigners" />
      <ArrayField source="cosigners" label={false}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
          <DataTable.Col source="deputy.name" label="resources.deputies.fields.name">
            <RecordLink resource="deputies" idSource="deputyId" text={(r) => r.deputy?.name} />
          </DataTable.Col>
          <DataTable.Col source="deputy.workUnit" label="resources.deputies.fields.workUnit" />
        </DataTable>
      </ArrayField>
      <Section title="resources.proposals.sections.assignments" />
      <ArrayField source="assignments" label={false}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
          <DataTable.Col source="unit.name" label="resources.proposals.fields.assignments.unitId">
            <RecordLink resource="handlingUnits" idSource="unitId" text={(r) => r.unit?.name} />
          </DataTable.Col>
          <DataTable.Col source="role" label="resources.proposals.fields.assignments.role" field={enumField("AssignmentRole")} />
          <DataTable.Col source="assignedAt" label="resources.proposals.fields.assignments.assignedAt" field={DateField} />
          <DataTable.Col source="dueAt" label="resources.proposals.fields.assignments.dueAt">
            <AssignmentDeadline />
          </DataTable.Col>
          <DataTable.Col label="workflow.unit.state">
            <AssignmentState />
          </DataTable.Col>
          <DataTable.Col source="answer" label="resources.proposals.fields.assignments.answer" cellSx={() => ({ whiteSpace: "normal", minWidth: 240 })}>
            <AssignmentText />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
      <Section title="resources.proposals.sections.evaluations" />
      <ArrayField source="evaluations" label={false}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
          <DataTable.Col source="deputy.name" label="resources.proposals.fields.evaluations.deputyId">
            <RecordLink resource="deputies" idSource="deputyId" text={(r) => r.deputy?.name} />
          </DataTable.Col>
          <DataTable.Col source="round" label="resources.proposals.fields.evaluations.round" />
          <DataTable.Col source="satisfaction" label="resources.proposals.fields.evaluations.satisfaction" field={enumField("Satisfaction")} />
          <DataTable.Col source="comment" label="resources.proposals.fields.evaluations.comment" cellSx={() => ({ whiteSpace: "normal" })} />
        </DataTable>
      </ArrayField>
      <Section title="resources.proposals.sections.opinions" />
      <ProposalOpinions label={false} />
      <Section title="workflow.timeline.title" />
      <ProposalTimeline label={false} />
      <RecordHistory type="Proposal" label={false} />
    </SimpleShowLayout>
  </Show>
);
