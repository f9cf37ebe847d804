// The year a page shows, kept in the URL (?year=2024) so a link or a reload shows the same year. By
// default the latest year, up to this one, in which duty activities were recorded.
import { MenuItem, TextField } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useDataProvider, useTranslate } from "react-admin";
import { useSearchParams } from "react-router-dom";
import type { AppDataProvider } from "../dataProvider";
import { YEARS_QUERY } from "./queries";

type Years = { activities: { groups: { key: { dateYear: number | null } }[] }; proposals: { groups: { key: { submittedAtYear: number | null } }[] } };

export function useYear(): { year: number | undefined; years: number[]; setYear: (y: number) => void } {
  const dataProvider = useDataProvider<AppDataProvider>();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const { data } = useQuery({ queryKey: ["years"], queryFn: () => dataProvider.graphql<Years>(YEARS_QUERY), staleTime: 300_000 });
  const withActivities = (data?.activities.groups ?? []).map((g) => g.key.dateYear).filter((y): y is number => y != null);
  const years = [...new Set([thisYear, ...withActivities, ...(data?.proposals.groups ?? []).map((g) => g.key.submittedAtYear).filter((y): y is number => y != null)])]
    .filter((y) => y <= thisYear)
    .sort((a, b) => b - a);
  const fromUrl = Number(params.get("year"));
  const fallback = data ? Math.max(...withActivities.filter((y) => y <= thisYear), 0) || thisYear : undefined;
  const year = fromUrl >= 1949 && fromUrl <= thisYear + 1 ? fromUrl : fallback;
  const setYear = (y: number) =>
    setParams(
      (p) => {
        p.set("year", String(y));
        return p;
      },
      { replace: true },
    );
  return { year, years: year && !years.includes(year) ? [year, ...years] : years, setYear };
}

export const YearPicker = ({ year, years, setYear }: ReturnType<typeof useYear>) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      label={translate("app.dashboard.year")}
      value={year ?? ""}
      onChange={(e) => setYear(Number(e.target.value))}
      fullWidth={false}
      sx={{ width: 140 }}
      slotProps={{ htmlInput: { "data-testid": "year-picker" } }}
    >
      {years.map((y) => (
        <MenuItem key={y} value={y}>
          {translate("app.dashboard.year_option", { year: y })}
        </MenuItem>
      ))}
    </TextField>
  );
};
