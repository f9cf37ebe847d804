// The duty record as the document's model (in Chinese, the office's language): who the deputy is,
// the year's figures, and each kind of work listed. Used for the Word file; tested on its own.
import type { DocModel } from "./dutyRecordDocx";
import type { DeputyWithRecord } from "./queries";

type Words = (enumName: string, value: string | null | undefined) => string;

const num = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2))));

export function dutyRecordModel(d: DeputyWithRecord, word: Words): DocModel {
  const r = d.dutyRecord;
  const c = r.counts;
  const mandates = d.mandates
    .filter((m) => !m.endDate || m.endDate >= `${r.year}-01-01`)
    .map((m) => `${word("MandateLevel", m.level)}人大代表(第${m.congressTerm}届${m.district ? `,${m.district.name}` : ""})`);
  return {
    title: `${d.name}同志${r.year}年度履职档案`,
    facts: [
      ["姓名", d.name],
      ["性别", word("Gender", d.gender)],
      ["民族", d.ethnicity ?? ""],
      ["政治面貌", word("PoliticalAffiliation", d.politicalAffiliation)],
      ["工作单位", d.workUnit ?? ""],
      ["职务", d.jobTitle ?? ""],
      ["代表身份", mandates.join(";") || "本年度未任代表"],
      ["履职积分", `${num(r.points)}分${r.rank ? `(第${r.rank}名)` : ""}`],
    ],
    figures: [
      ["参加学习培训", `${c.trainings}次,${num(c.trainingHours)}学时`],
      ["参加履职活动", `${c.activities}次`],
      ["其中:立法", `${c.legislation}次`],
      ["其中:监督", `${c.supervision}次`],
      ["其中:联系群众", `${c.contact}次`],
      ["其中:其他", `${c.otherActivities}次`],
      ["领衔提出建议", `${c.proposalsLed}件`],
      ["附议建议", `${c.proposalsCosigned}件`],
      ["进站接待群众", `${c.receptions}次,${c.constituents}人次`],
      ["收集民意", `${c.opinions}条,已办结${c.opinionsResolved}条,转为建议${c.opinionsToProposals}条`],
      ["进驻联络站点", `${c.stations}个`],
      ["常委会联系", `${c.contacts}次`],
      ["列席常委会会议", `${c.meetings}次,参加座谈${c.forums}次`],
    ],
    sections: [
      { heading: "学习培训", lines: r.trainings.map((t) => `${t.training.startDate} ${t.training.title}(${word("TrainingForm", t.training.form)},${num(t.hours ?? t.training.hours ?? 0)}学时)`) },
      { heading: "履职活动", lines: r.activities.map((a) => `${a.activity.date} ${a.activity.title}(${word("ActivityArea", a.activity.area)})`) },
      {
        heading: "代表建议",
        lines: [
          ...r.proposalsLed.map((p) => `领衔:第${p.number}号 ${p.title}(${word("ProposalStatus", p.status)})`),
          ...r.proposalsCosigned.map((p) => `附议:第${p.proposal.number}号 ${p.proposal.title}(${word("ProposalStatus", p.proposal.status)})`),
        ],
      },
      {
        heading: "联系群众",
        lines: [
          ...r.receptions.map((x) => `${x.reception.date} ${x.reception.station?.name ?? ""}${word("ReceptionWay", x.reception.way)},接待群众${x.reception.constituentsCount}人`),
          ...r.opinions.map((o) => `${o.raisedOn} 民意:${o.content}(${word("OpinionStatus", o.status)}${o.unit ? `,${o.unit.name}` : ""}${o.proposal ? `,第${o.proposal.number}号建议` : ""})`),
        ],
      },
      { heading: "进驻联络站点", lines: r.stations.map((s) => `${s.station.name}(${word("StationKind", s.station.kind)})`) },
      {
        heading: "常委会联系及列席会议",
        lines: [
          ...r.contacts.map((c) => `${c.contact.date} ${c.contact.memberName ?? c.contact.committee?.name ?? ""}联系(${word("ContactWay", c.contact.way)})`),
          ...r.meetings.map((m) => `${m.meeting.startDate} 列席${m.meeting.title}${m.atForum ? ",参加列席代表座谈会" : ""}`),
        ],
      },
    ],
  };
}
