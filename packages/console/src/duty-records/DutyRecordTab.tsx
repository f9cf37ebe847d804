// 履职档案: on a deputy's page, everything the deputy did in a year (`deputy(id) { dutyRecord(year) }`),
// with the points and rank, the records behind each figure, and the record as a Word file.
import DescriptionIcon from "@mui/icons-material/Description";
import { Alert, Box, Button, Card, CardContent, CircularProgress, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ArrayField, BooleanField, DataTable, RecordContextProvider, useDataProvider, useNotify, useRecordContext, useTranslate } from "react-admin";
import { DateField, Empty, RecordLink } from "../common/fields";
import { DeputyActivitiesField, DeputyStationsField, DeputyTrainingsField } from "../deputies/DeputyRecordFields";
import { enumField } from "../common/inputs";
import { useYear, YearPicker } from "../dashboard/YearPicker";
import type { AppDataProvider } from "../dataProvider";
import { zh } from "../i18n/zh";
import { downloadDutyRecordDocx } from "./dutyRecordDocx";
import { dutyRecordModel } from "./dutyRecordModel";
import { COUNT_KEYS, DUTY_RECORD_QUERY, type DeputyWithRecord } from "./queries";

// The Word file is in Chinese whatever the console's language: it is the office's document.
const enums = zh.enums as Record<string, Record<string, string>>;
const chinese = (e: string, v: string | null | undefined) => (v ? (enums[e]?.[v] ?? v) : "");

const Section = ({ label }: { label: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ mt: 3, mb: 1, fontWeight: 600 }}>
      {translate(label)}
    </Typography>
  );
};

