// The figures of the 2024 review, computed from the records by SQL (not by the seed's bookkeeping),
// and the number of rows per table. The rules here are the ones a yearly review should use:
// - trainings: classes (form 'class') starting in 2024; deputies trained = distinct deputies who
//   attended (status 'attended') one of them;
// - person-times: participations in activities dated in 2024; legislation: area 'legislation';
// - supervision: activities of area 'supervision' dated 2024; city deputies' person-times count
//   participants holding a city mandate on the activity's date;
// - stations, rooms, online stations, model and industry stations: active, opened on or before
//   2024-12-31 (models: model_year <= 2024);
// - proposals: congress term 3, session 4; answered = status answered, evaluated or closed.
import { and, count, countDistinct, eq, exists, getTableName, gte, inArray, isNull, lte, or, sql, sum, type SQL } from "drizzle-orm";
import {
  activities,
  activityParticipations,
  deputyMandates,
  proposals,
  stations,
  trainingAttendances,
  trainings,
} from "../schema.js";
import { schemaTables, type Tx } from "./db.js";

export type Figures2024 = {
  trainingClasses: number;
  trainedDeputies: number;
  participations: number;
  legislationParticipations: number;
  supervisionItems: number;
  supervisionCityParticipations: number;
  supervisionSuggestions: number;
  stations: number;
  rooms: number;
  onlineStations: number;
  modelStations: number;
  modelRooms: number;
  industryStations: number;
  proposals: number;
  proposalsAnswered: number;
  specialFundProposals: number;
  specialFundPeopleBenefited: number;
};

// What the review says for each figure, for printing beside the computed value.
export const FIGURE_LABELS: Record<keyof Figures2024, string> = {
  trainingClasses: "training classes (2期)",
  trainedDeputies: "deputies trained in them (90余人)",
  participations: "activity person-times (2800余人次)",
  legislationParticipations: "legislation person-times (900余人次)",
  supervisionItems: "supervision items (32项)",
  supervisionCityParticipations: "city deputies' supervision person-times (300余人次)",
  supervisionSuggestions: "supervision suggestions (194条)",
  stations: "liaison stations (280个)",
  rooms: "liaison rooms (1487个)",
  onlineStations: "online stations (280个)",
  modelStations: "model stations (44个)",
  modelRooms: "model rooms (45个)",
  industryStations: "industry stations (8个)",
  proposals: "proposals of the 4th session (215件)",
  proposalsAnswered: "of them answered (215件)",
  specialFundProposals: "special-fund proposals (34件)",
  specialFundPeopleBenefited: "people benefited (7.4万人)",
};

const FROM = "2024-01-01";
const TO = "2024-12-31";

async function one(query: Promise<{ n: number | string | null }[]>): Promise<number> {
  const [row] = await query;
  return Number(row?.n ?? 0);
}

async function trainingFigures(tx: Tx) {
  const classes2024 = and(eq(trainings.form, "class"), gte(trainings.startDate, FROM), lte(trainings.startDate, TO));
  return {
    trainingClasses: await one(tx.select({ n: count() }).from(trainings).where(classes2024)),
    trainedDeputies: await one(
      tx
        .select({ n: countDistinct(trainingAttendances.deputyId) })
        .from(trainingAttendances)
        .innerJoin(trainings, eq(trainings.id, trainingAttendances.trainingId))
        .where(and(classes2024, eq(trainingAttendances.status, "attended"))),
    ),
  };
}

async function activityFigures(tx: Tx) {
  const in2024 = and(gte(activities.date, FROM), lte(activities.date, TO));
  const supervision = and(in2024, eq(activities.area, "supervision"));
  const personTimes = (where: SQL | undefined) =>
    one(
      tx
        .select({ n: count() })
        .from(activityParticipations)
        .innerJoin(activities, eq(activities.id, activityParticipations.activityId))
        .where(where),
    );
  const cityMandateThatDay = exists(
    tx
      .select({ one: sql`1` })
      .from(deputyMandates)
      .where(
        and(
          eq(deputyMandates.deputyId, activityParticipations.deputyId),
          eq(deputyMandates.level, "city"),
          lte(deputyMandates.startDate, activities.date),
          or(isNull(deputyMandates.endDate), gte(deputyMandates.endDate, activities.date)),
        ),
      ),
  );
  return {
    participations: await personTimes(in2024),
    legislationParticipations: await personTimes(and(in2024, eq(activities.area, "legislation"))),
    supervisionItems: await one(tx.select({ n: count() }).from(activities).where(supervision)),
    supervisionCityParticipations: await personTimes(and(supervision, cityMandateThatDay)),
    supervisionSuggestions: await one(tx.select({ n: sum(activities.suggestionsCount) }).from(activities).where(supervision)),
  };
}

async function stationFigures(tx: Tx) {
  const of2024 = (kind: "station" | "room" | "online", extra?: SQL) =>
    one(
      tx
        .select({ n: count() })
        .from(stations)
        .where(and(eq(stations.kind, kind), eq(stations.active, true), lte(stations.openedOn, TO), extra)),
    );
  const model = and(eq(stations.isModel, true), lte(stations.modelYear, 2024));
  return {
    stations: await of2024("station"),
    rooms: await of2024("room"),
    onlineStations: await of2024("online"),
    modelStations: await of2024("station", model),
    modelRooms: await of2024("room", model),
    industryStations: await of2024("station", eq(stations.isIndustry, true)),
  };
}

async function proposalFigures(tx: Tx) {
  const session4 = and(eq(proposals.congressTerm, 3), eq(proposals.sessionNumber, 4));
  const special = and(session4, eq(proposals.specialFund, true));
  return {
    proposals: await one(tx.select({ n: count() }).from(proposals).where(session4)),
    proposalsAnswered: await one(
      tx.select({ n: count() }).from(proposals).where(and(session4, inArray(proposals.status, ["answered", "evaluated", "closed"]))),
    ),
    specialFundProposals: await one(tx.select({ n: count() }).from(proposals).where(special)),
    specialFundPeopleBenefited: await one(tx.select({ n: sum(proposals.peopleBenefited) }).from(proposals).where(special)),
  };
}

export async function figures2024(tx: Tx): Promise<Figures2024> {
  return {
    ...(await trainingFigures(tx)),
    ...(await activityFigures(tx)),
    ...(await stationFigures(tx)),
    ...(await proposalFigures(tx)),
  };
}

export async function rowsPerTable(tx: Tx): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of schemaTables()) out[getTableName(table)] = await one(tx.select({ n: count() }).from(table));
  return out;
}
