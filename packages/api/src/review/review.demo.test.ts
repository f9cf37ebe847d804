// On the Bijie demo data, the 2024 review states the figures of the Standing Committee's 2024 review
// of deputy work: exactly where the document gives a number, at least the number where it says "余".
import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb("daibiao_demo_tpl");

// key → [the document's number, exact (true) or "more than" (false)]
const document2024: Record<string, [number, boolean]> = {
  trainingClasses: [2, true], // 举办2期代表学习培训班
  deputiesTrained: [90, false], // 培训全市各级人大代表90余人
  activityPersonTimes: [2800, false], // 参与履职活动2800余人次
  legislationPersonTimes: [900, false], // 立法调研、意见征集、审议论证900余人次
  supervisionPersonTimes: [300, false], // 市人大代表300余人次
  supervisionItems: [32, true], // 履职工作32项
  supervisionSuggestions: [194, true], // 提出意见建议194条
  stations: [280, true], // 代表联络站280个
  rooms: [1487, true], // 代表联络室1487个
  onlineStations: [280, true], // 代表网上联络站280个
  modelStations: [44, true], // 示范代表联络站44个
  modelRooms: [45, true], // 示范代表联络室45个
  industryStations: [8, true], // 行业专业代表联络站8个
  sessionProposals: [215, true], // 市三届人大四次会议期间代表提出的215件建议
  sessionProposalsAnswered: [215, true], // 得到高质量办理
  specialFundProposals: [34, true], // 民生建议34件
  peopleBenefited: [74000, true], // 惠及群众7.4万人
  planMeasures: [12, true], // 系统谋划部署12项工作举措
  // the document names these without numbers (两个联系, 代表小组活动, 进站入室): the demo data has some
  groupActivities: [1, false],
  contacts: [1, false],
  deputiesContacted: [1, false],
  attendeeForums: [1, false],
  meetingAttendance: [1, false],
  receptions: [1, false],
  constituentsReceived: [1, false],
  opinionsRaised: [1, false],
  opinionsResolved: [1, false],
  opinionsToProposals: [0, false],
};

it("the 2024 review of the demo data states the document's figures", async () => {
  const r = await t().gql(`{ yearlyReview(year: 2024) { sessions { congressTerm sessionNumber } figures { key value } } }`);
  expect(r.errors).toBeUndefined();
  const review = r.data!.yearlyReview;
  expect(review.sessions).toEqual([{ congressTerm: 3, sessionNumber: 4 }]);
  const values = Object.fromEntries(review.figures.map((f: { key: string; value: number }) => [f.key, f.value]));
  expect(Object.keys(values).sort()).toEqual(Object.keys(document2024).sort());
  for (const [key, [n, exact]] of Object.entries(document2024)) {
    if (exact) expect(values[key], key).toBe(n);
    else expect(values[key], key).toBeGreaterThanOrEqual(n);
  }
});

it("the year matters: 2023 and 2025 are reviews of their own", async () => {
  const r = await t().gql(`{ a: yearlyReview(year: 2023) { sessions { sessionNumber } sessionProposals { value } } b: yearlyReview(year: 2025) { sessions { sessionNumber } } }`);
  expect(r.errors).toBeUndefined();
  expect(r.data!.a.sessions).toEqual([{ sessionNumber: 3 }]);
  expect(r.data!.a.sessionProposals.value).toBeGreaterThan(0);
  expect(r.data!.a.sessionProposals.value).not.toBe(215);
  expect(r.data!.b.sessions).toEqual([{ sessionNumber: 5 }]);
});

it("lists the persons behind 'deputies trained' as deputies, through their attendances", async () => {
  const r = await t().gql(`{
    yearlyReview(year: 2024) { deputiesTrained { value } }
    deputies(filter: { attendance: { status: { eq: ATTENDED }, training: { form: { eq: CLASS }, startDate: { gte: "2024-01-01", lte: "2024-12-31" } } } }) { totalCount }
  }`);
  expect(r.errors).toBeUndefined();
  expect(r.data!.deputies.totalCount).toBe(r.data!.yearlyReview.deputiesTrained.value);
  expect(r.data!.deputies.totalCount).toBeGreaterThan(90);
});
