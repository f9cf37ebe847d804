// A proposal's history as a timeline: each step with when, who, from which state to which, its
// round and note (the API writes one event per transition, in the same transaction).
import { Box, Chip, Stack, Typography } from "@mui/material";
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { OFFICE_TIME_ZONE } from "./workflow";

type Event = { id: string; kind: string; fromStatus?: string | null; toStatus: string; at: string; actor?: string | null; note?: string | null; round: number };

const colour = (kind: string) =>
  kind === "CLOSE" ? "success.main" : ["REJECT", "WITHDRAW", "RETURN"].includes(kind) ? "grey.500" : kind === "EVALUATE" ? "secondary.main" : "primary.main";

export const ProposalTimeline = (_: { label?: string | false }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const events = [...((record?.events ?? []) as Event[])].sort((a, b) => a.at.localeCompare(b.at) || Number(a.id) - Number(b.id));
  if (!events.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate("workflow.timeline.empty")}
      </Typography>
    );
  }
  const when = (at: string) => new Date(at).toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: OFFICE_TIME_ZONE });
  const status = (s?: string | null) => (s ? translate(`enums.ProposalStatus.${s}`) : "");
  return (
    <Box component="ol" sx={{ listStyle: "none", m: 0, p: 0, width: "100%" }} data-testid="proposal-timeline">
      {events.map((e, i) => (
        <Box component="li" key={e.id} sx={{ display: "flex", gap: 2 }} data-testid="timeline-event" data-kind={e.kind}>
          <Box sx={{ display: "flex", flexDirection: "column", alignItems: "center", pt: 0.75 }}>
            <Box sx={{ width: 12, height: 12, borderRadius: "50%", bgcolor: colour(e.kind), flex: "none" }} />
            {i < events.length - 1 && <Box sx={{ width: 2, flex: 1, bgcolor: "divider", my: 0.5 }} />}
          </Box>
          <Box sx={{ pb: 2, flex: 1, minWidth: 0 }}>
            <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {translate(`workflow.events.${e.kind}`)}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {e.fromStatus && e.fromStatus !== e.toStatus ? `${status(e.fromStatus)} → ${status(e.toStatus)}` : status(e.toStatus)}
              </Typography>
              {e.round > 1 && <Chip size="small" variant="outlined" label={translate("workflow.timeline.round", { round: e.round })} />}
            </Stack>
            <Typography variant="caption" color="text.secondary" component="div">
              {when(e.at)}
              {e.actor ? ` · ${translate("workflow.timeline.by", { actor: e.actor })}` : ""}
            </Typography>
            {e.note && (
              <Typography variant="body2" sx={{ mt: 0.25, whiteSpace: "pre-wrap" }}>
                {e.note}
              </Typography>
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
};
