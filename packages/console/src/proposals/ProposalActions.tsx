// The handling steps the proposal's state allows (its `allowedTransitions`), each a button opening a
// dialog with the step's form. The form checks what it can before sending (workflow.ts `validate`);
// the API's refusals land on the fields they name, or above the form. Viewers see no buttons.
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  Form,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type HttpError,
  type RaRecord,
} from "react-admin";
import { useFormState } from "react-hook-form";
import type { AppDataProvider } from "../dataProvider";
import {
  ACTION_ORDER,
  assignmentsFor,
  communicationChoices,
  DEFAULT_SETTINGS,
  evaluationInputs,
  MUTATIONS,
  pendingEvaluators,
  resultClassChoices,
  satisfactionChoices,
  SETTINGS_QUERY,
  todayIso,
  validate,
  variablesOf,
  type Kind,
  type ProposalLike,
  type Settings,
} from "./workflow";

const MERGE_TARGETS = ["SUBMITTED", "ACCEPTED", "ASSIGNED", "HANDLING"];

export function useWorkflowSettings(): Settings {
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data } = useQuery({
    queryKey: ["workflow-settings"],
    queryFn: () => dataProvider.graphql<{ settings: Settings }>(SETTINGS_QUERY).then((r) => r.settings),
    staleTime: 5 * 60_000,
  });
  return data ?? DEFAULT_SETTINGS;
}

// Which buttons to show: allowed by the state, and with something to act on.
export function actionsFor(record: ProposalLike & { allowedTransitions?: string[] }): Kind[] {
  const allowed = new Set(record.allowedTransitions ?? []);
  return ACTION_ORDER.filter((k) => {
    if (!allowed.has(k)) return false;
    if (k === "RETURN" || k === "EXTEND" || k === "OPINION") return assignmentsFor(k, record).length > 0;
    if (k === "EVALUATE") return pendingEvaluators(record).length > 0;
    return true;
  });
}

const secondary: Kind[] = ["REJECT", "WITHDRAW", "MERGE", "RETURN"];

export const ProposalActions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: "proposals", action: "edit" });
  const [open, setOpen] = useState<Kind | null>(null);
  if (!record || !canAccess) return null;
  const kinds = actionsFor(record as unknown as ProposalLike);
  if (!kinds.length) return null;
  return (
    <Box sx={{ width: "100%", my: 1 }} data-testid="proposal-actions">
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 0.5 }}>
        {translate("workflow.show.actions")}
      </Typography>
      <Stack direction="row" gap={1} flexWrap="wrap">
        {kinds.map((k) => (
          <Button
            key={k}
            size="small"
            variant={secondary.includes(k) ? "outlined" : "contained"}
            color={k === "REJECT" || k === "WITHDRAW" ? "inherit" : "primary"}
            onClick={() => setOpen(k)}
            data-testid={`action-${k}`}
          >
            {translate(`workflow.actions.${k}`)}
          </Button>
        ))}
      </Stack>
      {open && <TransitionDialog kind={open} record={record} onClose={() => setOpen(null)} />}
    </Box>
  );
};

const SubmitButton = ({ label }: { label: string }) => {
  const { isSubmitting } = useFormState();
  return (
    <Button type="submit" variant="contained" disabled={isSubmitting} data-testid="action-submit">
      {label}
    </Button>
  );
};

