// Duty activities (履职活动) of 2023, 2024 and 2025 (to mid-May). The titles of 2024 follow the review:
// the property-management and sports-facility regulations, the pre-legislative research on the business
// environment, city parks and squares, ecological civilisation and intangible cultural heritage, and
// the supervision of education, human resources, stalled housing projects and home-based elderly care.
type LegislationKind = "legislative_research" | "opinion_collection" | "deliberation";
type SupervisionKind = "research" | "inspection" | "special_inquiry" | "law_enforcement_check";
type OtherKind = "forum" | "research" | "constituent_visit";

// county: where it took place (a county name of data/places.ts); none = city-wide
export type LegislationItem = { title: string; kind: LegislationKind; month: number; county?: string };
export type SupervisionItem = { title: string; kind: SupervisionKind; month: number };
export type OtherItem = { title: string; kind: OtherKind; month: number };

export type YearPlan = {
  year: number;
  lastDay: string; // nothing after this day (the snapshot date in 2025)
  legislation: { items: readonly LegislationItem[]; participations: number };
  supervision: {
    items: readonly SupervisionItem[];
    cityParticipations: number;
    // county deputies invited to some items (they hold no city mandate)
    otherItems: number;
    otherParticipations: number;
    suggestions: number;
  };
  receptions: { count: number; participations: number };
  forums: { count: number; participations: number; standingCommitteeSessions: readonly [number, number] };
  visits: { count: number; participations: number };
  other: { items: readonly OtherItem[]; participations: number };
};

const R: LegislationKind = "legislative_research";
const O: LegislationKind = "opinion_collection";
const D: LegislationKind = "deliberation";
const QXG = "七星关区";
const DF = "大方县";
const QX = "黔西市";
const JS = "金沙县";
const ZJ = "织金县";
const NY = "纳雍县";
const WN = "威宁彝族回族苗族自治县";
const HZ = "赫章县";

const LEGISLATION_2024: LegislationItem[] = [
  { title: "《毕节市物业管理条例(草案)》立法调研", kind: R, month: 3, county: QXG },
  { title: "《毕节市物业管理条例(草案)》立法调研", kind: R, month: 3, county: QX },
  { title: "《毕节市物业管理条例(草案)》立法调研", kind: R, month: 4, county: JS },
  { title: "《毕节市物业管理条例(草案)》代表意见征集", kind: O, month: 5 },
  { title: "《毕节市物业管理条例(草案)》审议论证会", kind: D, month: 8 },
  { title: "《毕节市体育设施建设和管理条例(草案)》立法调研", kind: R, month: 5, county: ZJ },
  { title: "《毕节市体育设施建设和管理条例(草案)》代表意见征集", kind: O, month: 6 },
  { title: "《毕节市体育设施建设和管理条例(草案)》审议论证会", kind: D, month: 10 },
  { title: "优化营商环境立法前期调研", kind: R, month: 4, county: QXG },
  { title: "优化营商环境立法前期调研", kind: R, month: 5, county: DF },
  { title: "优化营商环境立法座谈会", kind: O, month: 6 },
  { title: "城市公园广场管理立法前期调研", kind: R, month: 6, county: QXG },
  { title: "城市公园广场管理立法前期调研", kind: R, month: 7, county: WN },
  { title: "生态文明促进立法前期调研", kind: R, month: 7, county: HZ },
  { title: "生态文明促进立法前期调研", kind: R, month: 8, county: WN },
  { title: "生态文明促进立法意见征集座谈会", kind: O, month: 9 },
  { title: "非物质文化遗产保护立法前期调研", kind: R, month: 10, county: HZ },
  { title: "非物质文化遗产保护立法前期调研", kind: R, month: 11, county: NY },
  { title: "《中华人民共和国农村集体经济组织法(草案)》意见征集", kind: O, month: 3 },
  { title: "《中华人民共和国矿产资源法(修订草案)》意见征集", kind: O, month: 5 },
  { title: "《中华人民共和国传染病防治法(修订草案)》意见征集", kind: O, month: 7 },
  { title: "《中华人民共和国民营经济促进法(草案)》意见征集", kind: O, month: 11 },
  { title: "《贵州省安全生产条例(修订草案)》意见征集", kind: O, month: 9 },
  { title: "2025年度立法计划项目代表论证会", kind: D, month: 12 },
];

