// Toolbars and layout bits every resource uses. Deletes are pessimistic: react-admin then asks for
// confirmation first and reports the server's answer (e.g. "still referenced") instead of undoing.
import GridOnIcon from "@mui/icons-material/GridOn";
import { Box, Typography } from "@mui/material";
import type { ReactNode } from "react";
import type { ListExporter } from "./exporter";
import { xlsxExporter } from "./xlsx";
import { ConflictDialog } from "./ConflictAwareEdit";
import {
  BulkDeleteButton,
  useCanAccess,
  useListContext,
  useResourceContext,
  CreateButton,
  DeleteButton,
  EditButton,
  ExportButton,
  FilterButton,
  SaveButton,
  Toolbar,
  TopToolbar,
  useTranslate,
} from "react-admin";

// Exports all rows of the filtered list, page by page (up to every deputy of the city).
export const EXPORT_MAX = 20000;

// CSV and Excel of the filtered list, both from the columns of the list's exporter (listExporter).
export const ExportButtons = () => {
  const { exporter } = useListContext();
  const columns = exporter && (exporter as Partial<ListExporter>).columns ? (exporter as ListExporter) : undefined;
  return (
    <>
      <ExportButton maxResults={EXPORT_MAX} label="app.export.csv" />
      {columns && <ExportButton maxResults={EXPORT_MAX} label="app.export.xlsx" icon={<GridOnIcon />} exporter={xlsxExporter(columns)} />}
    </>
  );
};

// children: more buttons after export (e.g. import)
export const ListActions = ({ create = true, children }: { create?: boolean; children?: ReactNode }) => (
  <TopToolbar>
    <FilterButton />
    {create && <CreateButton />}
    <ExportButtons />
    {children}
  </TopToolbar>
);

// A read-only list (child rows, logs): filters and export only.
export const ReadOnlyListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButtons />
  </TopToolbar>
);

export const BulkActions = () => <BulkDeleteButton mutationMode="pessimistic" />;

// A list's bulk actions (and so its row checkboxes) only for those who may delete.
export function useBulkActions() {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource, action: "delete" });
  return canAccess ? <BulkActions /> : false;
}

export const EditToolbar = () => (
  <Toolbar sx={{ justifyContent: "space-between" }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
    <ConflictDialog />
  </Toolbar>
);

export const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

// A heading inside a form or show page.
export const Section = ({ title, children }: { title: string; children?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2, mb: 1, width: "100%" }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, color: "primary.main", borderBottom: 1, borderColor: "divider", pb: 0.5 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

// Inputs side by side, wrapping on narrow screens.
export const Row = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: "flex", flexWrap: "wrap", columnGap: 2, width: "100%", "& > *": { flex: "1 1 200px", maxWidth: 360 } }}>{children}</Box>
);
