// 导入: choose what to import, download its template, choose an .xlsx file, try it (the dry run shows
// every row as new / changed / unchanged / refused, and each refusal's row, column and reason), then
// 确认导入 writes it all in one transaction. The server does the reading and the checking.
import DownloadIcon from "@mui/icons-material/Download";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useState, type ChangeEvent } from "react";
import { Title, useDataProvider, useNotify, useTranslate } from "react-admin";
import { Link, useSearchParams } from "react-router-dom";
import { downloadBlob } from "../common/download";
import type { AppDataProvider } from "../dataProvider";

// The resources the API's ImportResource enum names, as the console's resource names.
export const IMPORTABLE = {
  deputies: "DEPUTIES",
  stations: "STATIONS",
  stationDeputies: "STATION_DEPUTIES",
  trainingAttendances: "TRAINING_ATTENDANCES",
  activityParticipations: "ACTIVITY_PARTICIPATIONS",
  receptions: "RECEPTIONS",
} as const;
type Importable = keyof typeof IMPORTABLE;

// The API's limit (MAX_FILE_BYTES): a larger file is refused here, before it is sent.
const MAX_FILE_BYTES = 3 * 1024 * 1024;

// More rows than this are counted, not drawn (a 20,000-row file's table would freeze the page).
const SHOWN_ROWS = 500;

type Refusal = { row: number; column: string; reason: string; code: string };
type Report = {
  committed: boolean;
  total: number;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  refusedCount: number;
  ignoredColumns: string[];
  rows: { row: number; status: "NEW" | "CHANGED" | "UNCHANGED" | "REFUSED"; label: string; changedColumns: string[] }[];
  refusals: Refusal[];
};

const IMPORT = `mutation Import($resource: ImportResource!, $fileName: String!, $file: String!, $commit: Boolean) {
  importRecords(resource: $resource, fileName: $fileName, file: $file, commit: $commit) {
    committed total newCount changedCount unchangedCount refusedCount ignoredColumns
    rows { row status label changedColumns }
    refusals { row column reason code }
  }
}`;
const TEMPLATE = `query ImportTemplate($resource: ImportResource!) { importTemplate(resource: $resource) { fileName file } }`;

