// Trainings of 2023–2025 (学习培训). The two 2024 classes of the review are marked `reviewClass`: their
// attendance is built so that more than 90 distinct deputies attended (see trainings.ts).
type Form = "class" | "lecture" | "meeting" | "on_site" | "online" | "self_study";
type Status = "enrolled" | "attended" | "on_leave" | "absent";

export type TrainingSpec = {
  title: string;
  form: Form;
  organiser: string;
  venue: string | null;
  startDate: string;
  endDate: string;
  hours: number;
  description: string;
  // who is invited: city deputies only, city and county deputies, or deputies of all levels
  pool: "city" | "city_county" | "all";
  invited: number;
  statuses: readonly (readonly [Status, number])[];
  reviewClass?: true;
};

const WORK_COMMITTEE = "毕节市人大常委会代表工作委员会";
const OFFICE = "毕节市人大常委会办公室";
const LEGAL_COMMITTEE = "毕节市人大常委会法制工作委员会";
const AT_MEETING = [["attended", 95], ["on_leave", 5]] as const;
const AT_LECTURE = [["attended", 88], ["on_leave", 7], ["absent", 5]] as const;
const ONLINE = [["attended", 76], ["absent", 24]] as const;

export const TRAININGS: readonly TrainingSpec[] = [
  {
    title: "市三届人大三次会议代表学习培训(以会代训)",
    form: "meeting", organiser: WORK_COMMITTEE, venue: "毕节市会议中心",
    startDate: "2023-01-08", endDate: "2023-01-08", hours: 4,
    description: "大会报到当天集中学习代表法、议事规则和代表建议撰写要求。",
    pool: "city", invited: 470, statuses: AT_MEETING,
  },
  {
    title: "学习贯彻党的二十大精神专题讲座",
    form: "lecture", organiser: OFFICE, venue: "毕节市人大常委会机关会议室",
    startDate: "2023-03-16", endDate: "2023-03-16", hours: 3,
    description: "邀请市委党校教授作专题辅导。",
    pool: "city_county", invited: 120, statuses: AT_LECTURE,
  },
  {
    title: "2023年毕节市人大代表履职能力提升培训班",
    form: "class", organiser: WORK_COMMITTEE, venue: "浙江大学继续教育学院(杭州)",
    startDate: "2023-06-12", endDate: "2023-06-16", hours: 36,
    description: "围绕全过程人民民主、代表履职实务开展集中培训和现场教学。",
    pool: "all", invited: 48, statuses: [["attended", 46], ["on_leave", 2]],
  },
  {
    title: "基层立法联系点现场教学",
    form: "on_site", organiser: LEGAL_COMMITTEE, venue: "七星关区基层立法联系点",
    startDate: "2023-08-22", endDate: "2023-08-22", hours: 4,
    description: "实地了解基层立法联系点征集法律法规草案意见的做法。",
    pool: "all", invited: 36, statuses: AT_LECTURE,
  },
  {
    title: "代表履职学习平台线上课程:代表建议的提出与办理",
    form: "online", organiser: WORK_COMMITTEE, venue: null,
    startDate: "2023-10-09", endDate: "2023-12-15", hours: 8,
    description: "通过代表履职学习平台完成线上课程学习和测试。",
    pool: "all", invited: 220, statuses: ONLINE,
  },
  {
    title: "市三届人大四次会议代表学习培训(以会代训)",
    form: "meeting", organiser: WORK_COMMITTEE, venue: "毕节市会议中心",
    startDate: "2024-01-07", endDate: "2024-01-07", hours: 4,
    description: "大会报到当天集中学习,重点讲解代表建议的提出要求和办理流程。",
    pool: "city", invited: 480, statuses: AT_MEETING,
  },
  {
    title: "学习贯彻习近平总书记关于坚持和完善人民代表大会制度的重要思想专题讲座",
    form: "lecture", organiser: OFFICE, venue: "毕节市人大常委会机关会议室",
    startDate: "2024-03-21", endDate: "2024-03-21", hours: 3,
    description: "将人民代表大会制度重要思想作为代表履职能力建设的必修课程。",
    pool: "city_county", invited: 115, statuses: AT_LECTURE,
  },
  {
    title: "2024年毕节市人大代表学习培训班(第一期)",
    form: "class", organiser: WORK_COMMITTEE, venue: "江苏地方人大干部培训基地",
    startDate: "2024-05-13", endDate: "2024-05-17", hours: 36,
    description: "“走出去”学习江苏地方人大代表工作经验,提升代表理论素养和履职能力。",
    pool: "all", invited: 0, statuses: [], reviewClass: true,
  },
  {
    title: "“高质量发展,代表在行动”现场教学",
    form: "on_site", organiser: WORK_COMMITTEE, venue: "百里杜鹃管理区普底彝族苗族白族乡人大代表联络站",
    startDate: "2024-07-10", endDate: "2024-07-10", hours: 4,
    description: "观摩代表联络站规范化建设和代表进站履职。",
    pool: "all", invited: 40, statuses: AT_LECTURE,
  },
  {
    title: "2024年毕节市人大代表学习培训班(第二期)",
    form: "class", organiser: WORK_COMMITTEE, venue: "深圳人大干部培训中心",
    startDate: "2024-09-09", endDate: "2024-09-13", hours: 36,
    description: "学习深圳市人大代表联络站建设和代表参与立法、监督的经验做法。",
    pool: "all", invited: 0, statuses: [], reviewClass: true,
  },
  {
    title: "庆祝全国人民代表大会成立70周年专题讲座",
    form: "lecture", organiser: OFFICE, venue: "毕节市人大常委会机关会议室",
    startDate: "2024-09-26", endDate: "2024-09-26", hours: 3,
    description: "学习习近平总书记在庆祝全国人民代表大会成立70周年大会上的重要讲话精神。",
    pool: "city_county", invited: 100, statuses: AT_LECTURE,
  },
  {
    title: "《中华人民共和国各级人民代表大会常务委员会监督法》修正解读线上课程",
    form: "online", organiser: WORK_COMMITTEE, venue: null,
    startDate: "2024-11-11", endDate: "2024-12-20", hours: 6,
    description: "解读新修正的监督法,通过代表履职学习平台学习。",
    pool: "all", invited: 260, statuses: ONLINE,
  },
  {
    title: "2024年度代表个人自学",
    form: "self_study", organiser: WORK_COMMITTEE, venue: null,
    startDate: "2024-01-01", endDate: "2024-12-31", hours: 20,
    description: "代表依托代表履职学习平台自主学习,年底统计完成情况。",
    pool: "all", invited: 180, statuses: [["attended", 70], ["absent", 30]],
  },
  {
    title: "市三届人大五次会议代表学习培训(以会代训)",
    form: "meeting", organiser: WORK_COMMITTEE, venue: "毕节市会议中心",
    startDate: "2025-01-06", endDate: "2025-01-06", hours: 4,
    description: "大会报到当天集中学习,通报2024年代表建议办理情况。",
    pool: "city", invited: 475, statuses: AT_MEETING,
  },
  {
    title: "新修改的代表法学习辅导讲座",
    form: "lecture", organiser: OFFICE, venue: "毕节市人大常委会机关会议室",
    startDate: "2025-04-10", endDate: "2025-04-10", hours: 3,
    description: "学习2025年3月修改的代表法,掌握代表履职的新要求。",
    pool: "city_county", invited: 120, statuses: AT_LECTURE,
  },
  {
    title: "基层立法联系点工作实务线上课程",
    form: "online", organiser: LEGAL_COMMITTEE, venue: null,
    startDate: "2025-04-01", endDate: "2025-06-30", hours: 6,
    description: "课程进行中,代表完成学习后由平台记录学时。",
    pool: "all", invited: 200, statuses: [["attended", 35], ["enrolled", 65]],
  },
  {
    title: "2025年毕节市人大代表学习培训班(第一期)",
    form: "class", organiser: WORK_COMMITTEE, venue: "浙江大学继续教育学院(杭州)",
    startDate: "2025-06-16", endDate: "2025-06-20", hours: 36,
    description: "已报名,待开班。",
    pool: "all", invited: 50, statuses: [["enrolled", 1]],
  },
];
