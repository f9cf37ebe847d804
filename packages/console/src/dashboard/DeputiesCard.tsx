// Deputies serving in the year, by level and by county (a county's own mandates and its townships'),
// counted as persons: the deputies list opened from a number shows exactly as many.
import { Box } from "@mui/material";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useNavigate, useTranslate } from "react-admin";
import { enums } from "../common/enums";
import { listUrl } from "../common/listLink";
import { mandateFilter, servingDeputies } from "./filters";
import { NumberTable } from "./NumberTable";
import { COUNTIES_QUERY, deputiesQuery } from "./queries";
import { DashboardCard, palette, shortName, useDashboardQuery } from "./parts";

type Groups = { total: { persons: number }; groups: { key: { level: string }; persons: number }[] };
type County = { id: string; name: string };


export const DeputiesCard = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const counties = useDashboardQuery<{ districts: { nodes: County[] } }>(
    "counties",
    0,
    COUNTIES_QUERY,
    {},
  );
  const list = counties.data?.districts.nodes ?? [];
  const variables: Record<string, unknown> = { all: mandateFilter(year) };
  list.forEach((c, i) => (variables[`c${i}`] = mandateFilter(year, { county: c.id })));
  const query = deputiesQuery(Object.keys(variables));
  const { data, isPending, error } = useDashboardQuery<Record<string, Groups>>("deputies", counties.data ? year : undefined, query, variables);

  const levels = enums.MandateLevel;
  const persons = (g: Groups | undefined, level: string) => g?.groups.find((x) => x.key.level === level)?.persons ?? 0;
  const rows = list.map((c, i) => ({ id: c.id, name: shortName(c.name), ...Object.fromEntries(levels.map((l) => [l, persons(data?.[`c${i}`], l)])) }));
  const open = (level: string, county?: string) => navigate(listUrl("deputies", servingDeputies(year, { level, county })));

  return (
    <DashboardCard title="app.dashboard.deputies" loading={isPending || counties.isPending} error={error ?? counties.error} testId="dashboard-deputies" year={year}>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2 }}>
        <Box sx={{ flex: "1 1 420px", minWidth: 0, height: 320 }}>
          <ResponsiveContainer>
            <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} angle={-30} textAnchor="end" height={48} />
              <YAxis tick={{ fontSize: 11 }} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
              {levels.map((l, i) => (
                <Bar
                  key={l}
                  dataKey={l}
                  name={translate(`enums.MandateLevel.${l}`)}
                  stackId="level"
                  fill={palette[i]}
                  cursor="pointer"
                  onClick={(entry: { payload?: { id: string } }) => entry.payload && open(l, entry.payload.id)}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </Box>
        <Box sx={{ flex: "1 1 420px", overflowX: "auto" }}>
          <NumberTable
            testId="deputies-table"
            columns={[...levels.map((l) => translate(`enums.MandateLevel.${l}`)), translate("app.dashboard.total")]}
            rows={[
              ...list.map((c, i) => ({
                key: c.id,
                label: shortName(c.name),
                cells: [
                  ...levels.map((l) => ({ value: persons(data?.[`c${i}`], l), resource: "deputies", filter: servingDeputies(year, { level: l, county: c.id }) })),
                  { value: data?.[`c${i}`]?.total.persons, resource: "deputies", filter: servingDeputies(year, { county: c.id }) },
                ],
              })),
              {
                key: "all",
                label: translate("app.dashboard.city_total"),
                strong: true,
                cells: [
                  ...levels.map((l) => ({ value: persons(data?.all, l), resource: "deputies", filter: servingDeputies(year, { level: l }), testId: `deputies-total-${l}` })),
                  { value: data?.all?.total.persons, resource: "deputies", filter: servingDeputies(year), testId: "deputies-total" },
                ],
              },
            ]}
          />
        </Box>
      </Box>
    </DashboardCard>
  );
};
