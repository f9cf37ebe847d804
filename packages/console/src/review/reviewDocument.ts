// The yearly review of deputy work as a document in Chinese, in the shape of the Standing Committee's
// own review (shared/domain/bijie-2024-deputy-work-summary.zh.txt): a title, an opening, a heading per
// area (training, activities, support, proposals) and the figures inside the sentences. One model for
// the page, the print and the Word file; each figure keeps the list and filter of its records.

export type ReviewFigure = {
  key: string;
  section: string;
  label: string;
  unit: string;
  value: number;
  resource: string;
  filter: Record<string, unknown>;
};
export type Review = { year: number; sessions: { congressTerm: number; sessionNumber: number }[]; figures: ReviewFigure[] };

export type Segment = string | { figure: ReviewFigure; text: string };
export type Block = { kind: "title" | "heading" | "paragraph" | "note"; segments: Segment[] };

const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

// 3 → 三, 14 → 十四, 21 → 二十一: the way terms and sessions of a congress are written.
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : digits[tens]}十${ones ? digits[ones] : ""}`;
}

// 1487 → "1487", 74000 → "7.4万": as the document writes its figures.
export function formatFigure(value: number): string {
  if (Math.abs(value) >= 10000) return `${Number((value / 10000).toFixed(2))}万`;
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(1)));
}

export function sessionName(sessions: Review["sessions"]): string {
  if (!sessions.length) return "本年度人民代表大会会议";
  return sessions.map((s) => `市${chineseNumber(s.congressTerm)}届人大${chineseNumber(s.sessionNumber)}次会议`).join("、");
}

// The text of the document with `{key}` where a figure goes (its number and unit).
function template(year: number, session: string): { section: string; heading?: string; paragraphs: string[] }[] {
  return [
    {
      section: "",
      paragraphs: [
        `人大代表是人民代表大会的主体，人大工作的基础是代表、作用在代表、活力看代表。${year}年，毕节市人大常委会深入践行全过程人民民主，充分发挥代表主体作用，着力提高代表履职能力水平，不断激发代表履职活力，持续加强代表服务保障，代表工作取得新成效。`,
      ],
    },
    {
      section: "training",
      heading: "一、强化能力建设提质效",
      paragraphs: [
        `能力建设是代表履好职的前提。${year}年，市人大常委会始终把加强学习培训、提升履职能力作为代表履职的重要基础，采取“请进来+走出去、集中学习+个人自学、线上+线下”相结合的方式，举办代表学习培训班{trainingClasses}，培训全市各级人大代表{deputiesTrained}，有效帮助代表提高理论素养、提升业务能力。`,
      ],
    },
    {
      section: "activities",
      heading: "二、深化活动开展出新绩",
      paragraphs: [
        `突出系统谋划整体推进。市人大常委会始终把“高质量发展，代表在行动”活动作为重要抓手，持续推动活动深化拓展，围绕推进科学民主立法、实行正确有效监督、密切联系服务群众三个方面系统谋划部署工作举措{planMeasures}。${year}年，全市共组织各级人大代表参与履职活动{activityPersonTimes}，开展代表小组活动{groupActivities}。`,
        "突出代表法治引领作用。积极组织人大代表全过程参与法规立项、调研、审议、论证等各环节工作，组织代表参与立法调研、意见征集、审议论证{legislationPersonTimes}，不断丰富和拓展开门立法的广度和深度。",
        "突出代表监督推动作用。聚焦中央决策部署、市委中心大局和群众关心关切，组织市人大代表{supervisionPersonTimes}参与专题调研、集中视察、专题询问、执法检查等履职工作{supervisionItems}，提出推动高质量发展的意见建议{supervisionSuggestions}。",
      ],
    },
    {
      section: "support",
      heading: "三、优化服务保障出实招",
      paragraphs: [
        "“两个联系”有温度。常委会组成人员和专门委员会联系代表{contacts}，联系代表{deputiesContacted}；在市人大常委会会议期间组织代表列席会议{meetingAttendance}，召开列席代表座谈会{attendeeForums}，充分听取代表意见建议。",
        "平台建设有广度。规范建设代表联络站{stations}、代表联络室{rooms}、代表网上联络站{onlineStations}，创建示范代表联络站{modelStations}、示范代表联络室{modelRooms}、行业专业代表联络站{industryStations}，不断拓展代表联系群众的渠道和方式，积极引导各级人大代表进站入室开展活动。代表进站入室、走访接待群众{receptions}，接待群众{constituentsReceived}，收集群众意见建议{opinionsRaised}，已办结{opinionsResolved}，转化为代表建议{opinionsToProposals}。",
      ],
    },
    {
      section: "proposals",
      heading: "四、建议办理有力度",
      paragraphs: [
        `进一步优化完善代表建议办理机制，推动${session}期间代表提出的{sessionProposals}建议得到高质量办理，已办理答复{sessionProposalsAnswered}。使用市级人大代表建议办理专项资金，高质效办理代表提出的急难愁盼民生建议{specialFundProposals}，惠及群众{peopleBenefited}，有力推动代表建议从“纸上”落到“地上”。`,
      ],
    },
    {
      section: "",
      paragraphs: ["下一步，市人大常委会将始终尊重代表主体地位，持续加强代表工作制度建设、能力建设、阵地建设，更好服务保障代表依法履职、发挥作用，确保代表履职有阵地、有抓手、有实效。"],
    },
  ];
}

const figureText = (f: ReviewFigure) => `${formatFigure(f.value)}${f.unit}`;

export function reviewDocument(review: Review, asOf = new Date()): Block[] {
  const byKey = new Map(review.figures.map((f) => [f.key, f]));
  const used = new Set<string>();
  const segmentsOf = (text: string): Segment[] =>
    text.split(/(\{\w+\})/).filter(Boolean).map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      if (!m) return part;
      const figure = byKey.get(m[1]!);
      if (!figure) return "—";
      used.add(figure.key);
      return { figure, text: figureText(figure) };
    });
  const blocks: Block[] = [{ kind: "title", segments: [`毕节市人大常委会${review.year}年代表工作综述`] }];
  for (const part of template(review.year, sessionName(review.sessions))) {
    if (part.heading) blocks.push({ kind: "heading", segments: [part.heading] });
    for (const p of part.paragraphs) blocks.push({ kind: "paragraph", segments: segmentsOf(p) });
    // Figures the API has for this area and the text does not mention yet.
    const rest = review.figures.filter((f) => f.section === part.section && !used.has(f.key));
    if (part.section && rest.length) {
      blocks.push({
        kind: "paragraph",
        segments: ["此外，", ...rest.flatMap((f, i): Segment[] => [i ? "，" : "", `${f.label}`, { figure: f, text: figureText(f) }]), "。"],
      });
      rest.forEach((f) => used.add(f.key));
    }
  }
  const date = `${asOf.getFullYear()}年${asOf.getMonth() + 1}月${asOf.getDate()}日`;
  blocks.push({ kind: "note", segments: [`（本综述数字由代表履职管理系统根据截至${date}的记录生成。）`] });
  return blocks;
}

export const plainText = (blocks: Block[]) => blocks.map((b) => b.segments.map((s) => (typeof s === "string" ? s : s.text)).join("")).join("\n");
