import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import { zh } from "../i18n/zh";
import { dutyRecordDocx } from "./dutyRecordDocx";
import { dutyRecordModel } from "./dutyRecordModel";
import type { DeputyWithRecord } from "./queries";

const enums = zh.enums as Record<string, Record<string, string>>;
const word = (e: string, v: string | null | undefined) => (v ? (enums[e]?.[v] ?? v) : "");

const deputy: DeputyWithRecord = {
  id: "7",
  name: "张三",
  gender: "FEMALE",
  ethnicity: "彝族",
  politicalAffiliation: "CPC",
  workUnit: "七星关区人民医院",
  jobTitle: "医生",
  mandates: [
    { level: "CITY", congressTerm: 3, endDate: null, district: { name: "七星关区" } },
    { level: "COUNTY", congressTerm: 18, endDate: "2021-12-31", district: null },
  ],
  dutyRecord: {
    year: 2024,
    points: 24.5,
    rank: 3,
    serving: true,
    hasDuty: true,
    rule: { fromYear: 2023 },
    counts: {
      trainings: 2, trainingHours: 43.5, activities: 3, legislation: 1, supervision: 1, contact: 1, otherActivities: 0, proposalsLed: 1,
      proposalsCosigned: 1, receptions: 2, constituents: 12, opinions: 3, opinionsResolved: 1, opinionsToProposals: 0, stations: 2, contacts: 1, meetings: 1, forums: 1,
    },
    trainings: [{ trainingId: "1", status: "ATTENDED", hours: null, training: { title: "代表学习培训班", form: "CLASS", startDate: "2024-05-13", hours: 40 } }],
    activities: [{ activityId: "1", role: "LEADER", activity: { title: "物业管理条例立法调研", area: "LEGISLATION", kind: "LEGISLATIVE_RESEARCH", date: "2024-03-02" } }],
    proposalsLed: [{ id: "9", number: 12, title: "关于加快乡村道路建设的建议", status: "CLOSED", submittedAt: "2024-01-10" }],
    proposalsCosigned: [],
    stations: [],
    receptions: [{ receptionId: "3", reception: { date: "2024-03-03", way: "IN_PERSON", constituentsCount: 12, subject: null, station: { name: "碧阳街道联络站" } } }],
    opinions: [
      { id: "5", raisedOn: "2024-03-03", content: "村组道路失修", category: "AGRICULTURE_RURAL", status: "FORWARDED", unit: { name: "市交通运输局" }, proposal: null },
      { id: "6", raisedOn: "2024-03-03", content: "学位不足", category: "SOCIAL_DEVELOPMENT", status: "PROPOSAL", unit: null, proposal: { id: "9", number: 12, title: "关于加快乡村道路建设的建议" } },
    ],
    contacts: [{ contactId: "2", contact: { date: "2024-02-02", by: "MEMBER", way: "VISIT", memberName: "王建国", committee: null } }],
    meetings: [{ meetingId: "1", atForum: true, meeting: { title: "市三届人大常委会第20次会议", startDate: "2024-02-27" } }],
  },
};

describe("the duty record as a document", () => {
  it("states who the deputy is, the year's figures in words, and each kind of work with how it ended", () => {
    const m = dutyRecordModel(deputy, word);
    expect(m.title).toBe("张三同志2024年度履职档案");
    expect(m.facts).toContainEqual(["代表身份", "市级人大代表(第3届,七星关区)"]);
    expect(m.facts).toContainEqual(["履职积分", "24.5分(第3名)"]);
    expect(m.facts).toContainEqual(["政治面貌", "中共党员"]);
    expect(m.figures).toContainEqual(["参加学习培训", "2次,43.5学时"]);
    expect(m.figures).toContainEqual(["收集民意", "3条,已办结1条,转为建议0条"]);
    expect(m.sections.find((s) => s.heading === "代表建议")!.lines).toEqual(["领衔:第12号 关于加快乡村道路建设的建议(已办结)"]);
    expect(m.sections.find((s) => s.heading === "学习培训")!.lines).toEqual(["2024-05-13 代表学习培训班(培训班,40学时)"]);
    const contact = m.sections.find((s) => s.heading === "联系群众")!.lines;
    expect(contact[1]).toBe("2024-03-03 民意:村组道路失修(已转交承办单位,市交通运输局)");
    expect(contact[2]).toBe("2024-03-03 民意:学位不足(已转为建议,第12号建议)");
    expect(m.sections.find((s) => s.heading === "常委会联系及列席会议")!.lines).toEqual([
      "2024-02-02 王建国联系(走访)",
      "2024-02-27 列席市三届人大常委会第20次会议,参加列席代表座谈会",
    ]);
  });

  it("makes a Word file (a zip with the document part)", async () => {
    const buffer = await Packer.toBuffer(dutyRecordDocx(dutyRecordModel(deputy, word)));
    expect(buffer.subarray(0, 2).toString()).toBe("PK");
    expect(buffer.includes(Buffer.from("word/document.xml"))).toBe(true);
  });
});
