// The year's action plan (行动举措进展): per measure, the activities that serve it, the person-times of
// deputies in them and the suggestions raised. Three statements whatever the number of measures: the
// year's measures, and the activities and participations each grouped by measure.
import { Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { measureFilters } from "./filters";
import { NumberTable } from "./NumberTable";
import { DashboardCard, useDashboardQuery } from "./parts";
import { MEASURES_QUERY } from "./queries";

type Data = {
  measures: { nodes: { id: string; number: number; title: string }[] };
  activities: { total: { count: number; sum: { suggestionsCount: number | null } }; groups: { key: { measureId: string | null }; count: number; sum: { suggestionsCount: number | null } }[] };
  participations: { total: { count: number }; groups: { key: { activityMeasureId: string | null }; count: number }[] };
};

export const MeasuresCard = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const filters = measureFilters(year);
  const { data, isPending, error } = useDashboardQuery<Data>("measures", year, MEASURES_QUERY, filters);
  const acts = new Map((data?.activities.groups ?? []).map((g) => [g.key.measureId, g]));
  const parts = new Map((data?.participations.groups ?? []).map((g) => [g.key.activityMeasureId, g.count]));
  const measures = data?.measures.nodes ?? [];
  const suggestions = (n: number | null | undefined) => ({ text: (n ?? 0).toLocaleString("zh-CN") });
  return (
    <DashboardCard title="app.dashboard.measures" loading={isPending} error={error} testId="dashboard-measures" year={year}>
      {measures.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate("app.dashboard.no_measures")}
        </Typography>
      ) : (
        <NumberTable
          testId="measures-table"
          columns={[translate("app.dashboard.measure_activities"), translate("app.dashboard.person_times"), translate("app.dashboard.suggestions")]}
          rows={[
            ...measures.map((m) => ({
              key: m.id,
              label: `${m.number}. ${m.title}`,
              cells: [
                { value: acts.get(m.id)?.count ?? 0, resource: "activities", filter: { measureId: { eq: m.id } } },
                { value: parts.get(m.id) ?? 0, resource: "activityParticipations", filter: { activity: { measureId: { eq: m.id } } } },
                suggestions(acts.get(m.id)?.sum.suggestionsCount),
              ],
            })),
            {
              key: "all",
              label: translate("app.dashboard.total"),
              strong: true,
              cells: [
                { value: data?.activities.total.count, resource: "activities", filter: filters.activities },
                { value: data?.participations.total.count, resource: "activityParticipations", filter: filters.participations },
                suggestions(data?.activities.total.sum.suggestionsCount),
              ],
            },
          ]}
        />
      )}
    </DashboardCard>
  );
};
