// A saved query with the URLs a dashboard calls (JSON, CSV), each with a copy button.
import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import { Box, IconButton, Tooltip, Typography } from "@mui/material";
import { Labeled, NumberField, Show, SimpleShowLayout, TextField, useNotify, useRecordContext, useTranslate } from "react-admin";
import { RecordHistory } from "../audit-logs/RecordHistory";
import { ShowActions } from "../common/crud";
import { FieldGrid } from "../common/fields";

export const savedQueryUrl = (name: string, csv = false) => `${window.location.origin}/saved/${encodeURIComponent(name)}${csv ? "?format=csv" : ""}`;

const CopyableUrl = ({ csv = false }: { csv?: boolean }) => {
  const record = useRecordContext();
  const notify = useNotify();
  const translate = useTranslate();
  if (!record) return null;
  const url = savedQueryUrl(String(record.name), csv);
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
      <Typography component="code" data-testid={csv ? "saved-query-csv-url" : "saved-query-url"} sx={{ fontFamily: "monospace", fontSize: 14, wordBreak: "break-all" }}>
        {url}
      </Typography>
      <Tooltip title={translate("app.tokens.copy")}>
        <IconButton
          size="small"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              notify("app.tokens.copied");
            } catch {
              notify("app.saved_queries.copy_failed", { type: "warning" });
            }
          }}
        >
          <ContentCopyIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    </Box>
  );
};

const Variables = (_: { label?: string }) => {
  const record = useRecordContext();
  return record ? <pre style={{ margin: 0 }}>{JSON.stringify(record.variables ?? {}, null, 2)}</pre> : null;
};

export const SavedQueryShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <FieldGrid>
          <TextField source="name" />
          <TextField source="title" />
          <NumberField source="maxAge" />
        </FieldGrid>
        <Labeled label="app.saved_queries.url">
          <CopyableUrl />
        </Labeled>
        <Labeled label="app.saved_queries.csv_url">
          <CopyableUrl csv />
        </Labeled>
        <Typography variant="body2" color="text.secondary">
          {translate("app.saved_queries.usage")}
        </Typography>
        <TextField source="query" component="pre" sx={{ fontFamily: "monospace", whiteSpace: "pre-wrap" }} />
        <Labeled label="resources.savedQueries.fields.variables">
          <Variables />
        </Labeled>
        <RecordHistory type="SavedQuery" label={false} />
      </SimpleShowLayout>
    </Show>
  );
};
