// The figures of a yearly review of deputy work, as in Bijie's 2024 review (DOMAIN.md): each is a
// count, distinct count or sum over one resource, with the filter that lists the records behind it.
// Filters are written as a client would send them, so a figure's filter can be pasted into a list.
import { activityParticipationSpec, activitySpec } from "../activities/activity.table.js";
import { contactDeputySpec, contactSpec } from "../contacts/contact.table.js";
import { measureSpec } from "../measures/measure.table.js";
import { meetingAttendeeSpec, meetingSpec } from "../meetings/meeting.table.js";
import { opinionSpec } from "../opinions/opinion.table.js";
import { receptionSpec } from "../receptions/reception.table.js";
import { proposalSpec } from "../proposals/proposal.table.js";
import { stationSpec } from "../stations/station.table.js";
import { trainingAttendanceSpec, trainingSpec } from "../trainings/training.table.js";
import type { TableSpec } from "../grammar/resource.js";
import { reviewActivityTotals as totals, reviewTrainedDeputies as trained } from "@daibiao/db";
import { sql, type SQL } from "drizzle-orm";

export type Measure = { count: true } | { countDistinct: string } | { sum: string };

export type FigureDef = {
  key: string;
  section: "training" | "activities" | "support" | "proposals";
  label: string;
  unit: string;
  // the GraphQL list that shows the records, and its spec
  resource: string;
  spec: () => TableSpec;
  measure: Measure;
  filter: (year: number) => Record<string, unknown>;
  // The same number read from a summary the database keeps up to date (drizzle/0010): for the
  // figures that would otherwise count millions of rows. review.summary.test.ts holds them equal.
  summary?: (year: number) => SQL;
};

// Summed over the activities of a year from review_activity_totals (an index-only range scan).
const activityTotal = (year: number, column: "participants" | "cityParticipants", area?: "legislation" | "supervision") =>
  sql`(select coalesce(sum(${totals[column]}), 0)::float8 from ${totals}
    where ${totals.date} between ${`${year}-01-01`} and ${`${year}-12-31`}${area ? sql` and ${totals.area} = ${area}` : sql``})`;

const within = (year: number) => ({ gte: `${year}-01-01`, lte: `${year}-12-31` });
// In place at the end of the year: opened by then and not closed.
const standing = (year: number, kind: string) => ({ kind: { eq: kind }, active: { eq: true }, openedOn: { lte: `${year}-12-31` } });
// Deputies of the city congress serving in the year.
const cityDeputy = (year: number) => ({
  mandate: {
    level: { eq: "CITY" },
    startDate: { lte: `${year}-12-31` },
    or: [{ endDate: { isNull: true } }, { endDate: { gte: `${year}-01-01` } }],
  },
});
// The proposals raised at a session of the congress held in the year.
const sessionProposals = (year: number) => ({ sessionNumber: { isNull: false }, submittedAt: within(year) });

