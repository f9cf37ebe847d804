// A measure's progress: the activities that serve it, the person-times of deputies in them and the
// suggestions raised, each opening the records it counts.
import { Box } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";
import { DashboardCard, NumberLink, Stat, useDashboardQuery } from "../dashboard/parts";
import { MEASURE_PROGRESS_QUERY } from "../dashboard/queries";

type Data = {
  activities: { total: { count: number; sum: { suggestionsCount: number | null } } };
  participations: { total: { count: number } };
};

export const MeasureProgress = (_: { label?: string | false }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const id = record?.id as string | undefined;
  const { data, isPending, error } = useDashboardQuery<Data>("measure-progress", id ? Number(id) : undefined, MEASURE_PROGRESS_QUERY, {
    activities: { measureId: { eq: id } },
    participations: { activity: { measureId: { eq: id } } },
  });
  const acts = data?.activities.total;
  const parts = data?.participations.total;
  return (
    <Box sx={{ width: "100%", my: 1 }}>
      <DashboardCard title="resources.measures.sections.progress" loading={isPending} error={error} testId="measure-progress">
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 4 }}>
          <Stat label={translate("app.dashboard.measure_activities")}>
            <NumberLink value={acts?.count ?? 0} resource="activities" filter={{ measureId: { eq: id } }} testId="measure-activities" />
          </Stat>
          <Stat label={translate("app.dashboard.person_times")}>
            <NumberLink value={parts?.count ?? 0} resource="activityParticipations" filter={{ activity: { measureId: { eq: id } } }} testId="measure-person-times" />
          </Stat>
          <Stat label={translate("app.dashboard.suggestions")}>
            <span data-testid="measure-suggestions">{(acts?.sum.suggestionsCount ?? 0).toLocaleString("zh-CN")}</span>
          </Stat>
        </Box>
      </DashboardCard>
    </Box>
  );
};
