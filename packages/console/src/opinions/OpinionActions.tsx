// The steps of an opinion's course its state allows (course.ts `stepsFor`), each a button opening a
// dialog. The API's refusals land on the fields they name, or above the form. Viewers see no buttons.
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { DateInput, Form, NumberInput, TextInput, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate, type HttpError, type RaRecord } from "react-admin";
import { useFormState } from "react-hook-form";
import type { AppDataProvider } from "../dataProvider";
import { Row } from "../common/crud";
import { DeputyInput, EnumInput, HandlingUnitInput } from "../common/inputs";
import { COURSE, stepsFor, validateStep, variablesOf, type Step } from "./course";

export const OpinionActions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: "opinions", action: "edit" });
  const [open, setOpen] = useState<Step | null>(null);
  if (!record || !canAccess) return null;
  const steps = stepsFor(record as { status?: string; resolvedOn?: string | null });
  if (!steps.length) return null;
  return (
    <Box sx={{ width: "100%", my: 1 }} data-testid="opinion-actions">
      <Stack direction="row" gap={1} flexWrap="wrap">
        {steps.map((s) => (
          <Button key={s} size="small" variant={s === "CLOSE" ? "outlined" : "contained"} onClick={() => setOpen(s)} data-testid={`opinion-${s}`}>
            {translate(`resources.opinions.course.${s === "ANSWER" && record.status === "FORWARDED" ? "REPLY" : s}`)}
          </Button>
        ))}
      </Stack>
      {open && <StepDialog step={open} record={record} onClose={() => setOpen(null)} />}
    </Box>
  );
};

const SubmitButton = ({ label }: { label: string }) => {
  const { isSubmitting } = useFormState();
  return (
    <Button type="submit" variant="contained" disabled={isSubmitting} data-testid="opinion-submit">
      {label}
    </Button>
  );
};

const today = () => new Date().toISOString().slice(0, 10);

// A proposal from the opinion: its content and category, and the deputy who took it up (or the
// first deputy present at the reception) as the lead deputy.
function proposalDefaults(o: RaRecord): Record<string, unknown> {
  const content = String(o.content ?? "");
  const deputies = (o.reception?.deputies ?? []) as { deputyId: string }[];
  return {
    title: content.length > 60 ? `${content.slice(0, 60)}…` : content,
    content,
    category: o.category,
    leadDeputyId: o.deputyId ?? deputies[0]?.deputyId,
    submittedAt: today(),
  };
}

const StepDialog = ({ step, record, onClose }: { step: Step; record: RaRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [failure, setFailure] = useState<string | null>(null);
  const defaults = step === "PROPOSAL" ? proposalDefaults(record) : {};
  const label = translate(`resources.opinions.course.${step}`);

  const send = async (values: Record<string, any>) => {
    setFailure(null);
    try {
      await dataProvider.graphql(COURSE[step], variablesOf(step, record as { id: string; version: number }, values));
    } catch (e) {
      const err = e as HttpError;
      const fields = (err?.body?.errors ?? {}) as Record<string, string>;
      const own = Object.fromEntries(Object.entries(fields).filter(([k]) => k in values));
      setFailure(err?.message || translate("ra.notification.http_error"));
      return Object.keys(own).length ? own : undefined;
    }
    notify("resources.opinions.course.done", { type: "success", messageArgs: { action: label } });
    refresh();
    onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth={step === "PROPOSAL" ? "md" : "sm"} data-testid="opinion-dialog">
      <Form defaultValues={defaults} validate={(v) => validateStep(step, v) as never} onSubmit={send as never} noValidate>
        <DialogTitle>{label}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {String(record.content ?? "")}
          </Typography>
          {failure && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="opinion-error">
              {failure}
            </Alert>
          )}
          <StepFields step={step} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} color="inherit">
            {translate("ra.action.cancel")}
          </Button>
          <SubmitButton label={label} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

const L = (f: string) => `resources.opinions.fields.${f}`;
const P = (f: string) => `resources.proposals.fields.${f}`;

const StepFields = ({ step }: { step: Step }) => {
  switch (step) {
    case "FORWARD":
      return <HandlingUnitInput source="unitId" label={L("unitId")} sx={{ width: "100%" }} />;
    case "ANSWER":
      return (
        <>
          <TextInput source="answer" label={L("answer")} multiline minRows={3} fullWidth />
          <DateInput source="resolvedOn" label={L("resolvedOn")} helperText="resources.opinions.helpers.resolvedOn" />
        </>
      );
    case "CLOSE":
      return (
        <>
          <TextInput source="reason" label={L("closeReason")} multiline minRows={2} fullWidth />
          <DateInput source="resolvedOn" label={L("resolvedOn")} helperText="resources.opinions.helpers.resolvedOn" />
        </>
      );
    case "PROPOSAL":
      return (
        <>
          <Row>
            <NumberInput source="congressTerm" label={P("congressTerm")} />
            <NumberInput source="sessionNumber" label={P("sessionNumber")} />
            <NumberInput source="number" label={P("number")} />
            <DateInput source="submittedAt" label={P("submittedAt")} />
          </Row>
          <TextInput source="title" label={P("title")} fullWidth />
          <Row>
            <EnumInput enumName="ProposalCategory" source="category" label={P("category")} />
            <DeputyInput source="leadDeputyId" label={P("leadDeputyId")} />
          </Row>
          <TextInput source="content" label={P("content")} multiline minRows={3} fullWidth />
        </>
      );
  }
};
