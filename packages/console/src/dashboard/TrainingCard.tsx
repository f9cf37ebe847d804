// Training in the year: classes and hours by form, who attended, and the share of the deputies
// serving in the year who attended at least one training.
import { Box } from "@mui/material";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useNavigate, useTranslate } from "react-admin";
import { enums } from "../common/enums";
import { listUrl } from "../common/listLink";
import { attendanceFilter, mandateFilter, servingDeputies, trainingFilter } from "./filters";
import { NumberTable } from "./NumberTable";
import { TRAINING_QUERY } from "./queries";
import { DashboardCard, NumberLink, palette, percent, Stat, useDashboardQuery } from "./parts";


type Data = {
  trainings: { total: { count: number; sum: { hours: number | null } }; groups: { key: { form: string }; count: number; sum: { hours: number | null } }[] };
  attended: { total: { count: number; persons: number; sum: { hours: number | null } }; groups: { key: { trainingForm: string }; count: number; persons: number }[] };
  trainedServing: { total: { persons: number } };
  serving: { total: { persons: number } };
};

const hours = (n: number | null | undefined) => (n ?? 0).toLocaleString("zh-CN", { maximumFractionDigits: 1 });

export const TrainingCard = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { data, isPending, error } = useDashboardQuery<Data>("training", year, TRAINING_QUERY, {
    trainings: trainingFilter(year),
    attended: attendanceFilter(year),
    attendedServing: attendanceFilter(year, undefined, true),
    serving: mandateFilter(year),
  });
  const forms = enums.TrainingForm.filter((f) => data?.trainings.groups.some((g) => g.key.form === f));
  const byForm = (f: string) => data?.trainings.groups.find((g) => g.key.form === f);
  const attendedByForm = (f: string) => data?.attended.groups.find((g) => g.key.trainingForm === f);
  const rows = forms.map((f) => ({ form: f, name: translate(`enums.TrainingForm.${f}`), personTimes: attendedByForm(f)?.count ?? 0, persons: attendedByForm(f)?.persons ?? 0 }));

  return (
    <DashboardCard title="app.dashboard.training" loading={isPending} error={error} testId="dashboard-training" year={year}>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 4, mb: 2 }}>
        <Stat
          label={translate("app.dashboard.coverage")}
          note={
            <>
              {translate("app.dashboard.trained_serving", { trained: (data?.trainedServing.total.persons ?? 0).toLocaleString("zh-CN") })}{" "}
              <NumberLink value={data?.serving.total.persons} resource="deputies" filter={servingDeputies(year)} testId="training-serving" />
            </>
          }
        >
          {percent(data?.trainedServing.total.persons, data?.serving.total.persons)}
        </Stat>
        <Stat label={translate("app.dashboard.trainings_held")} note={translate("app.dashboard.hours_note", { hours: hours(data?.trainings.total.sum.hours) })}>
          <NumberLink value={data?.trainings.total.count} resource="trainings" filter={trainingFilter(year)} testId="training-count" />
        </Stat>
        <Stat label={translate("app.dashboard.attendance")} note={translate("app.dashboard.attendance_note", { persons: (data?.attended.total.persons ?? 0).toLocaleString("zh-CN") })}>
          <NumberLink value={data?.attended.total.count} resource="trainingAttendances" filter={attendanceFilter(year)} testId="training-attendance" />
        </Stat>
        <Stat label={translate("app.dashboard.person_hours")}>{hours(data?.attended.total.sum.hours)}</Stat>
      </Box>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2 }}>
        <Box sx={{ flex: "1 1 320px", minWidth: 0, height: 240 }}>
          <ResponsiveContainer>
            <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} />
              <YAxis tick={{ fontSize: 11 }} allowDecimals={false} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
              <Bar
                dataKey="personTimes"
                name={translate("app.dashboard.person_times")}
                fill={palette[0]}
                cursor="pointer"
                onClick={(entry: { payload?: { form: string } }) => entry.payload && navigate(listUrl("trainingAttendances", attendanceFilter(year, entry.payload.form)))}
              />
              <Bar dataKey="persons" name={translate("app.dashboard.persons")} fill={palette[1]} />
            </BarChart>
          </ResponsiveContainer>
        </Box>
        <Box sx={{ flex: "1 1 320px", overflowX: "auto" }}>
          <NumberTable
            testId="training-table"
            columns={[translate("app.dashboard.classes"), translate("app.hours"), translate("app.dashboard.person_times")]}
            rows={forms.map((f) => ({
              key: f,
              label: translate(`enums.TrainingForm.${f}`),
              cells: [
                { value: byForm(f)?.count, resource: "trainings", filter: trainingFilter(year, f) },
                { text: hours(byForm(f)?.sum.hours) },
                { value: attendedByForm(f)?.count ?? 0, resource: "trainingAttendances", filter: attendanceFilter(year, f) },
              ],
            }))}
          />
        </Box>
      </Box>
    </DashboardCard>
  );
};
