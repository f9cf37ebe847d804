// API tokens for BI tools and dashboards (admins only). A new token is shown once, with a button to
// copy it; the API keeps only its hash. Revoking stops it at once; revoked tokens stay listed.
import AddIcon from "@mui/icons-material/Add";
import BlockIcon from "@mui/icons-material/Block";
import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import {
  Alert,
  Box,
  Button as MuiButton,
  Chip,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  TextField,
} from "@mui/material";
import { useState } from "react";
import {
  Button,
  Confirm,
  DataTable,
  DateField as RaDateField,
  List,
  SearchInput,
  TopToolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import type { AppDataProvider, NewApiToken } from "../dataProvider";

// Copy to the clipboard; where the browser refuses (no secure context), select the text for Ctrl+C.
async function copy(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.select();
    return document.execCommand?.("copy") ?? false;
  }
}

const CreateToken = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [savedOnly, setSavedOnly] = useState(false);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<NewApiToken | null>(null);
  const [input, setInput] = useState<HTMLInputElement | null>(null);

  const close = () => {
    setOpen(false);
    setCreated(null);
    setName("");
    setSavedOnly(false);
    refresh();
  };
  const submit = async () => {
    setBusy(true);
    try {
      setCreated(await dataProvider.createApiToken(name.trim(), savedOnly));
    } catch (e) {
      notify((e as Error).message, { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label="app.tokens.create" onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      <Dialog open={open} onClose={created ? undefined : close} maxWidth="sm" fullWidth data-testid="token-dialog">
        <DialogTitle>{translate(created ? "app.tokens.created_title" : "app.tokens.create_title")}</DialogTitle>
        <DialogContent>
          {created ? (
            <>
              <Alert severity="warning" sx={{ mb: 2 }}>
                {translate("app.tokens.shown_once")}
              </Alert>
              <Box sx={{ display: "flex", gap: 1, alignItems: "center" }}>
                <TextField
                  value={created.token}
                  label={created.apiToken.name}
                  fullWidth
                  inputRef={setInput}
                  slotProps={{ htmlInput: { readOnly: true, "data-testid": "new-token", style: { fontFamily: "monospace" } } }}
                  onFocus={(e) => e.target.select()}
                />
                <MuiButton
                  variant="contained"
                  startIcon={<ContentCopyIcon />}
                  onClick={async () => notify((await copy(created.token, input)) ? "app.tokens.copied" : "app.tokens.copy_failed")}
                  sx={{ whiteSpace: "nowrap", flexShrink: 0 }}
                >
                  {translate("app.tokens.copy")}
                </MuiButton>
              </Box>
              <DialogContentText sx={{ mt: 2, fontSize: 13 }}>{translate("app.tokens.usage")}</DialogContentText>
            </>
          ) : (
            <TextField
              autoFocus
              fullWidth
              label={translate("resources.apiTokens.fields.name")}
              helperText={translate("app.tokens.name_help")}
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => e.key === "Enter" && name.trim() && !busy && submit()}
              slotProps={{ htmlInput: { maxLength: 100 } }}
            />
          )}
          {!created && (
            <FormControlLabel
              sx={{ mt: 1 }}
              control={<Checkbox checked={savedOnly} onChange={(e) => setSavedOnly(e.target.checked)} />}
              label={translate("app.tokens.saved_queries_only")}
            />
          )}
        </DialogContent>
        <DialogActions>
          {created ? (
            <MuiButton onClick={close} variant="outlined">
              {translate("app.tokens.done")}
            </MuiButton>
          ) : (
            <>
              <MuiButton onClick={close}>{translate("ra.action.cancel")}</MuiButton>
              <MuiButton variant="contained" onClick={submit} disabled={!name.trim() || busy}>
                {translate("app.tokens.create")}
              </MuiButton>
            </>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};

const Revoke = (_: { label?: string }) => {
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || record.revokedAt) return null;
  return (
    <>
      <Button label="app.tokens.revoke" color="error" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="app.tokens.revoke_title"
        content="app.tokens.revoke_content"
        translateOptions={{ name: record.name }}
        onConfirm={async () => {
          setBusy(true);
          try {
            await dataProvider.revokeApiToken(String(record.id));
            notify("app.tokens.revoked", { messageArgs: { name: record.name } });
            refresh();
          } catch (e) {
            notify((e as Error).message, { type: "error" });
          } finally {
            setBusy(false);
            setOpen(false);
          }
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const Status = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return record.revokedAt ? (
    <Chip size="small" label={translate("app.tokens.status_revoked")} />
  ) : (
    <Chip size="small" color="success" label={translate("app.tokens.status_active")} />
  );
};

const time = (source: string) => (_: { source?: string }) => <RaDateField source={source} showTime locales="zh-CN" options={{ hour12: false }} emptyText="—" />;
const CreatedAt = time("createdAt");
const LastUsedAt = time("lastUsedAt");
const RevokedAt = time("revokedAt");

export const ApiTokenList = () => (
  <List
    filters={[<SearchInput key="q" source="q" alwaysOn />]}
    actions={
      <TopToolbar>
        <CreateToken />
      </TopToolbar>
    }
    sort={{ field: "createdAt", order: "DESC" }}
    perPage={25}
    exporter={false}
    empty={false}
  >
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="prefix" disableSort>
        <PrefixField />
      </DataTable.Col>
      <DataTable.Col source="savedQueriesOnly" field={SavedOnly} />
      <DataTable.Col label="app.tokens.status" disableSort>
        <Status />
      </DataTable.Col>
      <DataTable.Col source="createdAt" field={CreatedAt} />
      <DataTable.Col source="lastUsedAt" field={LastUsedAt} />
      <DataTable.Col source="revokedAt" disableSort field={RevokedAt} />
      <DataTable.Col label="app.users.actions" disableSort>
        <Revoke />
      </DataTable.Col>
    </DataTable>
  </List>
);

const SavedOnly = (_: { source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.savedQueriesOnly ? <Chip size="small" color="info" label={translate("app.tokens.saved_queries_only_short")} /> : null;
};

const PrefixField = () => {
  const record = useRecordContext();
  return record ? <code>{record.prefix}…</code> : null;
};
