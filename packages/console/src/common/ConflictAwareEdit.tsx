// No lost updates, and no lost typing: every update sends the version it was based on, and when someone
// else saved in between the API refuses it with CONFLICT. The edit page then says so and offers to load
// the current version either keeping what the user typed (their changed fields over the new version,
// with its version number, to check and save again) or discarding it.
import WarningAmberIcon from "@mui/icons-material/WarningAmber";
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { createContext, useContext, useState, type ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { Edit, ShowButton, TopToolbar, useEditContext, useNotify, useTranslate, type EditProps, type HttpError } from "react-admin";

type Conflict = { currentVersion: number };
type ConflictState = { conflict: Conflict | null; setConflict: (c: Conflict | null) => void };

const ConflictContext = createContext<ConflictState | null>(null);

export const conflictOf = (error: unknown): Conflict | null => {
  const body = (error as HttpError | undefined)?.body as { code?: string; currentVersion?: unknown } | undefined;
  return body?.code === "CONFLICT" && typeof body.currentVersion === "number" ? { currentVersion: body.currentVersion } : null;
};

// <Edit> as every resource uses it: saved pessimistically (a refused save leaves the form as typed),
// back to the show page after saving, and a stale version handled by <ConflictDialog> in the toolbar.
export const ConflictAwareEdit = ({ children, ...props }: EditProps & { children: ReactNode }) => {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const notify = useNotify();
  const onError = (error: unknown) => {
    const c = conflictOf(error);
    if (c) return setConflict(c);
    // As react-admin does by default: errors on fields show on the fields, others as a notice.
    const fields = (error as HttpError)?.body?.errors;
    if (fields && Object.keys(fields).length) return;
    notify((error as Error)?.message || "ra.notification.http_error", { type: "error" });
  };
  return (
    <ConflictContext.Provider value={{ conflict, setConflict }}>
      <Edit mutationMode="pessimistic" redirect="show" actions={<TopToolbar><ShowButton /></TopToolbar>} mutationOptions={{ onError }} {...props}>
        {children}
      </Edit>
    </ConflictContext.Provider>
  );
};

const comparable = (v: unknown) => JSON.stringify(v ?? null);

// The fields the user changed: what the form holds that differs from the record it was loaded with.
export function typedChanges(values: Record<string, unknown>, loaded: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (["id", "version", "createdAt", "updatedAt"].includes(k)) continue;
    if (comparable(v) !== comparable(loaded[k])) out[k] = v;
  }
  return out;
}

// Inside the form (rendered by the edit toolbar): the notice and the two ways to go on.
export const ConflictDialog = () => {
  const state = useContext(ConflictContext);
  const translate = useTranslate();
  const notify = useNotify();
  const form = useFormContext();
  const { record, refetch } = useEditContext();

  if (!state) return null;
  const { conflict, setConflict } = state;
  const load = async (keep: boolean) => {
    const edits = keep && record ? typedChanges(form.getValues(), record) : {};
    setConflict(null);
    const { data } = await refetch();
    if (!data) return;
    // The form resets itself to the record just loaded, when it next renders; the user's edits go back
    // on top once it has.
    for (let i = 0; i < 250 && form.getValues("version") !== data.version; i++) await new Promise((r) => setTimeout(r, 20));
    for (const [k, v] of Object.entries(edits)) form.setValue(k, v, { shouldDirty: true, shouldValidate: true });
    notify(Object.keys(edits).length ? "app.conflict.kept" : "app.conflict.reloaded", { type: "info", messageArgs: { version: data.version } });
  };
  return (
    <Dialog open={!!conflict} onClose={() => setConflict(null)} maxWidth="sm" fullWidth data-testid="conflict-dialog">
      <DialogTitle sx={{ display: "flex", alignItems: "center", gap: 1 }}>
        <WarningAmberIcon color="warning" />
        {translate("app.conflict.title")}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>{translate("app.conflict.body", { version: conflict?.currentVersion ?? "", yours: record?.version ?? "" })}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: "wrap", gap: 1 }}>
        <Button onClick={() => load(false)} color="inherit">
          {translate("app.conflict.discard")}
        </Button>
        <Button onClick={() => load(true)} variant="contained" autoFocus>
          {translate("app.conflict.keep")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
