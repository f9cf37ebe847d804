// Download actions for a card of figures (the dashboard's cards, the review's charts): its charts as a
// PNG or SVG picture, and the numbers behind it as .xlsx. The tables of a card (NumberTable, Stat)
// register their figures with the card (`useFigureSheet`), so the workbook holds what the card shows.
import DownloadIcon from "@mui/icons-material/Download";
import { IconButton, ListItemText, Menu, MenuItem, Tooltip } from "@mui/material";
import { createContext, useContext, useEffect, useId, useRef, useState, type RefObject } from "react";
import { useNotify, useTranslate } from "react-admin";
import { chartPicture, pngBlob, svgBlob } from "./chartImage";
import { downloadBlob } from "./download";
import { downloadWorkbook, type Sheet } from "./xlsx";

// A card's figures, by the tables (a sheet each) and headline figures (a row each of one sheet) that
// show them, in the order they were first shown.
export type Figure = { sheet: () => Sheet | null } | { stat: () => [label: string, value: unknown, note: string] };
export type FigureRegistry = Map<string, Figure>;
export const FiguresContext = createContext<FigureRegistry | null>(null);

export const useFigureRegistry = (): FigureRegistry => useRef<FigureRegistry>(new Map()).current;

// A table or a headline figure registers with the card around it, read when the card is downloaded.
export function useFigure(figure: Figure): void {
  const registry = useContext(FiguresContext);
  const id = useId();
  const latest = useRef(figure);
  latest.current = figure;
  useEffect(() => {
    if (!registry) return;
    const f = latest.current;
    registry.set(id, "sheet" in f ? { sheet: () => (latest.current as { sheet: () => Sheet | null }).sheet() } : { stat: () => (latest.current as { stat: () => [string, unknown, string] }).stat() });
    return () => void registry.delete(id);
  }, [registry, id]);
}

// "1,234" → 1234, "12.5" → 12.5: a figure shown as text written as the number it is.
export const figureValue = (text: string): string | number => {
  const t = text.trim();
  return /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(t) ? Number(t.replace(/,/g, "")) : t;
};

// The sheets of a card: its headline figures first (name, value, note), then each table.
export function sheetsOf(registry: FigureRegistry, title: string, headers: { item: string; value: string; note: string }): Sheet[] {
  const figures = [...registry.values()];
  const stats = figures.flatMap((f) => ("stat" in f ? [f.stat()] : []));
  const tables = figures.flatMap((f) => ("sheet" in f ? [f.sheet()] : [])).filter((s): s is Sheet => !!s && s.rows.length > 0);
  return [
    ...(stats.length ? [{ name: title, columns: [{ header: headers.item }, { header: headers.value }, { header: headers.note }], rows: stats }] : []),
    ...tables.map((t, i) => ({ ...t, name: t.name || `${title}${tables.length > 1 || stats.length ? `（${i + 1}）` : ""}` })),
  ];
}

// A file name without the characters file systems refuse.
export const fileName = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001F]/g, "_").trim().slice(0, 120) || "figures";

export const FigureDownloads = ({
  title,
  target,
  sheets,
  testId,
}: {
  title: string;
  // the part of the page holding the charts
  target: RefObject<HTMLElement | null>;
  sheets: () => Sheet[];
  testId?: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const run = (job: () => Promise<void>) => async () => {
    setAnchor(null);
    try {
      await job();
    } catch (e) {
      notify((e as Error).message, { type: "error" });
    }
  };
  const picture = () => chartPicture(target.current!, title, sheets());
  const name = fileName(title);
  return (
    <>
      <Tooltip title={translate("app.export.download")}>
        <IconButton size="small" aria-label={translate("app.export.download")} onClick={(e) => setAnchor(e.currentTarget)} data-testid={testId} className="no-print">
          <DownloadIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={run(async () => downloadBlob(await pngBlob(await picture()), `${name}.png`))}>
          <ListItemText>{translate("app.export.png")}</ListItemText>
        </MenuItem>
        <MenuItem onClick={run(async () => downloadBlob(svgBlob(await picture()), `${name}.svg`))}>
          <ListItemText>{translate("app.export.svg")}</ListItemText>
        </MenuItem>
        <MenuItem onClick={run(() => downloadWorkbook(sheets(), name))}>
          <ListItemText>{translate("app.export.data")}</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
};
