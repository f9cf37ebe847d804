// What is late or nearly so: the proposals whose lead unit owes its answer past the due date, and
// those due within a fortnight, soonest first, each opening its proposal. Not tied to the year
// picked: a deadline is today's business.
import { Box, Link as MuiLink, List, ListItem, Typography } from "@mui/material";
import { Link, useTranslate } from "react-admin";
import { useFigure } from "../common/FigureDownloads";
import { listUrl } from "../common/listLink";
import { DeadlineText } from "../proposals/Deadline";
import { DEADLINES_QUERY, DUE_SOON_DAYS } from "../proposals/workflow";
import { DashboardCard, useDashboardQuery } from "./parts";

type Row = { id: string; dueAt: string | null; daysLeft: number | null; overdue: boolean; unit: { id: string; name: string }; proposal: { id: string; number: number; title: string } };
type Data = { overdue: { totalCount: number; nodes: Row[] }; dueSoon: { totalCount: number; nodes: Row[] } };

const SHOWN = 8;

const Part = ({ title, rows, total, filter, testId }: { title: string; rows: Row[]; total: number; filter: Record<string, unknown>; testId: string }) => {
  const translate = useTranslate();
  useFigure({
    sheet: () => ({
      name: title,
      columns: [
        { header: translate("resources.proposals.fields.number") },
        { header: translate("resources.proposals.fields.title") },
        { header: translate("workflow.fields.assignmentId") },
        { header: translate("workflow.fields.dueAt"), kind: "date" },
        { header: translate("workflow.fields.days_left") },
      ],
      rows: rows.map((r) => [r.proposal.number, r.proposal.title, r.unit.name, r.dueAt, r.daysLeft]),
    }),
  });
  return (
    <Box sx={{ flex: "1 1 360px", minWidth: 0 }} data-testid={testId}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {rows.length ? (
        <List dense disablePadding>
          {rows.map((r) => (
            <ListItem key={r.id} disableGutters sx={{ display: "flex", gap: 1, alignItems: "baseline", borderBottom: 1, borderColor: "divider", py: 0.5 }}>
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <MuiLink component={Link} to={`/proposals/${r.proposal.id}/show`} underline="hover" sx={{ display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
                  {`${r.proposal.number} ${r.proposal.title}`}
                </MuiLink>
                <Typography variant="caption" color="text.secondary">
                  {r.unit.name}
                </Typography>
              </Box>
              <Box sx={{ flex: "none" }}>
                <DeadlineText value={r} />
              </Box>
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          {translate("workflow.deadlines_card.none")}
        </Typography>
      )}
      {total > rows.length && (
        <MuiLink component={Link} to={listUrl("proposals", filter)} variant="body2" sx={{ display: "inline-block", mt: 1 }}>
          {translate("workflow.deadlines_card.more")}（{total}）
        </MuiLink>
      )}
    </Box>
  );
};

export const DeadlinesCard = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useDashboardQuery<Data>("deadlines", 0, DEADLINES_QUERY, { first: SHOWN, days: DUE_SOON_DAYS });
  return (
    <DashboardCard title="workflow.deadlines_card.title" loading={isPending} error={error} testId="deadlines-card">
      {data && (
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 3 }}>
          <Part
            title={translate("workflow.deadlines_card.overdue", { count: data.overdue.totalCount })}
            rows={data.overdue.nodes}
            total={data.overdue.totalCount}
            filter={{ overdue: true }}
            testId="deadlines-overdue"
          />
          <Part
            title={translate("workflow.deadlines_card.due_soon", { days: DUE_SOON_DAYS, count: data.dueSoon.totalCount })}
            rows={data.dueSoon.nodes}
            total={data.dueSoon.totalCount}
            filter={{ dueWithinDays: DUE_SOON_DAYS }}
            testId="deadlines-due-soon"
          />
        </Box>
      )}
    </DashboardCard>
  );
};
