// A due date with the days left, red when overdue and amber when due within a fortnight.
import { Chip, Stack } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";
import { DUE_SOON_DAYS } from "./workflow";

type Due = { dueAt?: string | null; daysLeft?: number | null; overdue?: boolean | null };

export const DeadlineText = ({ value }: { value: Due }) => {
  const translate = useTranslate();
  if (!value.dueAt) return <span>{translate("workflow.deadline.none")}</span>;
  const { daysLeft } = value;
  const left =
    daysLeft == null
      ? null
      : value.overdue || daysLeft < 0
        ? translate("workflow.deadline.overdue_by", { days: Math.abs(daysLeft) })
        : daysLeft === 0
          ? translate("workflow.deadline.due_today")
          : translate("workflow.deadline.days_left", { days: daysLeft });
  const color = value.overdue ? "error" : daysLeft != null && daysLeft <= DUE_SOON_DAYS ? "warning" : "default";
  return (
    <Stack direction="row" gap={0.5} alignItems="center" flexWrap="wrap" component="span">
      <span style={{ whiteSpace: "nowrap" }}>{value.dueAt}</span>
      {left && <Chip size="small" color={color} variant={color === "default" ? "outlined" : "filled"} label={left} data-testid="deadline-chip" />}
    </Stack>
  );
};

// As a field of the record in context (lists, show pages).
export const DeadlineField = (_: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  if (!record) return null;
  return <DeadlineText value={record as Due} />;
};