const LEGISLATION_2023: LegislationItem[] = [
  { title: "《毕节市城市绿化条例(草案)》立法调研", kind: R, month: 3, county: QXG },
  { title: "《毕节市城市绿化条例(草案)》立法调研", kind: R, month: 4, county: JS },
  { title: "《毕节市城市绿化条例(草案)》代表意见征集", kind: O, month: 5 },
  { title: "《毕节市城市绿化条例(草案)》审议论证会", kind: D, month: 8 },
  { title: "《毕节市乡村清洁条例(草案)》立法调研", kind: R, month: 4, county: DF },
  { title: "《毕节市乡村清洁条例(草案)》立法调研", kind: R, month: 5, county: NY },
  { title: "《毕节市乡村清洁条例(草案)》代表意见征集", kind: O, month: 7 },
  { title: "《毕节市乡村清洁条例(草案)》审议论证会", kind: D, month: 10 },
  { title: "物业管理立法前期调研", kind: R, month: 11, county: QXG },
  { title: "物业管理立法前期调研", kind: R, month: 11, county: ZJ },
  { title: "《中华人民共和国行政复议法(修订草案)》意见征集", kind: O, month: 3 },
  { title: "《中华人民共和国慈善法(修正草案)》意见征集", kind: O, month: 4 },
  { title: "《中华人民共和国学前教育法(草案)》意见征集", kind: O, month: 6 },
  { title: "《中华人民共和国粮食安全保障法(草案)》意见征集", kind: O, month: 7 },
  { title: "《中华人民共和国农村集体经济组织法(草案)》意见征集", kind: O, month: 9 },
  { title: "2024年度立法计划项目代表论证会", kind: D, month: 12 },
];

const LEGISLATION_2025: LegislationItem[] = [
  { title: "《中华人民共和国医疗保障法(草案)》意见征集", kind: O, month: 1 },
  { title: "2025年度立法工作代表座谈会", kind: D, month: 2 },
  { title: "《毕节市城市公园广场管理条例(草案)》立法调研", kind: R, month: 3, county: QXG },
  { title: "非物质文化遗产保护立法调研", kind: R, month: 3, county: WN },
  { title: "《毕节市城市公园广场管理条例(草案)》立法调研", kind: R, month: 4, county: QX },
  { title: "《毕节市生态文明促进条例(草案)》立法调研", kind: R, month: 4, county: HZ },
  { title: "《中华人民共和国生态环境法典(草案)》意见征集", kind: O, month: 5 },
  { title: "《毕节市城市公园广场管理条例(草案)》代表意见征集", kind: O, month: 5 },
];

const S = {
  research: "research",
  inspection: "inspection",
  inquiry: "special_inquiry",
  check: "law_enforcement_check",
} as const;

// The 32 supervision items of 2024 (专题调研、集中视察、专题询问、执法检查).
const SUPERVISION_2024: SupervisionItem[] = [
  { title: "全市教育高质量发展情况专题调研", kind: S.research, month: 4 },
  { title: "全市人力资源开发培育工作视察", kind: S.inspection, month: 5 },
  { title: "保交楼项目实施情况专题询问", kind: S.inquiry, month: 6 },
  { title: "《贵州省居家养老服务条例》实施情况执法检查", kind: S.check, month: 7 },
  { title: "《中华人民共和国食品安全法》实施情况执法检查", kind: S.check, month: 5 },
  { title: "《贵州省生态环境保护条例》实施情况执法检查", kind: S.check, month: 6 },
  { title: "《中华人民共和国农产品质量安全法》实施情况执法检查", kind: S.check, month: 8 },
  { title: "《毕节市饮用水水源保护条例》实施情况执法检查", kind: S.check, month: 9 },
  { title: "《中华人民共和国土地管理法》实施情况执法检查", kind: S.check, month: 10 },
  { title: "《毕节市城市市容和环境卫生管理条例》实施情况执法检查", kind: S.check, month: 11 },
  { title: "《中华人民共和国安全生产法》实施情况执法检查", kind: S.check, month: 4 },
  { title: "巩固拓展脱贫攻坚成果同乡村振兴有效衔接专题调研", kind: S.research, month: 3 },
  { title: "全市营商环境优化提升工作专题调研", kind: S.research, month: 4 },
  { title: "新型工业化推进情况专题调研", kind: S.research, month: 5 },
  { title: "现代山地特色高效农业发展情况视察", kind: S.inspection, month: 6 },
  { title: "文化旅游产业发展情况专题调研", kind: S.research, month: 7 },
  { title: "县域医疗卫生服务体系建设情况视察", kind: S.inspection, month: 7 },
  { title: "城乡居民基本医疗保险工作专题调研", kind: S.research, month: 8 },
  { title: "政府债务管理情况专题调研", kind: S.research, month: 8 },
  { title: "2023年度市级预算执行和其他财政收支审计查出问题整改情况视察", kind: S.inspection, month: 9 },
  { title: "国有资产管理情况专题调研", kind: S.research, month: 9 },
  { title: "全市就业创业工作视察", kind: S.inspection, month: 10 },
  { title: "城市更新和老旧小区改造工作视察", kind: S.inspection, month: 10 },
  { title: "农村饮水安全保障工作专题询问", kind: S.inquiry, month: 11 },
  { title: "交通基础设施建设情况视察", kind: S.inspection, month: 11 },
  { title: "煤电一体化和新型能源基地建设专题调研", kind: S.research, month: 6 },
  { title: "赤水河流域生态保护情况视察", kind: S.inspection, month: 9 },
  { title: "义务教育“双减”工作视察", kind: S.inspection, month: 12 },
  { title: "少数民族特色村寨保护与发展专题调研", kind: S.research, month: 10 },
  { title: "物业服务管理情况专题询问", kind: S.inquiry, month: 12 },
  { title: "法治政府建设情况专题调研", kind: S.research, month: 11 },
  { title: "市中级人民法院执行工作专题调研", kind: S.research, month: 12 },
];

