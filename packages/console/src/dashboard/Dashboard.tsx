// The home page: the office's figures for a year, from the API's aggregates — deputies by level and
// county, stations by kind and county, proposals and how they are handled, training and duty
// activities. Every number and bar opens the list of exactly the records it counts.
import { Box, Button, Typography } from "@mui/material";
import { Link, Title, useCanAccess, useTranslate } from "react-admin";
import { ActivitiesCard } from "./ActivitiesCard";
import { DeputiesCard } from "./DeputiesCard";
import { MeasuresCard } from "./MeasuresCard";
import { DeadlinesCard } from "./DeadlinesCard";
import { ProposalsCard } from "./ProposalsCard";
import { StationsCard } from "./StationsCard";
import { TrainingCard } from "./TrainingCard";
import { useYear, YearPicker } from "./YearPicker";

const tasks: [string, string, string][] = [
  ["app.dashboard.new_deputy", "/deputies/create", "deputies"],
  ["app.dashboard.new_training", "/trainings/create", "trainings"],
  ["app.dashboard.new_proposal", "/proposals/create", "proposals"],
  ["app.dashboard.new_activity", "/activities/create", "activities"],
];

const Task = ({ label, to, resource }: { label: string; to: string; resource: string }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource, action: "create" });
  if (!canAccess) return null;
  return (
    <Button size="small" variant="outlined" component={Link} to={to}>
      {translate(label)}
    </Button>
  );
};

export const Dashboard = () => {
  const translate = useTranslate();
  const picked = useYear();
  const { year } = picked;
  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="dashboard">
      <Title title="app.dashboard.title" />
      <Box sx={{ display: "flex", alignItems: "center", flexWrap: "wrap", gap: 2, mb: 2 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
          {year ? translate("app.dashboard.heading", { year }) : translate("app.dashboard.title")}
        </Typography>
        <YearPicker {...picked} />
        <Box sx={{ flex: 1 }} />
        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
          {tasks.map(([label, to, resource]) => (
            <Task key={to} label={label} to={to} resource={resource} />
          ))}
        </Box>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate("app.dashboard.intro")}
      </Typography>
      {year !== undefined && (
        <Box sx={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 640px), 1fr))", gap: 2 }}>
          <Box sx={{ gridColumn: "1 / -1" }}>
            <DeputiesCard year={year} />
          </Box>
          <Box sx={{ gridColumn: "1 / -1" }}>
            <StationsCard year={year} />
          </Box>
          <Box sx={{ gridColumn: "1 / -1" }}><DeadlinesCard /></Box>
          <Box sx={{ gridColumn: "1 / -1" }}>
            <ProposalsCard year={year} />
          </Box>
          <TrainingCard year={year} />
          <ActivitiesCard year={year} />
          <Box sx={{ gridColumn: "1 / -1" }}>
            <MeasuresCard year={year} />
          </Box>
        </Box>
      )}
    </Box>
  );
};