export const DutyRecordTab = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const picked = useYear();
  const { year } = picked;
  const [saving, setSaving] = useState(false);
  const { data, isPending, error } = useQuery({
    queryKey: ["dutyRecord", record?.id, year],
    queryFn: () => dataProvider.graphql<{ deputy: DeputyWithRecord }>(DUTY_RECORD_QUERY, { id: record!.id, year }),
    enabled: record?.id != null && year !== undefined,
  });
  const deputy = data?.deputy;
  const duty = deputy?.dutyRecord;

  const download = async () => {
    if (!deputy) return;
    setSaving(true);
    try {
      await downloadDutyRecordDocx(dutyRecordModel(deputy, chinese));
    } catch (e) {
      notify((e as Error).message, { type: "error" });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box data-testid="duty-record">
      <Box sx={{ display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap", mb: 2 }}>
        <YearPicker {...picked} />
        <Button variant="contained" startIcon={<DescriptionIcon />} onClick={download} disabled={!deputy || saving} data-testid="duty-docx">
          {translate("duty.download")}
        </Button>
        {duty && (
          <Typography data-testid="duty-points" data-value={duty.points}>
            {translate("duty.points")}: <b>{duty.points}</b>
            {duty.rank != null && ` · ${translate("duty.rank_of", { rank: duty.rank })}`}
            {duty.rule == null && ` · ${translate("duty.no_rule")}`}
          </Typography>
        )}
      </Box>
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {isPending && year !== undefined && <CircularProgress size={24} />}
      {duty && (
        <>
          {!duty.serving && <Alert severity="info" sx={{ mb: 2 }}>{translate("duty.not_serving")}</Alert>}
          {duty.serving && !duty.hasDuty && <Alert severity="warning" sx={{ mb: 2 }}>{translate("duty.no_duty")}</Alert>}
          <Box sx={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))", gap: 1 }}>
            {COUNT_KEYS.map((k) => (
              <Card key={k} variant="outlined">
                <CardContent sx={{ py: 1, "&:last-child": { pb: 1 } }}>
                  <Typography variant="caption" color="text.secondary">
                    {translate(`duty.counts.${k}`)}
                  </Typography>
                  <Typography variant="h6" data-testid={`duty-count-${k}`}>
                    {duty.counts[k]}
                  </Typography>
                </CardContent>
              </Card>
            ))}
          </Box>
          <RecordContextProvider value={{ id: deputy.id, ...duty }}>
            <Section label="duty.sections.trainings" />
            <DeputyTrainingsField />
            <Section label="duty.sections.activities" />
            <DeputyActivitiesField />
            <Section label="duty.sections.proposals" />
            <ArrayField source="proposalsLed" label={false}>
              <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
                <DataTable.Col source="number" label="resources.proposals.fields.number" />
                <DataTable.Col source="title" label="resources.proposals.fields.title">
                  <RecordLink resource="proposals" idSource="id" text={(r) => r.title} />
                </DataTable.Col>
                <DataTable.Col source="status" label="resources.proposals.fields.status" field={enumField("ProposalStatus")} />
              </DataTable>
            </ArrayField>
            <ArrayField source="proposalsCosigned" label={false}>
              <DataTable bulkActionButtons={false} rowClick={false} empty={<span />}>
                <DataTable.Col source="proposal.number" label="resources.proposals.fields.number" />
                <DataTable.Col source="proposal.title" label="resources.deputies.sections.cosigned">
                  <RecordLink resource="proposals" idSource="proposalId" text={(r) => r.proposal?.title} />
                </DataTable.Col>
                <DataTable.Col source="proposal.status" label="resources.proposals.fields.status" field={enumField("ProposalStatus")} />
              </DataTable>
            </ArrayField>
            <Section label="duty.sections.stations" />
            <DeputyStationsField />
            <Section label="duty.sections.receptions" />
            <ArrayField source="receptions" label={false}>
              <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
                <DataTable.Col source="reception.date" label="resources.receptions.fields.date">
                  <RecordLink resource="receptions" idSource="receptionId" text={(r) => r.reception?.date} />
                </DataTable.Col>
                <DataTable.Col source="reception.way" label="resources.receptions.fields.way" field={enumField("ReceptionWay")} />
                <DataTable.Col source="reception.station.name" label="resources.receptions.fields.stationId" />
                <DataTable.Col source="reception.constituentsCount" label="resources.receptions.fields.constituentsCount" />
              </DataTable>
            </ArrayField>
            <Section label="duty.sections.opinions" />
            <ArrayField source="opinions" label={false}>
              <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
                <DataTable.Col source="content" label="resources.opinions.fields.content" cellSx={() => ({ whiteSpace: "normal", minWidth: 240 })}>
                  <RecordLink resource="opinions" idSource="id" text={(r) => r.content} />
                </DataTable.Col>
                <DataTable.Col source="raisedOn" label="resources.opinions.fields.raisedOn" field={DateField} />
                <DataTable.Col source="status" label="resources.opinions.fields.status" field={enumField("OpinionStatus")} />
                <DataTable.Col source="unit.name" label="resources.opinions.fields.unitId" />
                <DataTable.Col source="proposal.title" label="resources.opinions.fields.proposalId">
                  <RecordLink resource="proposals" idSource="proposal.id" text={(r) => r.proposal?.title} />
                </DataTable.Col>
              </DataTable>
            </ArrayField>
            <Section label="duty.sections.contacts" />
            <ArrayField source="contacts" label={false}>
              <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
                <DataTable.Col source="contact.date" label="resources.contacts.fields.date">
                  <RecordLink resource="contacts" idSource="contactId" text={(r) => r.contact?.date} />
                </DataTable.Col>
                <DataTable.Col source="contact.way" label="resources.contacts.fields.way" field={enumField("ContactWay")} />
                <DataTable.Col source="contact.memberName" label="resources.contacts.fields.memberName" />
                <DataTable.Col source="contact.committee.name" label="resources.contacts.fields.committeeId" />
              </DataTable>
            </ArrayField>
            <Section label="duty.sections.meetings" />
            <ArrayField source="meetings" label={false}>
              <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
                <DataTable.Col source="meeting.title" label="resources.meetings.fields.title">
                  <RecordLink resource="meetings" idSource="meetingId" text={(r) => r.meeting?.title} />
                </DataTable.Col>
                <DataTable.Col source="meeting.startDate" label="resources.meetings.fields.startDate" field={DateField} />
                <DataTable.Col source="atForum" label="resources.meetings.fields.attendees.atForum" field={BooleanField} />
              </DataTable>
            </ArrayField>
          </RecordContextProvider>
        </>
      )}
    </Box>
  );
};
