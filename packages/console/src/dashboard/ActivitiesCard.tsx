// Person-times of duty activities in the year, month by month and by area (legislation, supervision,
// contact with the public, other): each bar and number opens the participations behind it.
import { Box } from "@mui/material";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useNavigate, useTranslate } from "react-admin";
import { enums } from "../common/enums";
import { listUrl } from "../common/listLink";
import { participationFilter } from "./filters";
import { NumberTable } from "./NumberTable";
import { ACTIVITIES_QUERY } from "./queries";
import { DashboardCard, NumberLink, palette, Stat, useDashboardQuery } from "./parts";


type Data = {
  byMonth: { total: { count: number; persons: number }; groups: { key: { activityDateMonth: string; activityArea: string }; count: number }[] };
  activities: { total: { count: number; sum: { suggestionsCount: number | null } } };
};

export const ActivitiesCard = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { data, isPending, error } = useDashboardQuery<Data>("activities", year, ACTIVITIES_QUERY, {
    year: participationFilter(year),
    activities: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } },
  });
  const areas = enums.ActivityArea;
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
  const count = (month?: string, area?: string) =>
    (data?.byMonth.groups ?? []).filter((g) => (!month || g.key.activityDateMonth === month) && (!area || g.key.activityArea === area)).reduce((n, g) => n + g.count, 0);
  const rows = months.map((m) => ({ month: m, name: translate("app.dashboard.month", { month: Number(m.slice(5)) }), ...Object.fromEntries(areas.map((a) => [a, count(m, a)])) }));

  return (
    <DashboardCard title="app.dashboard.activities" loading={isPending} error={error} testId="dashboard-activities" year={year}>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 4, mb: 2 }}>
        <Stat label={translate("app.dashboard.person_times_total")} note={translate("app.dashboard.persons_note", { persons: (data?.byMonth.total.persons ?? 0).toLocaleString("zh-CN") })}>
          <NumberLink value={data?.byMonth.total.count} resource="activityParticipations" filter={participationFilter(year)} testId="activities-person-times" />
        </Stat>
        <Stat label={translate("app.dashboard.activities_held")} note={translate("app.dashboard.suggestions_note", { n: (data?.activities.total.sum.suggestionsCount ?? 0).toLocaleString("zh-CN") })}>
          <NumberLink value={data?.activities.total.count} resource="activities" filter={{ date: { gte: `${year}-01-01`, lte: `${year}-12-31` } }} testId="activities-count" />
        </Stat>
      </Box>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2 }}>
        <Box sx={{ flex: "2 1 480px", minWidth: 0, height: 300 }}>
          <ResponsiveContainer>
            <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} />
              <YAxis tick={{ fontSize: 11 }} allowDecimals={false} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
              {areas.map((a, i) => (
                <Bar
                  key={a}
                  dataKey={a}
                  stackId="area"
                  name={translate(`enums.ActivityArea.${a}`)}
                  fill={palette[i]}
                  cursor="pointer"
                  onClick={(entry: { payload?: { month: string } }) => entry.payload && navigate(listUrl("activityParticipations", participationFilter(year, { month: entry.payload.month, area: a })))}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </Box>
        <Box sx={{ flex: "1 1 260px", overflowX: "auto" }}>
          <NumberTable
            testId="activities-table"
            columns={[translate("app.dashboard.person_times")]}
            rows={[
              ...areas.map((a) => ({
                key: a,
                label: translate(`enums.ActivityArea.${a}`),
                cells: [{ value: count(undefined, a), resource: "activityParticipations", filter: participationFilter(year, { area: a }), testId: `activities-area-${a}` }],
              })),
              {
                key: "all",
                label: translate("app.dashboard.total"),
                strong: true,
                cells: [{ value: data?.byMonth.total.count, resource: "activityParticipations", filter: participationFilter(year) }],
              },
            ]}
          />
        </Box>
      </Box>
    </DashboardCard>
  );
};