const TransitionDialog = ({ kind, record, onClose }: { kind: Kind; record: RaRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const settings = useWorkflowSettings();
  const [failure, setFailure] = useState<string | null>(null);
  const proposal = record as unknown as ProposalLike & { version?: number };
  const assignments = assignmentsFor(kind, proposal);

  const defaults: Record<string, unknown> = {};
  if (MUTATIONS[kind].on === "assignment" && assignments.length === 1) defaults.assignmentId = assignments[0]!.id;
  if (kind === "ANSWER") defaults.answeredAt = todayIso();
  if (kind === "ASSIGN") defaults.assistingUnitIds = [];

  const send = async (values: Record<string, any>) => {
    setFailure(null);
    try {
      if (kind === "EVALUATE") {
        let version = proposal.version;
        for (const row of evaluationInputs(values, proposal)) {
          const r = await dataProvider.graphql<{ evaluateProposal: { version: number } }>(MUTATIONS.EVALUATE.document, variablesOf("EVALUATE", { id: proposal.id, version }, row));
          version = r.evaluateProposal.version;
        }
      } else {
        await dataProvider.graphql(MUTATIONS[kind].document, variablesOf(kind, proposal, values));
      }
    } catch (e) {
      const err = e as HttpError;
      const fields = (err?.body?.errors ?? {}) as Record<string, string>;
      const own = Object.fromEntries(Object.entries(fields).filter(([k]) => k in values || (kind === "EVALUATE" && k === "deputyId")));
      setFailure(err?.message || translate("ra.notification.http_error"));
      // An evaluation that went through before one refused: show what was recorded.
      if (kind === "EVALUATE") refresh();
      return Object.keys(own).length ? own : undefined;
    }
    notify("workflow.done", { type: "success", messageArgs: { action: translate(`workflow.actions.${kind}`) } });
    refresh();
    onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth={kind === "EVALUATE" || kind === "ANSWER" || kind === "ASSIGN" ? "md" : "sm"} data-testid="action-dialog">
      <Form defaultValues={defaults} validate={(v) => validate(kind, v, proposal, settings) as never} onSubmit={send as never} noValidate>
        <DialogTitle>
          {translate(`workflow.actions.${kind}`)}
          <Typography variant="body2" color="text.secondary" component="span" sx={{ ml: 1 }}>
            {`${record.number ?? ""} ${record.title ?? ""}`}
          </Typography>
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {translate(`workflow.help.${kind}`, { months: kind === "EXTEND" ? settings.extensionMaxMonths : settings.answerDueMonths, days: settings.returnWindowDays })}
          </DialogContentText>
          {failure && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="action-error">
              {failure}
            </Alert>
          )}
          <Fields kind={kind} proposal={record} assignments={assignments} settings={settings} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} color="inherit">
            {translate("ra.action.cancel")}
          </Button>
          <SubmitButton label={translate(kind === "EVALUATE" || MUTATIONS[kind].input ? "workflow.submit" : `workflow.actions.${kind}`)} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

const L = (f: string) => `workflow.fields.${f}`;
const unitsSort = { field: "name", order: "ASC" } as const;
const toQuery = (q: string) => (q ? { q } : {});

type AssignmentRow = ReturnType<typeof assignmentsFor>[number] & { unit?: { name: string } };

const Fields = ({ kind, proposal, assignments, settings }: { kind: Kind; proposal: RaRecord; assignments: AssignmentRow[]; settings: Settings }) => {
  const translate = useTranslate();
  const assignmentChoices = assignments.map((a) => ({
    id: a.id,
    name: `${a.unit?.name ?? a.unitId}（${translate(`enums.AssignmentRole.${a.role}`)}${a.dueAt ? ` · ${translate("workflow.fields.dueAt")} ${a.dueAt}` : ""}）`,
  }));
  const pick = <SelectInput source="assignmentId" label={L("assignmentId")} choices={assignmentChoices} translateChoice={false} fullWidth />;
  switch (kind) {
    case "REJECT":
    case "WITHDRAW":
      return <TextInput source="reason" label={L("reason")} multiline minRows={2} fullWidth />;
    case "RETURN":
      return (
        <>
          {pick}
          <TextInput source="reason" label={L("reason")} multiline minRows={2} fullWidth />
        </>
      );
    case "MERGE":
      return (
        <ReferenceInput
          source="intoId"
          reference="proposals"
          filter={{ congressTerm: proposal.congressTerm, status: MERGE_TARGETS, id_ne: proposal.id }}
          sort={{ field: "number", order: "ASC" }}
          perPage={20}
        >
          <AutocompleteInput label={L("intoId")} optionText={(r: RaRecord) => `${r.number} ${r.title}`} filterToQuery={toQuery} fullWidth debounce={300} />
        </ReferenceInput>
      );
    case "ASSIGN":
      return (
        <>
          <ReferenceInput source="leadUnitId" reference="handlingUnits" sort={unitsSort} perPage={20}>
            <AutocompleteInput label={L("leadUnitId")} optionText="name" filterToQuery={toQuery} fullWidth debounce={300} />
          </ReferenceInput>
          <ReferenceArrayInput source="assistingUnitIds" reference="handlingUnits" sort={unitsSort} perPage={20}>
            <AutocompleteArrayInput label={L("assistingUnitIds")} optionText="name" filterToQuery={toQuery} fullWidth debounce={300} />
          </ReferenceArrayInput>
          <Stack direction="row" gap={2}>
            <DateInput source="assignedAt" label={L("assignedAt")} helperText="workflow.helper.assignedAt" />
            <DateInput source="dueAt" label={L("dueAt")} helperText={translate("workflow.helper.dueAt", { months: settings.answerDueMonths })} />
          </Stack>
        </>
      );
    case "EXTEND":
      return (
        <>
          {pick}
          <Stack direction="row" gap={2}>
            <DateInput source="dueAt" label={L("newDueAt")} helperText={translate("workflow.helper.newDueAt", { months: settings.extensionMaxMonths })} />
            <TextInput source="approvedBy" label={L("approvedBy")} />
          </Stack>
          <TextInput source="reason" label={L("reason")} multiline minRows={2} fullWidth />
        </>
      );
    case "OPINION":
      return (
        <>
          {pick}
          <TextInput source="opinion" label={L("opinion")} multiline minRows={3} fullWidth />
        </>
      );
    case "ANSWER":
      return (
        <>
          <Stack direction="row" gap={2} flexWrap="wrap">
            <TextInput source="documentNumber" label={L("documentNumber")} />
            <DateInput source="answeredAt" label={L("answeredAt")} />
            <SelectInput source="communication" label={L("communication")} choices={communicationChoices} sx={{ minWidth: 160 }} />
          </Stack>
          <SelectInput source="resultClass" label={L("resultClass")} choices={resultClassChoices} fullWidth />
          <TextInput source="answer" label={L("answer")} multiline minRows={4} fullWidth />
        </>
      );
    case "EVALUATE":
      return <EvaluateFields proposal={proposal} />;
    default:
      return null;
  }
};

const EvaluateFields = ({ proposal }: { proposal: RaRecord }) => {
  const translate = useTranslate();
  const pending = pendingEvaluators(proposal as unknown as ProposalLike);
  const names = new Map<string, string>([[String(proposal.leadDeputyId), proposal.leadDeputy?.name ?? ""]]);
  for (const c of (proposal.cosigners ?? []) as { deputyId: string; deputy?: { name: string } }[]) names.set(String(c.deputyId), c.deputy?.name ?? "");
  if (!pending.length) return <Typography>{translate("workflow.evaluate.none")}</Typography>;
  return (
    <>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate("workflow.evaluate.pending")}（{translate("workflow.timeline.round", { round: proposal.round ?? 1 })}）
      </Typography>
      {pending.map((d) => (
        <Stack key={d} direction="row" gap={2} alignItems="flex-start" data-testid={`evaluate-${d}`}>
          <Box sx={{ width: 180, pt: 2 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {names.get(d)}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {translate(d === String(proposal.leadDeputyId) ? "workflow.evaluate.lead" : "workflow.evaluate.cosigner")}
            </Typography>
          </Box>
          <SelectInput source={`s_${d}`} label={L("satisfaction")} choices={satisfactionChoices} sx={{ width: 160 }} emptyText="—" />
          <TextInput source={`c_${d}`} label={L("comment")} sx={{ flex: 1 }} />
        </Stack>
      ))}
    </>
  );
};
