import { describe, expect, it } from "vitest";
import { chineseNumber, formatFigure, plainText, reviewDocument, sessionName, type Review, type ReviewFigure } from "./reviewDocument";

const fig = (key: string, section: string, value: number, unit: string, resource = "stations"): ReviewFigure => ({ key, section, label: key, unit, value, resource, filter: {} });

// The 2024 figures of the seed document (the demo's own numbers where it says "more than").
const review: Review = {
  year: 2024,
  sessions: [{ congressTerm: 3, sessionNumber: 4 }],
  figures: [
    fig("trainingClasses", "training", 2, "期", "trainings"),
    fig("deputiesTrained", "training", 94, "人", "trainingAttendances"),
    fig("activityPersonTimes", "activities", 2832, "人次", "activityParticipations"),
    fig("legislationPersonTimes", "activities", 936, "人次", "activityParticipations"),
    fig("supervisionItems", "activities", 32, "项", "activities"),
    fig("supervisionPersonTimes", "activities", 318, "人次", "activityParticipations"),
    fig("supervisionSuggestions", "activities", 194, "条", "activities"),
    fig("stations", "support", 280, "个"),
    fig("rooms", "support", 1487, "个"),
    fig("onlineStations", "support", 280, "个"),
    fig("modelStations", "support", 44, "个"),
    fig("modelRooms", "support", 45, "个"),
    fig("industryStations", "support", 8, "个"),
    fig("sessionProposals", "proposals", 215, "件", "proposals"),
    fig("sessionProposalsAnswered", "proposals", 215, "件", "proposals"),
    fig("specialFundProposals", "proposals", 34, "件", "proposals"),
    fig("peopleBenefited", "proposals", 74000, "人", "proposals"),
  ],
};

describe("the yearly review as a document", () => {
  it("writes numbers as the document does", () => {
    expect(formatFigure(1487)).toBe("1487");
    expect(formatFigure(74000)).toBe("7.4万");
    expect(formatFigure(125300)).toBe("12.53万");
    expect(chineseNumber(3)).toBe("三");
    expect(chineseNumber(14)).toBe("十四");
    expect(chineseNumber(21)).toBe("二十一");
    expect(sessionName([{ congressTerm: 3, sessionNumber: 4 }])).toBe("市三届人大四次会议");
  });

  it("has the seed's headings and every figure inside its sentences, each once", () => {
    const blocks = reviewDocument(review, new Date(2025, 0, 15));
    const text = plainText(blocks);
    expect(blocks[0]).toEqual({ kind: "title", segments: ["毕节市人大常委会2024年代表工作综述"] });
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.segments.join(""))).toEqual([
      "一、强化能力建设提质效",
      "二、深化活动开展出新绩",
      "三、优化服务保障出实招",
      "四、建议办理有力度",
    ]);
    for (const phrase of [
      "举办代表学习培训班2期，培训全市各级人大代表94人",
      "参与履职活动2832人次",
      "审议论证936人次",
      "组织市人大代表318人次参与专题调研、集中视察、专题询问、执法检查等履职工作32项，提出推动高质量发展的意见建议194条",
      "规范建设代表联络站280个、代表联络室1487个、代表网上联络站280个，创建示范代表联络站44个、示范代表联络室45个、行业专业代表联络站8个",
      "市三届人大四次会议期间代表提出的215件建议",
      "民生建议34件，惠及群众7.4万人",
      "2025年1月15日",
    ]) {
      expect(text).toContain(phrase);
    }
    const linked = blocks.flatMap((b) => b.segments).filter((s) => typeof s !== "string");
    expect(linked.map((s) => (s as { figure: ReviewFigure }).figure.key).sort()).toEqual(review.figures.map((f) => f.key).sort());
  });

  it("keeps a figure the text does not know in its section", () => {
    const blocks = reviewDocument({ ...review, figures: [...review.figures, fig("newFigure", "support", 12, "个")] });
    const support = plainText(blocks);
    expect(support).toContain("此外，newFigure12个。");
  });
});
