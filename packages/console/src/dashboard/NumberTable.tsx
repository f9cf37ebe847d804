// The numbers beside a chart: rows × columns of counts, each a link to its records, with totals.
import { Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";
import { figureValue, useFigure } from "../common/FigureDownloads";
import { NumberLink } from "./parts";

// A count that links to its records, or a value that is no count of records (a sum of hours).
export type Cell = { value: number | undefined; resource: string; filter: Record<string, unknown>; testId?: string } | { text: ReactNode } | null;
export type NumberRow = { key: string; label: ReactNode; cells: Cell[]; strong?: boolean };

const plain = (n: ReactNode) => (typeof n === "string" || typeof n === "number" ? String(n) : "");

// The table's figures as the card's download has them (a sheet named `title`, or after the card).
export const NumberTable = ({ columns, rows, testId, title }: { columns: ReactNode[]; rows: NumberRow[]; testId?: string; title?: string }) => {
  const translate = useTranslate();
  useFigure({
    sheet: () => ({
      name: title ?? "",
      columns: [{ header: translate("app.export.item") }, ...columns.map((c) => ({ header: plain(c) }))],
      rows: rows.map((r) => [plain(r.label), ...r.cells.map((c) => (!c ? null : "text" in c ? figureValue(plain(c.text)) : (c.value ?? 0)))]),
    }),
  });
  return <NumberGrid columns={columns} rows={rows} testId={testId} />;
};

const NumberGrid = ({ columns, rows, testId }: { columns: ReactNode[]; rows: NumberRow[]; testId?: string }) => (
  <Table size="small" data-testid={testId} sx={{ "& td, & th": { px: 1, py: 0.5 }, "& td:not(:first-of-type), & th:not(:first-of-type)": { textAlign: "right" } }}>
    <TableHead>
      <TableRow>
        <TableCell />
        {columns.map((c, i) => (
          <TableCell key={i} sx={{ fontWeight: 600 }}>
            {c}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
    <TableBody>
      {rows.map((r) => (
        <TableRow key={r.key} sx={r.strong ? { "& td": { fontWeight: 600, borderTop: 2, borderColor: "divider" } } : undefined}>
          <TableCell>{r.label}</TableCell>
          {r.cells.map((c, i) => (
            <TableCell key={i}>
              {!c ? "—" : "text" in c ? c.text : <NumberLink value={c.value ?? 0} resource={c.resource} filter={c.filter} testId={c.testId ?? (testId && `${testId}-${r.key}-${i}`)} />}
            </TableCell>
          ))}
        </TableRow>
      ))}
    </TableBody>
  </Table>
);