const STATUS_COLOR = { NEW: "success", CHANGED: "warning", UNCHANGED: "default", REFUSED: "error" } as const;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export const ImportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [params, setParams] = useSearchParams();
  const resource: Importable = (params.get("resource") as Importable) in IMPORTABLE ? (params.get("resource") as Importable) : "deputies";
  const [file, setFile] = useState<{ name: string; data: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const template = async () => {
    try {
      const { importTemplate: t } = await dataProvider.graphql<{ importTemplate: { fileName: string; file: string } }>(TEMPLATE, { resource: IMPORTABLE[resource] });
      const bytes = Uint8Array.from(atob(t.file), (c) => c.charCodeAt(0));
      downloadBlob(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }), t.fileName);
    } catch (e) {
      notify((e as Error).message, { type: "error" });
    }
  };

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const f = input.files?.[0];
    setReport(null);
    setError(null);
    if (!f) return;
    if (f.size > MAX_FILE_BYTES) {
      setFile(null);
      setError(translate("import.too_large", { name: f.name }));
      input.value = "";
      return;
    }
    try {
      setFile({ name: f.name, data: await readBase64(f) });
    } catch (err) {
      setError((err as Error).message);
    }
    // the same file may be chosen again after it was corrected
    input.value = "";
  };

  const send = async (commit: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const { importRecords } = await dataProvider.graphql<{ importRecords: Report }>(IMPORT, {
        resource: IMPORTABLE[resource],
        fileName: file.name,
        file: file.data,
        commit,
      });
      setReport(importRecords);
      if (commit && importRecords.committed) notify("import.committed", { type: "success", messageArgs: { new: importRecords.newCount, changed: importRecords.changedCount } });
    } catch (e) {
      setReport(null);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const canCommit = !!report && !report.committed && report.refusedCount === 0 && report.newCount + report.changedCount > 0;

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="import.title" />
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 2 }}>
          <TextField
            select
            size="small"
            label={translate("import.resource")}
            value={resource}
            onChange={(e) => {
              setParams({ resource: e.target.value });
              setReport(null);
            }}
            sx={{ width: 200 }}
            slotProps={{ htmlInput: { "data-testid": "import-resource" } }}
          >
            {Object.keys(IMPORTABLE).map((r) => (
              <MenuItem key={r} value={r}>
                {translate(`import.resources.${r}`)}
              </MenuItem>
            ))}
          </TextField>
          <Button startIcon={<DownloadIcon />} onClick={template} data-testid="import-template">
            {translate("import.template")}
          </Button>
          <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
            {translate("import.choose")}
            <input hidden type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={choose} data-testid="import-file" />
          </Button>
          <Typography variant="body2" color="text.secondary" data-testid="import-file-name">
            {file ? file.name : translate("import.no_file")}
          </Typography>
          <Box sx={{ flex: 1 }} />
          <Button variant="outlined" disabled={!file || busy} onClick={() => send(false)} data-testid="import-dry-run">
            {translate("import.dry_run")}
          </Button>
          <Button variant="contained" disabled={!canCommit || busy} onClick={() => send(true)} data-testid="import-commit">
            {translate("import.commit")}
          </Button>
        </CardContent>
        <CardContent sx={{ pt: 0 }}>
          <Typography variant="body2" color="text.secondary">
            {translate("import.help")}
          </Typography>
        </CardContent>
      </Card>

      {error && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="import-error">
          {error}
        </Alert>
      )}

      {report && (
        <>
          <Box sx={{ display: "flex", gap: 1, alignItems: "center", mb: 2, flexWrap: "wrap" }} data-testid="import-summary">
            <Typography variant="subtitle1" sx={{ mr: 1 }}>
              {translate(report.committed ? "import.done" : "import.dry_run_result", { total: report.total })}
            </Typography>
            {(["NEW", "CHANGED", "UNCHANGED", "REFUSED"] as const).map((s) => (
              <Chip
                key={s}
                color={STATUS_COLOR[s]}
                variant={s === "UNCHANGED" ? "outlined" : "filled"}
                label={`${translate(`import.status.${s}`)} ${report[({ NEW: "newCount", CHANGED: "changedCount", UNCHANGED: "unchangedCount", REFUSED: "refusedCount" } as const)[s]]}`}
                data-testid={`import-count-${s}`}
              />
            ))}
            {report.committed && (
              <Button component={Link} to={`/${resource}`} size="small" data-testid="import-to-list">
                {translate("import.to_list")}
              </Button>
            )}
          </Box>
          {report.ignoredColumns.length > 0 && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate("import.ignored", { columns: report.ignoredColumns.join("、") })}
            </Alert>
          )}
          {report.refusedCount > 0 && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {translate("import.refused_help")}
            </Alert>
          )}
          {report.refusals.length > 0 && (
            <Card variant="outlined" sx={{ mb: 2 }}>
              <Table size="small" data-testid="import-refusals">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate("import.row")}</TableCell>
                    <TableCell>{translate("import.column")}</TableCell>
                    <TableCell>{translate("import.reason")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {report.refusals.slice(0, SHOWN_ROWS).map((r, i) => (
                    <TableRow key={i}>
                      <TableCell>{r.row}</TableCell>
                      <TableCell>{r.column}</TableCell>
                      <TableCell>{r.reason}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Card>
          )}
          <Card variant="outlined">
            <Table size="small" data-testid="import-rows">
              <TableHead>
                <TableRow>
                  <TableCell>{translate("import.row")}</TableCell>
                  <TableCell>{translate("import.label")}</TableCell>
                  <TableCell>{translate("import.result")}</TableCell>
                  <TableCell>{translate("import.changed_columns")}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.rows.slice(0, SHOWN_ROWS).map((r) => (
                  <TableRow key={r.row} data-status={r.status}>
                    <TableCell>{r.row}</TableCell>
                    <TableCell>{r.label}</TableCell>
                    <TableCell>
                      <Chip size="small" color={STATUS_COLOR[r.status]} variant={r.status === "UNCHANGED" ? "outlined" : "filled"} label={translate(`import.status.${r.status}`)} />
                    </TableCell>
                    <TableCell>{r.changedColumns.join("、")}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {report.rows.length > SHOWN_ROWS && (
              <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
                {translate("import.more_rows", { shown: SHOWN_ROWS, total: report.rows.length })}
              </Typography>
            )}
          </Card>
        </>
      )}
    </Box>
  );
};
