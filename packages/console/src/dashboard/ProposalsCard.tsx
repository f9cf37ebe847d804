// Proposals raised in the year: by status, by category and by lead handling unit, with the answer
// rate, the satisfaction rate of the deputies' evaluations and the answers past their due date.
import { Box, Typography } from "@mui/material";
import { Bar, BarChart, CartesianGrid, Cell as ChartCell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useNavigate, useTranslate } from "react-admin";
import { enums } from "../common/enums";
import { listUrl } from "../common/listLink";
import { answeredProposals, evaluations, leadAssignments, leadUnitProposals, overdueProposals, owedProposals, proposalFilter } from "./filters";
import { NumberTable } from "./NumberTable";
import { PROPOSALS_QUERY } from "./queries";
import { DashboardCard, NumberLink, palette, percent, Stat, useDashboardQuery } from "./parts";


type Total = { total: { count: number } };
type Data = {
  byStatus: Total & { groups: { key: { status: string }; count: number }[] };
  byCategory: { groups: { key: { category: string }; count: number }[] };
  owed: Total;
  answered: Total;
  overdue: Total;
  byUnit: { groups: { key: { unitId: string; unit: { name: string } | null }; proposals: number }[] };
  evaluations: Total & { groups: { key: { satisfaction: string }; count: number }[] };
};

const TOP_UNITS = 10;

// A horizontal bar chart of named counts, each bar opening its list, with the numbers in a table.
const Breakdown = ({
  title,
  rows,
  testId,
}: {
  title: string;
  rows: { key: string; label: string; value: number; resource: string; filter: Record<string, unknown> }[];
  testId: string;
}) => {
  const navigate = useNavigate();
  const translate = useTranslate();
  return (
    <Box sx={{ flex: "1 1 320px", minWidth: 0 }} data-testid={testId}>
      <Typography variant="body2" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      <Box sx={{ height: Math.max(120, rows.length * 26 + 20) }}>
        <ResponsiveContainer>
          <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={{ fontSize: 11 }} allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 11 }} interval={0} tickFormatter={(v: string) => (v.length > 8 ? `${v.slice(0, 7)}…` : v)} />
            <Tooltip />
            <Bar dataKey="value" name={translate("app.dashboard.count")} cursor="pointer" onClick={(entry: { payload?: (typeof rows)[number] }) => entry.payload && navigate(listUrl(entry.payload.resource, entry.payload.filter))}>
              {rows.map((r, i) => (
                <ChartCell key={r.key} fill={palette[i % palette.length]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <NumberTable
        title={translate(title)}
        columns={[translate("app.dashboard.count")]}
        rows={rows.map((r) => ({ key: r.key, label: r.label, cells: [{ value: r.value, resource: r.resource, filter: r.filter, testId: `${testId}-${r.key}` }] }))}
      />
    </Box>
  );
};

export const ProposalsCard = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useDashboardQuery<Data>("proposals", year, PROPOSALS_QUERY, {
    year: proposalFilter(year),
    owed: owedProposals(year),
    answered: answeredProposals(year),
    overdue: overdueProposals(year),
    lead: leadAssignments(year),
    evaluations: evaluations(year),
  });
  const statusRows = enums.ProposalStatus.map((s) => ({
    key: s,
    label: translate(`enums.ProposalStatus.${s}`),
    value: data?.byStatus.groups.find((g) => g.key.status === s)?.count ?? 0,
    resource: "proposals",
    filter: proposalFilter(year, { status: { eq: s } }),
  })).filter((r) => r.value > 0);
  const categoryRows = enums.ProposalCategory.map((c) => ({
    key: c,
    label: translate(`enums.ProposalCategory.${c}`),
    value: data?.byCategory.groups.find((g) => g.key.category === c)?.count ?? 0,
    resource: "proposals",
    filter: proposalFilter(year, { category: { eq: c } }),
  }));
  const unitRows = [...(data?.byUnit.groups ?? [])]
    .sort((a, b) => b.proposals - a.proposals)
    .slice(0, TOP_UNITS)
    .map((g) => ({ key: g.key.unitId, label: g.key.unit?.name ?? "", value: g.proposals, resource: "proposals", filter: leadUnitProposals(year, g.key.unitId) }));
  const satisfied = (data?.evaluations.groups ?? []).filter((g) => g.key.satisfaction !== "DISSATISFIED").reduce((n, g) => n + g.count, 0);

  return (
    <DashboardCard title="app.dashboard.proposals" loading={isPending} error={error} testId="dashboard-proposals" year={year}>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 4, mb: 2 }}>
        <Stat label={translate("app.dashboard.proposals_total")}>
          <NumberLink value={data?.byStatus.total.count} resource="proposals" filter={proposalFilter(year)} testId="proposals-total" />
        </Stat>
        <Stat
          label={translate("app.dashboard.answer_rate")}
          note={
            <>
              {translate("app.dashboard.answered")} <NumberLink value={data?.answered.total.count} resource="proposals" filter={answeredProposals(year)} testId="proposals-answered" /> /{" "}
              {translate("app.dashboard.owed")} <NumberLink value={data?.owed.total.count} resource="proposals" filter={owedProposals(year)} testId="proposals-owed" />
            </>
          }
        >
          {percent(data?.answered.total.count, data?.owed.total.count)}
        </Stat>
        <Stat
          label={translate("app.dashboard.satisfaction_rate")}
          note={
            <>
              {enums.Satisfaction.map((s, i) => (
                <span key={s}>
                  {i > 0 && " · "}
                  {translate(`enums.Satisfaction.${s}`)}{" "}
                  <NumberLink
                    value={data?.evaluations.groups.find((g) => g.key.satisfaction === s)?.count ?? 0}
                    resource="proposalEvaluations"
                    filter={evaluations(year, s)}
                    testId={`evaluations-${s}`}
                  />
                </span>
              ))}
            </>
          }
        >
          {percent(satisfied, data?.evaluations.total.count)}
        </Stat>
        <Stat label={translate("app.dashboard.overdue")} note={translate("app.dashboard.overdue_note")}>
          <NumberLink value={data?.overdue.total.count} resource="proposals" filter={overdueProposals(year)} testId="proposals-overdue" />
        </Stat>
      </Box>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 3 }}>
        <Breakdown title="app.dashboard.by_status" rows={statusRows} testId="proposals-status" />
        <Breakdown title="app.dashboard.by_category" rows={categoryRows} testId="proposals-category" />
        <Breakdown title="app.dashboard.by_unit" rows={unitRows} testId="proposals-unit" />
      </Box>
    </DashboardCard>
  );
};
