// The numbers beside a chart: rows × columns of counts, each a link to its records, with totals.
import { Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import type { ReactNode } from "react";
import { NumberLink } from "./parts";

// A count that links to its records, or a value that is no count of records (a sum of hours).
export type Cell = { value: number | undefined; resource: string; filter: Record<string, unknown>; testId?: string } | { text: ReactNode } | null;
export type NumberRow = { key: string; label: ReactNode; cells: Cell[]; strong?: boolean };

export const NumberTable = ({ columns, rows, testId }: { columns: ReactNode[]; rows: NumberRow[]; testId?: string }) => (
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
