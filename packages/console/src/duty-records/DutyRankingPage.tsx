// 履职积分: the deputies serving in a year ranked by points, those with nothing recorded (whom to
// remind), and the points rule; admins set the rule from this year on.
import EditIcon from "@mui/icons-material/Edit";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  Tabs,
  TextField,
  Typography,
} from "@mui/material";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, Title, useCanAccess, useDataProvider, useNotify, useTranslate } from "react-admin";
import { useYear, YearPicker } from "../dashboard/YearPicker";
import type { AppDataProvider } from "../dataProvider";
import {
  DUTY_RANKING_QUERY,
  POINT_KEYS,
  RULES_QUERY,
  SET_RULE_MUTATION,
  WITHOUT_DUTY_QUERY,
  type PointRule,
  type RankedPage,
} from "./queries";

const LEVELS = ["NATIONAL", "PROVINCIAL", "CITY", "COUNTY", "TOWNSHIP"];
const SHOWN = ["trainings", "activities", "proposalsLed", "proposalsCosigned", "receptions", "opinions", "contacts", "meetings"] as const;

const RuleCard = ({ year }: { year: number | undefined }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const { canAccess: isAdmin } = useCanAccess({ resource: "users", action: "list" });
  const { data } = useQuery({ queryKey: ["dutyPointRules"], queryFn: () => dataProvider.graphql<{ dutyPointRules: PointRule[] }>(RULES_QUERY) });
  const rules = data?.dutyPointRules ?? [];
  const inForce = year === undefined ? undefined : rules.find((r) => r.fromYear <= year);
  const thisYear = new Date().getFullYear();
  const [draft, setDraft] = useState<Record<string, string> | null>(null);
  const [error, setError] = useState<string | null>(null);

  const open = () => {
    const base = rules.find((r) => r.fromYear <= thisYear) ?? rules[rules.length - 1];
    setDraft({ fromYear: String(thisYear), ...Object.fromEntries(POINT_KEYS.map((k) => [k, String(base?.[k] ?? "")])) });
    setError(null);
  };
  const save = async () => {
    if (!draft) return;
    const fromYear = Number(draft.fromYear);
    const existing = rules.find((r) => r.fromYear === fromYear);
    const input: Record<string, unknown> = { fromYear, ...(existing ? { version: existing.version } : {}) };
    for (const k of POINT_KEYS) if (draft[k] !== "") input[k] = Number(draft[k]);
    try {
      await dataProvider.graphql(SET_RULE_MUTATION, { input });
      await queryClient.invalidateQueries({ queryKey: ["dutyPointRules"] });
      await queryClient.invalidateQueries({ queryKey: ["dutyRanking"] });
      notify("duty.rule.saved", { type: "success" });
      setDraft(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="duty-rule">
      <CardContent>
        <Box sx={{ display: "flex", alignItems: "center", gap: 2 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {inForce ? translate("duty.rule_from", { year: inForce.fromYear }) : translate("duty.no_rule")}
          </Typography>
          {isAdmin && (
            <Button size="small" startIcon={<EditIcon />} onClick={open} data-testid="duty-rule-edit">
              {translate("duty.rule.edit")}
            </Button>
          )}
        </Box>
        {inForce && (
          <Typography variant="body2" color="text.secondary">
            {POINT_KEYS.map((k) => `${translate(`duty.rule.${k}`)} ${inForce[k]}`).join(" · ")}
          </Typography>
        )}
      </CardContent>
      <Dialog open={draft !== null} onClose={() => setDraft(null)}>
        <DialogTitle>{translate("duty.rule.edit")}</DialogTitle>
        <DialogContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate("duty.rule.help")}
          </Alert>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          {draft && (
            <Box sx={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 2, pt: 1 }}>
              {["fromYear", ...POINT_KEYS].map((k) => (
                <TextField
                  key={k}
                  size="small"
                  type="number"
                  label={translate(k === "fromYear" ? "duty.rule.from_year" : `duty.rule.${k}`)}
                  value={draft[k]}
                  onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
                  slotProps={{ htmlInput: { "data-testid": `rule-${k}`, min: k === "fromYear" ? thisYear : 0, step: k === "fromYear" ? 1 : 0.5 } }}
                />
              ))}
            </Box>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDraft(null)}>{translate("ra.action.cancel")}</Button>
          <Button variant="contained" onClick={save} data-testid="rule-save">
            {translate("ra.action.save")}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
};

export const DutyRankingPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const picked = useYear();
  const { year } = picked;
  const [tab, setTab] = useState<"ranking" | "without">("ranking");
  const [level, setLevel] = useState<string>("");
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const { data, error } = useQuery({
    queryKey: ["dutyRanking", tab, year, level, page, perPage],
    queryFn: () =>
      dataProvider.graphql<{ dutyRanking?: RankedPage; deputiesWithoutDuty?: RankedPage }>(tab === "ranking" ? DUTY_RANKING_QUERY : WITHOUT_DUTY_QUERY, {
        year,
        level: level || null,
        first: perPage,
        offset: page * perPage,
      }),
    enabled: year !== undefined,
  });
  const result = data?.dutyRanking ?? data?.deputiesWithoutDuty;

  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="duty.title" />
      <Box sx={{ display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap", mb: 2 }}>
        <YearPicker {...picked} />
        <TextField select size="small" label={translate("duty.ranking.level")} value={level} onChange={(e) => (setLevel(e.target.value), setPage(0))} sx={{ width: 160 }}>
          <MenuItem value="">{translate("duty.ranking.all_levels")}</MenuItem>
          {LEVELS.map((l) => (
            <MenuItem key={l} value={l}>
              {translate(`enums.MandateLevel.${l}`)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <RuleCard year={year} />
      <Tabs value={tab} onChange={(_, v) => (setTab(v), setPage(0))} sx={{ mb: 1 }}>
        <Tab value="ranking" label={translate("duty.ranking.tab")} data-testid="tab-ranking" />
        <Tab value="without" label={translate("duty.ranking.without")} data-testid="tab-without" />
      </Tabs>
      {tab === "without" && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate("duty.ranking.without_help")}
        </Typography>
      )}
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      <Card variant="outlined">
        <Table size="small" data-testid="duty-table">
          <TableHead>
            <TableRow>
              {tab === "ranking" && <TableCell>{translate("duty.rank")}</TableCell>}
              <TableCell>{translate("duty.ranking.deputy")}</TableCell>
              <TableCell>{translate("duty.ranking.work_unit")}</TableCell>
              {tab === "ranking" && <TableCell align="right">{translate("duty.points")}</TableCell>}
              {tab === "ranking" && SHOWN.map((k) => <TableCell key={k} align="right">{translate(`duty.counts.${k}`)}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {(result?.nodes ?? []).map((n) => (
              <TableRow key={n.deputyId} hover>
                {tab === "ranking" && <TableCell>{n.rank}</TableCell>}
                <TableCell>
                  <Link to={`/deputies/${n.deputyId}/show/duty?year=${year}`}>{n.deputy.name}</Link>
                </TableCell>
                <TableCell>{n.deputy.workUnit}</TableCell>
                {tab === "ranking" && <TableCell align="right">{n.points}</TableCell>}
                {tab === "ranking" && SHOWN.map((k) => <TableCell key={k} align="right">{n.counts[k]}</TableCell>)}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <TablePagination
          component="div"
          count={result?.totalCount ?? 0}
          page={page}
          rowsPerPage={perPage}
          rowsPerPageOptions={[25, 50, 100]}
          onPageChange={(_, p) => setPage(p)}
          onRowsPerPageChange={(e) => (setPerPage(Number(e.target.value)), setPage(0))}
          labelDisplayedRows={({ count }) => translate("duty.ranking.total", { count })}
        />
      </Card>
    </Box>
  );
};
