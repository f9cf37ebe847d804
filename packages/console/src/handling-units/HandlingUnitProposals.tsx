// A handling unit's page: the proposals assigned to it (its assignments, lead and assisting, with
// their due dates) and the rates of those it leads (the API's proposalHandlingStats).
import { Box, Chip, Link as MuiLink, Stack, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useDataProvider, useRecordContext, useTranslate } from "react-admin";
import type { AppDataProvider } from "../dataProvider";
import { DeadlineText } from "../proposals/Deadline";
import { UNIT_ASSIGNMENTS_QUERY, UNIT_STATS_QUERY } from "../proposals/workflow";

type Stats = {
  key: { unitId: string | null };
  proposals: number;
  answered: number;
  answeredOnTime: number;
  overdue: number;
  answerRate: number | null;
  onTimeRate: number | null;
  satisfactionRate: number | null;
  evaluations: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  classA: number;
  classB: number;
  classC: number;
  classD: number;
};

type AssignmentNode = {
  id: string;
  role: string;
  assignedAt: string;
  dueAt: string | null;
  daysLeft: number | null;
  overdue: boolean;
  returnedAt: string | null;
  extended: boolean;
  answeredAt: string | null;
  opinionAt: string | null;
  resultClass: string | null;
  proposalId: string;
  proposal: { id: string; number: number; title: string; status: string; leadDeputy: { id: string; name: string } };
};

const rate = (v: number | null | undefined) => (v == null ? "—" : `${(v * 100).toFixed(1)}%`);

export const unitStatsVariables = (unitId: string) => ({ filter: { assignment: { unitId: { eq: unitId } } } });
export const unitAssignmentsVariables = (unitId: string, page: number, perPage: number) => ({
  filter: { unitId: { eq: unitId } },
  first: perPage,
  offset: page * perPage,
  orderBy: ["ASSIGNED_AT_DESC", "ID_DESC"],
});

const Figure = ({ label, value, testId }: { label: string; value: string | number; testId?: string }) => (
  <Box sx={{ minWidth: 110 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="h6" component="div" sx={{ fontWeight: 600, fontVariantNumeric: "tabular-nums" }} data-testid={testId}>
      {value}
    </Typography>
  </Box>
);

export const HandlingUnitStats = (_: { label?: string | false }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const id = record?.id != null ? String(record.id) : undefined;
  const { data, error } = useQuery({
    queryKey: ["unit-stats", id],
    queryFn: () => dataProvider.graphql<{ proposalHandlingStats: { groups: Stats[] } }>(UNIT_STATS_QUERY, unitStatsVariables(id!)),
    enabled: !!id,
  });
  if (error) return <Typography color="error">{(error as Error).message}</Typography>;
  if (!data) return <Typography color="text.secondary">…</Typography>;
  const s = data.proposalHandlingStats.groups.find((g) => String(g.key.unitId) === id);
  const t = (k: string) => translate(`workflow.unit.${k}`);
  return (
    <Stack direction="row" gap={3} flexWrap="wrap" sx={{ py: 1 }} data-testid="unit-stats">
      <Figure label={t("proposals")} value={s?.proposals ?? 0} testId="unit-proposals" />
      <Figure label={t("answered")} value={s?.answered ?? 0} />
      <Figure label={t("overdue")} value={s?.overdue ?? 0} />
      <Figure label={t("answer_rate")} value={rate(s?.answerRate)} testId="unit-answer-rate" />
      <Figure label={t("on_time_rate")} value={rate(s?.onTimeRate)} testId="unit-on-time-rate" />
      <Figure label={t("satisfaction_rate")} value={rate(s?.satisfactionRate)} testId="unit-satisfaction-rate" />
      <Figure label={t("evaluations")} value={s?.evaluations ?? 0} />
      <Figure label={t("classes")} value={s ? `${s.classA} / ${s.classB} / ${s.classC} / ${s.classD}` : "0 / 0 / 0 / 0"} />
    </Stack>
  );
};

export const HandlingUnitAssignments = (_: { label?: string | false }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(10);
  const id = record?.id != null ? String(record.id) : undefined;
  const { data, error } = useQuery({
    queryKey: ["unit-assignments", id, page, perPage],
    queryFn: () =>
      dataProvider.graphql<{ proposalAssignments: { totalCount: number; nodes: AssignmentNode[] } }>(UNIT_ASSIGNMENTS_QUERY, unitAssignmentsVariables(id!, page, perPage)),
    enabled: !!id,
  });
  if (error) return <Typography color="error">{(error as Error).message}</Typography>;
  if (!data) return <Typography color="text.secondary">…</Typography>;
  const { nodes, totalCount } = data.proposalAssignments;
  if (!totalCount) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
        {translate("app.empty_list")}
      </Typography>
    );
  }
  const f = (k: string) => translate(`resources.proposals.fields.${k}`);
  return (
    <Box sx={{ width: "100%" }} data-testid="unit-assignments">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{f("number")}</TableCell>
            <TableCell>{f("title")}</TableCell>
            <TableCell>{f("leadDeputyId")}</TableCell>
            <TableCell>{translate("workflow.unit.role")}</TableCell>
            <TableCell>{f("status")}</TableCell>
            <TableCell>{f("assignments.assignedAt")}</TableCell>
            <TableCell>{translate("workflow.fields.deadline")}</TableCell>
            <TableCell>{translate("workflow.unit.state")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {nodes.map((a) => (
            <TableRow key={a.id} hover sx={a.returnedAt ? { opacity: 0.6 } : undefined}>
              <TableCell>{a.proposal.number}</TableCell>
              <TableCell sx={{ minWidth: 240 }}>
                <MuiLink component={Link} to={`/proposals/${a.proposalId}/show`}>
                  {a.proposal.title}
                </MuiLink>
              </TableCell>
              <TableCell>{a.proposal.leadDeputy?.name}</TableCell>
              <TableCell>{translate(`enums.AssignmentRole.${a.role}`)}</TableCell>
              <TableCell>{translate(`enums.ProposalStatus.${a.proposal.status}`)}</TableCell>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{a.assignedAt}</TableCell>
              <TableCell>{a.returnedAt ? "—" : <DeadlineText value={a} />}</TableCell>
              <TableCell>
                <Stack direction="row" gap={0.5} flexWrap="wrap">
                  {a.returnedAt && <Chip size="small" variant="outlined" label={translate("workflow.assignment.returned", { date: a.returnedAt })} />}
                  {a.opinionAt && <Chip size="small" variant="outlined" label={translate("workflow.assignment.opinion_given", { date: a.opinionAt })} />}
                  {a.answeredAt && <Chip size="small" variant="outlined" label={translate("workflow.assignment.answered", { date: a.answeredAt })} />}
                  {a.resultClass && <Chip size="small" label={translate(`workflow.result_class.${a.resultClass}`)} />}
                </Stack>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={totalCount}
        page={page}
        rowsPerPage={perPage}
        rowsPerPageOptions={[10, 25, 50]}
        onPageChange={(_e, p) => setPage(p)}
        onRowsPerPageChange={(e) => {
          setPerPage(Number(e.target.value));
          setPage(0);
        }}
        labelRowsPerPage={translate("ra.navigation.page_rows_per_page")}
      />
    </Box>
  );
};