const SUPERVISION_2023: SupervisionItem[] = [
  { title: "全市义务教育均衡发展情况专题调研", kind: S.research, month: 3 },
  { title: "易地扶贫搬迁后续扶持工作视察", kind: S.inspection, month: 4 },
  { title: "《中华人民共和国农业技术推广法》实施情况执法检查", kind: S.check, month: 4 },
  { title: "《中华人民共和国道路交通安全法》实施情况执法检查", kind: S.check, month: 5 },
  { title: "《贵州省乌江保护条例》实施情况执法检查", kind: S.check, month: 6 },
  { title: "《中华人民共和国消防法》实施情况执法检查", kind: S.check, month: 7 },
  { title: "《毕节市城市市容和环境卫生管理条例》实施情况执法检查", kind: S.check, month: 9 },
  { title: "城镇燃气安全专项整治工作专题询问", kind: S.inquiry, month: 8 },
  { title: "全市农村公路建设和管护情况视察", kind: S.inspection, month: 5 },
  { title: "乡村振兴产业发展情况专题调研", kind: S.research, month: 6 },
  { title: "中药材产业发展情况专题调研", kind: S.research, month: 7 },
  { title: "全市新能源汽车充电基础设施建设视察", kind: S.inspection, month: 8 },
  { title: "基层医疗卫生机构服务能力专题调研", kind: S.research, month: 8 },
  { title: "2022年度市级预算执行和其他财政收支审计查出问题整改情况视察", kind: S.inspection, month: 9 },
  { title: "企业国有资产管理情况专题调研", kind: S.research, month: 9 },
  { title: "优化营商环境工作专题询问", kind: S.inquiry, month: 10 },
  { title: "全市公共法律服务体系建设专题调研", kind: S.research, month: 10 },
  { title: "草海保护治理情况视察", kind: S.inspection, month: 10 },
  { title: "职业教育发展情况专题调研", kind: S.research, month: 11 },
  { title: "全市文物保护工作视察", kind: S.inspection, month: 11 },
  { title: "农村留守儿童关爱保护工作专题调研", kind: S.research, month: 11 },
  { title: "市人民检察院公益诉讼工作专题调研", kind: S.research, month: 12 },
  { title: "城市停车场规划建设情况视察", kind: S.inspection, month: 12 },
  { title: "防汛抗旱和地质灾害防治工作视察", kind: S.inspection, month: 6 },
  { title: "林长制落实情况专题调研", kind: S.research, month: 5 },
  { title: "全市社会救助工作专题调研", kind: S.research, month: 9 },
  { title: "食用菌产业发展情况视察", kind: S.inspection, month: 7 },
  { title: "全市就业促进工作专题调研", kind: S.research, month: 12 },
];

const SUPERVISION_2025: SupervisionItem[] = [
  { title: "2025年市级重点项目建设情况视察", kind: S.inspection, month: 3 },
  { title: "全市春耕生产工作视察", kind: S.inspection, month: 3 },
  { title: "《中华人民共和国未成年人保护法》实施情况执法检查", kind: S.check, month: 4 },
  { title: "学前教育普及普惠发展情况专题调研", kind: S.research, month: 4 },
  { title: "《贵州省大数据发展应用促进条例》实施情况执法检查", kind: S.check, month: 4 },
  { title: "全市养老服务体系建设专题调研", kind: S.research, month: 4 },
  { title: "城区交通拥堵治理工作专题询问", kind: S.inquiry, month: 5 },
  { title: "农村人居环境整治提升工作视察", kind: S.inspection, month: 5 },
  { title: "全市地方金融风险防范化解情况专题调研", kind: S.research, month: 5 },
  { title: "高校毕业生就业工作视察", kind: S.inspection, month: 5 },
];

