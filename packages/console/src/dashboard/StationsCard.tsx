// Liaison stations, rooms and online stations in place at the end of the year, by county, with the
// model and industry stations among them.
import { Box } from "@mui/material";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useNavigate, useTranslate } from "react-admin";
import { enums } from "../common/enums";
import { listUrl } from "../common/listLink";
import { stationFilter } from "./filters";
import { NumberTable, type Cell } from "./NumberTable";
import { STATIONS_QUERY } from "./queries";
import { DashboardCard, palette, shortName, useDashboardQuery } from "./parts";

type Groups = { total: { count: number }; groups: { key: { kind: string; districtId: string | null; district?: { name: string } | null }; count: number }[] };


export const StationsCard = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { data, isPending, error } = useDashboardQuery<Record<"all" | "model" | "industry", Groups>>("stations", year, STATIONS_QUERY, {
    all: stationFilter(year),
    model: stationFilter(year, { model: true }),
    industry: stationFilter(year, { industry: true }),
  });
  const kinds = enums.StationKind;
  const districts = [...new Map((data?.all.groups ?? []).map((g) => [g.key.districtId, g.key.district?.name ?? translate("app.dashboard.no_district")])).entries()];
  const count = (g: Groups | undefined, kind?: string, district?: string | null) =>
    (g?.groups ?? []).filter((x) => (!kind || x.key.kind === kind) && (district === undefined || x.key.districtId === district)).reduce((n, x) => n + x.count, 0);
  const rows = districts.map(([id, name]) => ({ id, name: shortName(name), ...Object.fromEntries(kinds.map((k) => [k, count(data?.all, k, id)])) }));
  const cells = (district?: string | null, total = false): Cell[] => [
    ...kinds.map((k) => ({
      value: count(data?.all, k, district),
      resource: "stations",
      filter: stationFilter(year, { kind: k, district }),
      testId: total ? `stations-total-${k}` : undefined,
    })),
    { value: count(data?.model, "STATION", district), resource: "stations", filter: stationFilter(year, { kind: "STATION", district, model: true }), testId: total ? "stations-total-model" : undefined },
    { value: count(data?.model, "ROOM", district), resource: "stations", filter: stationFilter(year, { kind: "ROOM", district, model: true }) },
    { value: count(data?.industry, "STATION", district), resource: "stations", filter: stationFilter(year, { kind: "STATION", district, industry: true }) },
  ];

  return (
    <DashboardCard title="app.dashboard.stations" loading={isPending} error={error} testId="dashboard-stations" year={year}>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2 }}>
        <Box sx={{ flex: "1 1 420px", minWidth: 0, height: 320 }}>
          <ResponsiveContainer>
            <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} angle={-30} textAnchor="end" height={48} />
              <YAxis tick={{ fontSize: 11 }} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
              {kinds.map((k, i) => (
                <Bar
                  key={k}
                  dataKey={k}
                  name={translate(`enums.StationKind.${k}`)}
                  fill={palette[i]}
                  cursor="pointer"
                  onClick={(entry: { payload?: { id: string | null } }) => entry.payload && navigate(listUrl("stations", stationFilter(year, { kind: k, district: entry.payload.id })))}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </Box>
        <Box sx={{ flex: "1 1 420px", overflowX: "auto" }}>
          <NumberTable
            testId="stations-table"
            columns={[
              ...kinds.map((k) => translate(`enums.StationKind.${k}`)),
              translate("app.dashboard.model_stations"),
              translate("app.dashboard.model_rooms"),
              translate("app.dashboard.industry_stations"),
            ]}
            rows={[
              ...districts.map(([id, name]) => ({ key: String(id), label: shortName(name), cells: cells(id) })),
              { key: "all", label: translate("app.dashboard.city_total"), strong: true, cells: cells(undefined, true) },
            ]}
          />
        </Box>
      </Box>
    </DashboardCard>
  );
};
