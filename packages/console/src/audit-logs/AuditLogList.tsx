// The audit log (admins only): every change, sign-in and revocation, newest first, filtered by user,
// record, operation and date; a row opens to the values before and after.
import { Box } from "@mui/material";
import {
  AutocompleteInput,
  DataTable,
  DateField as RaDateField,
  DateInput,
  Link,
  List,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
  FilterButton,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { ExportButtons } from "../common/crud";
import { listExporter } from "../common/exporter";
import { AuditDiff, AuditSummary, changedFields } from "./AuditDiff";
import { auditOperations, auditRecordTypes, recordPage } from "./auditWords";

const operationChoices = auditOperations.map((id) => ({ id, name: `app.audit.operations.${id}` }));
const typeChoices = auditRecordTypes.map((id) => ({ id, name: `app.audit.types.${id}` }));

const filters = [
  <ReferenceInput key="user" source="userId" reference="users" sort={{ field: "username", order: "ASC" }} alwaysOn>
    <AutocompleteInput optionText="username" filterToQuery={(q: string) => (q ? { q } : {})} sx={{ minWidth: 180 }} helperText={false} />
  </ReferenceInput>,
  <SelectInput key="type" source="recordType_eq" choices={typeChoices} alwaysOn sx={{ minWidth: 150 }} />,
  <TextInput key="recordId" source="recordId" alwaysOn sx={{ maxWidth: 120 }} />,
  <SelectInput key="op" source="operation_eq" choices={operationChoices} alwaysOn sx={{ minWidth: 130 }} />,
  <DateInput key="from" source="at_gte" alwaysOn />,
  <DateInput key="to" source="at_lte" alwaysOn />,
  <TextInput key="actor" source="actor" />,
];

export const OperationField = (_: { label?: string; source?: string }) => {
  const row = useRecordContext();
  const translate = useTranslate();
  if (!row) return null;
  return <span>{translate(`app.audit.operations.${row.operation}`, { _: row.operation })}</span>;
};

export const RecordField = (_: { label?: string; source?: string }) => {
  const row = useRecordContext();
  const translate = useTranslate();
  if (!row) return null;
  const text = `${translate(`app.audit.types.${row.recordType}`, { _: row.recordType })}${row.recordId ? ` #${row.recordId}` : ""}`;
  const to = recordPage(row as never);
  return to ? (
    <Link to={to} onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}>
      {text}
    </Link>
  ) : (
    <span>{text}</span>
  );
};

export const AtField = (_: { label?: string; source?: string }) => <RaDateField source="at" showTime locales="zh-CN" options={{ hour12: false }} />;

const exporter = listExporter("auditLogs", [
  { header: "resources.auditLogs.fields.at", value: (r) => r.at, kind: "datetime" },
  { header: "resources.auditLogs.fields.actor", value: (r) => r.actor },
  { header: "resources.auditLogs.fields.operation", value: (r) => r.operation },
  { header: "resources.auditLogs.fields.recordType", value: (r) => r.recordType },
  { header: "resources.auditLogs.fields.recordId", value: (r) => r.recordId },
  { header: "resources.auditLogs.fields.changes", value: (r) => changedFields(r as never).join(" ") },
]);

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButtons />
  </TopToolbar>
);

export const AuditLogList = () => (
  <List filters={filters} actions={<Actions />} sort={{ field: "at", order: "DESC" }} perPage={25} exporter={exporter}>
    <DataTable bulkActionButtons={false} rowClick="expand" expand={<AuditDiff />} expandSingle={false}>
      <DataTable.Col source="at" field={AtField} />
      <DataTable.Col source="actor" disableSort />
      <DataTable.Col source="operation" disableSort field={OperationField} />
      <DataTable.Col source="recordType" disableSort field={RecordField} />
      <DataTable.Col source="changes" disableSort cellSx={() => ({ whiteSpace: "normal", maxWidth: 420 })}>
        <Box component="span" sx={{ color: "text.secondary" }}>
          <AuditSummary />
        </Box>
      </DataTable.Col>
    </DataTable>
  </List>
);