const OTHER_2024: OtherItem[] = [
  { title: "“高质量发展,代表在行动”主题活动启动会", kind: "forum", month: 3 },
  { title: "市人大代表小组集中学习活动", kind: "forum", month: 4 },
  { title: "“高质量发展,代表在行动”项目观摩活动", kind: "research", month: 5 },
  { title: "代表参与文明城市创建志愿服务活动", kind: "constituent_visit", month: 6 },
  { title: "代表参与防汛救灾一线服务活动", kind: "constituent_visit", month: 7 },
  { title: "市人大代表小组集中学习活动", kind: "forum", month: 8 },
  { title: "代表参与“中国农民丰收节”助农活动", kind: "constituent_visit", month: 9 },
  { title: "“人大代表之家”开放日活动", kind: "forum", month: 9 },
  { title: "庆祝全国人民代表大会成立70周年代表座谈活动", kind: "forum", month: 9 },
  { title: "代表参与重点项目建设服务活动", kind: "research", month: 10 },
  { title: "市人大代表小组集中学习活动", kind: "forum", month: 11 },
  { title: "“高质量发展,代表在行动”年度总结交流会", kind: "forum", month: 12 },
];

const OTHER_2023: OtherItem[] = [
  { title: "“高质量发展,代表在行动”主题活动启动会", kind: "forum", month: 3 },
  { title: "市人大代表小组集中学习活动", kind: "forum", month: 5 },
  { title: "代表参与文明城市创建志愿服务活动", kind: "constituent_visit", month: 6 },
  { title: "“高质量发展,代表在行动”项目观摩活动", kind: "research", month: 7 },
  { title: "“人大代表之家”开放日活动", kind: "forum", month: 9 },
  { title: "代表参与“中国农民丰收节”助农活动", kind: "constituent_visit", month: 9 },
  { title: "市人大代表小组集中学习活动", kind: "forum", month: 10 },
  { title: "代表参与重点项目建设服务活动", kind: "research", month: 11 },
  { title: "市人大代表小组集中学习活动", kind: "forum", month: 11 },
  { title: "“高质量发展,代表在行动”年度总结交流会", kind: "forum", month: 12 },
];

const OTHER_2025: OtherItem[] = [
  { title: "“高质量发展,代表在行动”主题活动启动会", kind: "forum", month: 2 },
  { title: "市人大代表小组集中学习活动", kind: "forum", month: 3 },
  { title: "代表参与植树造林志愿服务活动", kind: "constituent_visit", month: 3 },
  { title: "“高质量发展,代表在行动”项目观摩活动", kind: "research", month: 4 },
];

export const YEAR_PLANS: readonly YearPlan[] = [
  {
    year: 2023,
    lastDay: "2023-12-31",
    legislation: { items: LEGISLATION_2023, participations: 652 },
    supervision: { items: SUPERVISION_2023, cityParticipations: 276, otherItems: 10, otherParticipations: 38, suggestions: 168 },
    receptions: { count: 150, participations: 560 },
    forums: { count: 14, participations: 220, standingCommitteeSessions: [12, 19] },
    visits: { count: 40, participations: 250 },
    other: { items: OTHER_2023, participations: 210 },
  },
  // 2024: the year of the review. Person-times: 936 + 318 + 46 + 700 + 256 + 312 + 264 = 2,832 (2800余);
  // legislation 936 (900余); supervision: 32 items, 318 by city deputies (300余), 194 suggestions.
  {
    year: 2024,
    lastDay: "2024-12-31",
    legislation: { items: LEGISLATION_2024, participations: 936 },
    supervision: { items: SUPERVISION_2024, cityParticipations: 318, otherItems: 12, otherParticipations: 46, suggestions: 194 },
    receptions: { count: 180, participations: 700 },
    forums: { count: 16, participations: 256, standingCommitteeSessions: [20, 27] },
    visits: { count: 48, participations: 312 },
    other: { items: OTHER_2024, participations: 264 },
  },
  {
    year: 2025,
    lastDay: "2025-05-14",
    legislation: { items: LEGISLATION_2025, participations: 268 },
    supervision: { items: SUPERVISION_2025, cityParticipations: 104, otherItems: 3, otherParticipations: 12, suggestions: 61 },
    receptions: { count: 60, participations: 220 },
    forums: { count: 6, participations: 90, standingCommitteeSessions: [28, 30] },
    visits: { count: 15, participations: 95 },
    other: { items: OTHER_2025, participations: 80 },
  },
];
