// What the dashboard's cards share: their queries, a number that opens its records, a card.
import { Box, Card, CardContent, CircularProgress, Link as MuiLink, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useRef, type ReactNode } from "react";
import { Link, useDataProvider, useTranslate } from "react-admin";
import { FigureDownloads, FiguresContext, figureValue, sheetsOf, useFigure, useFigureRegistry } from "../common/FigureDownloads";
import { listUrl } from "../common/listLink";
import type { AppDataProvider } from "../dataProvider";

export function useDashboardQuery<T>(key: string, year: number | undefined, query: string, variables: Record<string, unknown>) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ["dashboard", key, year, variables],
    queryFn: () => dataProvider.graphql<T>(query, variables),
    enabled: year !== undefined,
    staleTime: 60_000,
  });
}

// A count that opens the list of exactly the records it counts.
export const NumberLink = ({ value, resource, filter, testId, unit }: { value: number | undefined; resource: string; filter: Record<string, unknown>; testId?: string; unit?: string }) => {
  if (value === undefined) return <span>…</span>;
  return (
    <MuiLink component={Link} to={listUrl(resource, filter)} underline="hover" data-testid={testId} sx={{ fontVariantNumeric: "tabular-nums" }}>
      {value.toLocaleString("zh-CN")}
      {unit}
    </MuiLink>
  );
};

// A headline figure: its name, the number (a link), and a line under it. Downloaded as shown.
export const Stat = ({ label, children, note }: { label: string; children: ReactNode; note?: ReactNode }) => {
  const value = useRef<HTMLDivElement>(null);
  const noteText = useRef<HTMLDivElement>(null);
  useFigure({ stat: () => [label, figureValue(value.current?.textContent ?? ""), noteText.current?.textContent ?? ""] });
  return (
    <Box sx={{ minWidth: 120 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="h5" component="div" sx={{ fontWeight: 600, lineHeight: 1.3 }} ref={value}>
        {children}
      </Typography>
      {note && (
        <Typography variant="caption" color="text.secondary" component="div" ref={noteText}>
          {note}
        </Typography>
      )}
    </Box>
  );
};

// A card of the dashboard: its title, its download actions (the charts as a picture, the figures of its
// tables as .xlsx) and its content.
export const DashboardCard = ({
  title,
  children,
  loading,
  error,
  testId,
  year,
}: {
  title: string;
  children: ReactNode;
  loading?: boolean;
  error?: unknown;
  testId?: string;
  year?: number;
}) => {
  const translate = useTranslate();
  const registry = useFigureRegistry();
  const body = useRef<HTMLDivElement>(null);
  const name = year ? translate("app.export.year_title", { year, title: translate(title) }) : translate(title);
  const sheets = () =>
    sheetsOf(registry, name, { item: translate("app.export.item"), value: translate("app.export.value"), note: translate("app.export.note") });
  return (
    <Card variant="outlined" sx={{ height: "100%" }} data-testid={testId}>
      <CardContent ref={body}>
        <Box sx={{ display: "flex", alignItems: "center", mb: 1 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>
            {translate(title)}
          </Typography>
          {!loading && !error && <FigureDownloads title={name} target={body} sheets={sheets} testId={testId && `${testId}-download`} />}
        </Box>
        {error ? (
          <Typography color="error" variant="body2">
            {(error as Error).message}
          </Typography>
        ) : loading ? (
          <Box sx={{ display: "flex", justifyContent: "center", py: 6 }}>
            <CircularProgress size={28} />
          </Box>
        ) : (
          <FiguresContext.Provider value={registry}>{children}</FiguresContext.Provider>
        )}
      </CardContent>
    </Card>
  );
};

// Chart colours, one per series, in the console's red and some calm companions.
export const palette = ["#b71c1c", "#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#5d4037", "#c2185b"];

// "威宁彝族回族苗族自治县" → "威宁县", "百里杜鹃管理区" → "百里杜鹃": axis labels that fit.
export const shortName = (name: string | undefined | null) =>
  (name ?? "").replace(/((彝|回|苗|布依|仡佬|白|土家)族)+自治县$/, "县").replace(/管理区$/, "");

export const percent = (part: number | undefined, whole: number | undefined) =>
  part === undefined || !whole ? "—" : `${((part / whole) * 100).toFixed(1)}%`;
