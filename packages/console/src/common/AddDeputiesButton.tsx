// "Add many deputies at once" for a child list (a training's attendees, an activity's participants):
// search the server, pick several, and they are appended to the list in the form, each with `defaults`.
import GroupAddIcon from "@mui/icons-material/GroupAdd";
import { Autocomplete, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from "@mui/material";
import { useEffect, useState } from "react";
import { useFormContext } from "react-hook-form";
import { useArrayInput, useGetList, useNotify, useTranslate } from "react-admin";

type Deputy = { id: string; name: string; workUnit?: string | null };

export const AddDeputiesButton = ({ arraySource, defaults = {} }: { arraySource: string; defaults?: Record<string, unknown> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { append } = useArrayInput();
  const { getValues } = useFormContext();
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState("");
  const [q, setQ] = useState("");
  const [picked, setPicked] = useState<Deputy[]>([]);

  useEffect(() => {
    const t = setTimeout(() => setQ(input.trim()), 300);
    return () => clearTimeout(t);
  }, [input]);

  const { data = [], isPending } = useGetList<Deputy>(
    "deputies",
    { filter: q ? { q } : {}, pagination: { page: 1, perPage: 30 }, sort: { field: "name", order: "ASC" } },
    { enabled: open },
  );

  const confirm = () => {
    const present = new Set(((getValues(arraySource) ?? []) as { deputyId?: string }[]).map((x) => String(x.deputyId)));
    const fresh = picked.filter((d) => !present.has(String(d.id)));
    if (fresh.length) append(fresh.map((d) => ({ ...defaults, deputyId: d.id, deputy: { id: d.id, name: d.name, workUnit: d.workUnit } })));
    notify("app.add_deputies.added", { messageArgs: { smart_count: fresh.length } });
    setPicked([]);
    setInput("");
    setOpen(false);
  };

  return (
    <>
      <Button size="small" startIcon={<GroupAddIcon />} onClick={() => setOpen(true)} sx={{ mt: 1 }} data-testid={`add-many-${arraySource}`}>
        {translate("app.add_deputies.button")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate("app.add_deputies.title")}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {translate("app.add_deputies.help")} {translate("app.add_deputies.already")}
          </DialogContentText>
          <Autocomplete
            multiple
            filterOptions={(x) => x}
            options={data}
            loading={isPending}
            value={picked}
            onChange={(_e, v) => setPicked(v)}
            inputValue={input}
            onInputChange={(_e, v, reason) => reason !== "reset" && setInput(v)}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            getOptionLabel={(d) => (d.workUnit ? `${d.name}（${d.workUnit}）` : d.name)}
            renderTags={(value, getTagProps) =>
              value.map((d, i) => <Chip size="small" label={d.name} {...getTagProps({ index: i })} key={d.id} />)
            }
            renderInput={(params) => <TextField {...params} autoFocus label={translate("app.picker.type_to_search")} />}
            disableCloseOnSelect
            noOptionsText={translate("ra.navigation.no_results", { name: translate("resources.deputies.name", { smart_count: 2 }) })}
            loadingText={translate("ra.page.loading")}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate("ra.action.cancel")}</Button>
          <Button variant="contained" onClick={confirm} disabled={!picked.length}>
            {translate("app.add_deputies.confirm")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
