// A record's history on its show page: the audit entries of that record, newest first, each opening to
// the values before and after. Only admins may read the audit log, so only they see it.
import { Box, Typography } from "@mui/material";
import { DataTable, Pagination, ReferenceManyField, useCanAccess, useRecordContext, useTranslate } from "react-admin";
import { Empty } from "../common/fields";
import { AuditDiff, AuditSummary } from "./AuditDiff";
import { AtField, OperationField } from "./AuditLogList";

export const RecordHistory = ({ type }: { type: string; label?: string | false }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: "auditLogs", action: "list" });
  if (!canAccess || !record) return null;
  return (
    <Box sx={{ mt: 2, width: "100%" }} data-testid="record-history">
      <Typography variant="subtitle1" sx={{ fontWeight: 600, color: "primary.main", borderBottom: 1, borderColor: "divider", pb: 0.5 }}>
        {translate("app.audit.history")}
      </Typography>
      <ReferenceManyField
        reference="auditLogs"
        target="recordId"
        filter={{ recordType_eq: type }}
        sort={{ field: "at", order: "DESC" }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      >
        <DataTable bulkActionButtons={false} rowClick="expand" expand={<AuditDiff />} empty={<Empty />}>
          <DataTable.Col source="at" label="resources.auditLogs.fields.at" field={AtField} />
          <DataTable.Col source="actor" label="resources.auditLogs.fields.actor" />
          <DataTable.Col source="operation" label="resources.auditLogs.fields.operation" field={OperationField} />
          <DataTable.Col source="changes" label="resources.auditLogs.fields.changes" cellSx={() => ({ whiteSpace: "normal" })}>
            <AuditSummary />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