export const figures: FigureDef[] = [
  {
    key: "trainingClasses",
    section: "training",
    label: "代表学习培训班",
    unit: "期",
    resource: "trainings",
    spec: () => trainingSpec,
    measure: { count: true },
    filter: (y) => ({ form: { eq: "CLASS" }, startDate: within(y) }),
  },
  {
    key: "deputiesTrained",
    section: "training",
    label: "培训各级人大代表",
    unit: "人",
    resource: "trainingAttendances",
    spec: () => trainingAttendanceSpec,
    measure: { countDistinct: "deputyId" },
    filter: (y) => ({ status: { eq: "ATTENDED" }, training: { form: { eq: "CLASS" }, startDate: within(y) } }),
    summary: (y) => sql`(select count(*)::float8 from ${trained} where ${trained.year} = ${y})`,
  },
  {
    key: "activityPersonTimes",
    section: "activities",
    label: "代表参与履职活动",
    unit: "人次",
    resource: "activityParticipations",
    spec: () => activityParticipationSpec,
    measure: { count: true },
    filter: (y) => ({ activity: { date: within(y) } }),
    summary: (y) => activityTotal(y, "participants"),
  },
  {
    key: "legislationPersonTimes",
    section: "activities",
    label: "代表参与立法调研、意见征集、审议论证",
    unit: "人次",
    resource: "activityParticipations",
    spec: () => activityParticipationSpec,
    measure: { count: true },
    filter: (y) => ({ activity: { area: { eq: "LEGISLATION" }, date: within(y) } }),
    summary: (y) => activityTotal(y, "participants", "legislation"),
  },
  {
    key: "supervisionItems",
    section: "activities",
    label: "专题调研、集中视察、专题询问、执法检查等履职工作",
    unit: "项",
    resource: "activities",
    spec: () => activitySpec,
    measure: { count: true },
    filter: (y) => ({ area: { eq: "SUPERVISION" }, date: within(y) }),
  },
  {
    key: "supervisionPersonTimes",
    section: "activities",
    label: "市人大代表参与监督工作",
    unit: "人次",
    resource: "activityParticipations",
    spec: () => activityParticipationSpec,
    measure: { count: true },
    filter: (y) => ({ activity: { area: { eq: "SUPERVISION" }, date: within(y) }, deputy: cityDeputy(y) }),
    summary: (y) => activityTotal(y, "cityParticipants", "supervision"),
  },
  {
    key: "supervisionSuggestions",
    section: "activities",
    label: "提出意见建议",
    unit: "条",
    resource: "activities",
    spec: () => activitySpec,
    measure: { sum: "suggestionsCount" },
    filter: (y) => ({ area: { eq: "SUPERVISION" }, date: within(y) }),
  },
  {
    key: "planMeasures",
    section: "activities",
    label: "“高质量发展,代表在行动”活动工作举措",
    unit: "项",
    resource: "measures",
    spec: () => measureSpec,
    measure: { count: true },
    filter: (y) => ({ year: { eq: y } }),
  },
  {
    key: "groupActivities",
    section: "activities",
    label: "代表小组活动",
    unit: "次",
    resource: "activities",
    spec: () => activitySpec,
    measure: { count: true },
    filter: (y) => ({ groupId: { isNull: false }, date: within(y) }),
  },
  {
    key: "contacts",
    section: "support",
    label: "常委会组成人员和专委会联系代表",
    unit: "次",
    resource: "contacts",
    spec: () => contactSpec,
    measure: { count: true },
    filter: (y) => ({ date: within(y) }),
  },
  {
    key: "deputiesContacted",
    section: "support",
    label: "联系代表",
    unit: "人",
    resource: "contactDeputies",
    spec: () => contactDeputySpec,
    measure: { countDistinct: "deputyId" },
    filter: (y) => ({ contact: { date: within(y) } }),
  },
  {
    key: "attendeeForums",
    section: "support",
    label: "召开列席代表座谈会",
    unit: "次",
    resource: "meetings",
    spec: () => meetingSpec,
    measure: { count: true },
    filter: (y) => ({ forumDate: within(y) }),
  },
  {
    key: "meetingAttendance",
    section: "support",
    label: "代表列席常委会会议",
    unit: "人次",
    resource: "meetingAttendees",
    spec: () => meetingAttendeeSpec,
    measure: { count: true },
    filter: (y) => ({ meeting: { startDate: within(y) } }),
  },
  {
    key: "receptions",
    section: "support",
    label: "代表进站入室、走访接待群众",
    unit: "次",
    resource: "receptions",
    spec: () => receptionSpec,
    measure: { count: true },
    filter: (y) => ({ date: within(y) }),
  },
  {
    key: "constituentsReceived",
    section: "support",
    label: "接待群众",
    unit: "人次",
    resource: "receptions",
    spec: () => receptionSpec,
    measure: { sum: "constituentsCount" },
    filter: (y) => ({ date: within(y) }),
  },
  {
    key: "opinionsRaised",
    section: "support",
    label: "收集群众意见建议",
    unit: "条",
    resource: "opinions",
    spec: () => opinionSpec,
    measure: { count: true },
    filter: (y) => ({ raisedOn: within(y) }),
  },
  {
    key: "opinionsResolved",
    section: "support",
    label: "已办结",
    unit: "条",
    resource: "opinions",
    spec: () => opinionSpec,
    measure: { count: true },
    filter: (y) => ({ raisedOn: within(y), resolvedOn: { isNull: false } }),
  },
  {
    key: "opinionsToProposals",
    section: "support",
    label: "转化为代表建议",
    unit: "条",
    resource: "opinions",
    spec: () => opinionSpec,
    measure: { count: true },
    filter: (y) => ({ raisedOn: within(y), status: { eq: "PROPOSAL" } }),
  },
  { key: "stations", section: "support", label: "代表联络站", unit: "个", resource: "stations", spec: () => stationSpec, measure: { count: true }, filter: (y) => standing(y, "STATION") },
  { key: "rooms", section: "support", label: "代表联络室", unit: "个", resource: "stations", spec: () => stationSpec, measure: { count: true }, filter: (y) => standing(y, "ROOM") },
  {
    key: "onlineStations",
    section: "support",
    label: "代表网上联络站",
    unit: "个",
    resource: "stations",
    spec: () => stationSpec,
    measure: { count: true },
    filter: (y) => standing(y, "ONLINE"),
  },
  {
    key: "modelStations",
    section: "support",
    label: "示范代表联络站",
    unit: "个",
    resource: "stations",
    spec: () => stationSpec,
    measure: { count: true },
    filter: (y) => ({ ...standing(y, "STATION"), isModel: { eq: true }, modelYear: { lte: y } }),
  },
  {
    key: "modelRooms",
    section: "support",
    label: "示范代表联络室",
    unit: "个",
    resource: "stations",
    spec: () => stationSpec,
    measure: { count: true },
    filter: (y) => ({ ...standing(y, "ROOM"), isModel: { eq: true }, modelYear: { lte: y } }),
  },
  {
    key: "industryStations",
    section: "support",
    label: "行业专业代表联络站",
    unit: "个",
    resource: "stations",
    spec: () => stationSpec,
    measure: { count: true },
    filter: (y) => ({ ...standing(y, "STATION"), isIndustry: { eq: true } }),
  },
  {
    key: "sessionProposals",
    section: "proposals",
    label: "大会期间代表提出建议",
    unit: "件",
    resource: "proposals",
    spec: () => proposalSpec,
    measure: { count: true },
    filter: sessionProposals,
  },
  {
    key: "sessionProposalsAnswered",
    section: "proposals",
    label: "已办理答复",
    unit: "件",
    resource: "proposals",
    spec: () => proposalSpec,
    measure: { count: true },
    filter: (y) => ({ ...sessionProposals(y), status: { in: ["ANSWERED", "EVALUATED", "CLOSED"] } }),
  },
  {
    key: "specialFundProposals",
    section: "proposals",
    label: "使用建议办理专项资金办理民生建议",
    unit: "件",
    resource: "proposals",
    spec: () => proposalSpec,
    measure: { count: true },
    filter: (y) => ({ ...sessionProposals(y), specialFund: { eq: true } }),
  },
  {
    key: "peopleBenefited",
    section: "proposals",
    label: "惠及群众",
    unit: "人",
    resource: "proposals",
    spec: () => proposalSpec,
    measure: { sum: "peopleBenefited" },
    filter: (y) => ({ ...sessionProposals(y), specialFund: { eq: true } }),
  },
];
