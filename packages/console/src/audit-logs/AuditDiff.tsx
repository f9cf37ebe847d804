// The values an audit entry records, as a table: each field with its value before and after (only the
// fields that changed, for an update). Values are as stored: enum values in lower case, personal data
// masked by the API.
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";
import { enums, type EnumName } from "../common/enums";
import { resourceOfType } from "./auditWords";

type Values = Record<string, unknown> | null | undefined;
export type AuditRow = { recordType: string; operation: string; before?: Values; after?: Values };

// Fields that every row has and that say nothing about the change itself.
const hidden = new Set(["updatedAt", "createdAt"]);

// The child list a child type is edited in on its parent's form (for the field labels).
const childList: Record<string, string> = {
  DeputyMandate: "mandates",
  TrainingAttendance: "attendances",
  StationDeputy: "deputies",
  ProposalAssignment: "assignments",
  ProposalEvaluation: "evaluations",
  ActivityParticipation: "participations",
};

const enumOfField: Record<string, EnumName> = {
  gender: "Gender",
  politicalAffiliation: "PoliticalAffiliation",
  education: "Education",
  occupationSector: "OccupationSector",
  endReason: "MandateEndReason",
  form: "TrainingForm",
  category: "ProposalCategory",
  resultClass: "ResultClass",
  satisfaction: "Satisfaction",
  area: "ActivityArea",
  "DeputyMandate.level": "MandateLevel",
  "District.level": "DistrictLevel",
  "TrainingAttendance.status": "AttendanceStatus",
  "Proposal.status": "ProposalStatus",
  "Station.kind": "StationKind",
  "HandlingUnit.kind": "HandlingUnitKind",
  "Activity.kind": "ActivityKind",
  "StationDeputy.role": "StationRole",
  "ProposalAssignment.role": "AssignmentRole",
  "ActivityParticipation.role": "ParticipationRole",
  "User.role": "UserRole",
};

export function changedFields(row: AuditRow): string[] {
  const before = row.before ?? {};
  const after = row.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !hidden.has(k));
  if (row.before && row.after) return keys.filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
  return keys.filter((k) => (after[k] ?? before[k]) != null && k !== "id");
}

export function useAuditWords() {
  const translate = useTranslate();
  const fieldLabel = (type: string, key: string) => {
    const resource = resourceOfType(type);
    const child = childList[type];
    const candidates = [
      resource && child ? `resources.${resource}.fields.${child}.${key}` : undefined,
      resource ? `resources.${resource}.fields.${key}` : undefined,
      `app.audit.fields.${key}`,
    ].filter(Boolean) as string[];
    for (const c of candidates) {
      const t = translate(c, { _: "" });
      if (t && typeof t === "string") return t;
    }
    return key;
  };
  const value = (type: string, key: string, v: unknown): string => {
    if (v === null || v === undefined || v === "") return "—";
    if (typeof v === "boolean") return translate(`ra.boolean.${v}`);
    const enumName = enumOfField[`${type}.${key}`] ?? enumOfField[key];
    if (enumName && typeof v === "string") {
      const upper = v.toUpperCase();
      if ((enums[enumName] as readonly string[]).includes(upper)) return translate(`enums.${enumName}.${upper}`);
    }
    if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v)) return new Date(v).toLocaleString("zh-CN", { hour12: false });
    return typeof v === "object" ? JSON.stringify(v) : String(v);
  };
  return { fieldLabel, value, translate };
}

export const AuditDiff = () => {
  const row = useRecordContext<AuditRow & { id: string }>();
  const { fieldLabel, value, translate } = useAuditWords();
  if (!row) return null;
  const keys = changedFields(row);
  if (!keys.length) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
        {translate("app.audit.no_values")}
      </Typography>
    );
  }
  return (
    <Box sx={{ p: 1, maxWidth: 900 }}>
      <Table size="small" data-testid="audit-diff">
        <TableHead>
          <TableRow>
            <TableCell>{translate("app.audit.field")}</TableCell>
            <TableCell>{translate("app.audit.before")}</TableCell>
            <TableCell>{translate("app.audit.after")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {keys.map((k) => (
            <TableRow key={k}>
              <TableCell>{fieldLabel(row.recordType, k)}</TableCell>
              <TableCell sx={{ whiteSpace: "normal", color: "text.secondary" }}>{row.before ? value(row.recordType, k, row.before[k]) : "—"}</TableCell>
              <TableCell sx={{ whiteSpace: "normal" }}>{row.after ? value(row.recordType, k, row.after[k]) : "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

// One line for the list: which fields an update changed, or what was created or deleted.
export const AuditSummary = (_: { label?: string }) => {
  const row = useRecordContext<AuditRow & { id: string }>();
  const { fieldLabel } = useAuditWords();
  if (!row) return null;
  const values = row.after ?? row.before;
  if (row.before && row.after) {
    const keys = changedFields(row).filter((k) => k !== "version");
    return <span>{keys.map((k) => fieldLabel(row.recordType, k)).join("、")}</span>;
  }
  // an import: its file name
  const name = values?.name ?? values?.title ?? values?.username ?? values?.fileName;
  return <span>{name ? String(name) : ""}</span>;
};
