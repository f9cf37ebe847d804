// Words for the rest of the deputies' work: the Standing Committee's committees, the 12 measures of
// 2024's "高质量发展,代表在行动" plan (three areas, as the review states), and what constituents ask.
import type { activityArea, committeeKind, proposalCategory } from "../../schema.js";

type Category = (typeof proposalCategory.enumValues)[number];
type Area = (typeof activityArea.enumValues)[number];

export const COMMITTEES: readonly { name: string; kind: (typeof committeeKind.enumValues)[number] }[] = [
  { name: "市人大常委会主任会议", kind: "council_of_chairpersons" },
  { name: "市人大法制委员会", kind: "special_committee" },
  { name: "市人大监察和司法委员会", kind: "special_committee" },
  { name: "市人大财政经济委员会", kind: "special_committee" },
  { name: "市人大教育科学文化卫生委员会", kind: "special_committee" },
  { name: "市人大农业与农村委员会", kind: "special_committee" },
  { name: "市人大城乡建设环境保护委员会", kind: "special_committee" },
  { name: "市人大社会建设委员会", kind: "special_committee" },
  { name: "市人大常委会选举联络工作委员会", kind: "working_body" },
  { name: "市人大常委会法制工作委员会", kind: "working_body" },
];

// Each measure: its area, its title, and the committee that owns it (by name).
export const MEASURES_2024: readonly { area: Area; title: string; committee: string }[] = [
  { area: "legislation", title: "组织代表参与地方性法规立项论证", committee: "市人大常委会法制工作委员会" },
  { area: "legislation", title: "组织代表参与物业管理、体育设施等法规草案调研和审议", committee: "市人大法制委员会" },
  { area: "legislation", title: "发挥国家级基层立法联系点作用,组织代表参与立法意见征集", committee: "市人大常委会法制工作委员会" },
  { area: "legislation", title: "组织代表参与营商环境、生态文明、非遗保护等立法前期调研", committee: "市人大法制委员会" },
  { area: "supervision", title: "围绕“两区一典范一基地”组织代表专题调研", committee: "市人大财政经济委员会" },
  { area: "supervision", title: "组织代表参与教育高质量发展、人力资源开发培育监督", committee: "市人大教育科学文化卫生委员会" },
  { area: "supervision", title: "组织代表参与保交楼项目、居家养老服务监督", committee: "市人大社会建设委员会" },
  { area: "supervision", title: "组织代表参与执法检查和专题询问", committee: "市人大监察和司法委员会" },
  { area: "contact", title: "深化“两个联系”,常委会组成人员和专委会联系代表", committee: "市人大常委会选举联络工作委员会" },
  { area: "contact", title: "组织列席常委会会议代表座谈", committee: "市人大常委会主任会议" },
  { area: "contact", title: "规范代表联络站点运行,引导代表进站入室接待群众", committee: "市人大常委会选举联络工作委员会" },
  { area: "contact", title: "开展代表小组活动和走访接访选民", committee: "市人大农业与农村委员会" },
];

// What constituents raise, by category (民意).
export const OPINION_TEXTS: Record<Category, readonly string[]> = {
  finance_economy: [
    "希望加大对小微企业的贷款贴息支持力度",
    "建议规范农贸市场摊位租金,减轻经营户负担",
    "反映部分企业拖欠农民工工资问题",
    "建议加快特色农产品电商平台建设",
  ],
  agriculture_rural: [
    "村组道路年久失修,雨季出行困难,希望予以硬化",
    "希望解决村里灌溉水渠渗漏问题",
    "建议加强对辣椒、马铃薯种植的技术指导",
    "反映易地扶贫搬迁安置点就业岗位不足",
    "希望完善农村饮水安全工程,解决季节性缺水",
  ],
  urban_construction_environment: [
    "小区周边道路积水严重,建议改造排水管网",
    "反映某商混站噪声和扬尘扰民",
    "建议增设老旧小区电动车充电设施",
    "希望加快保交楼项目进度,早日交房",
    "建议在学校周边增设交通信号灯和减速带",
  ],
  education_science_culture_health: [
    "乡镇卫生院医生不足,看病需到县城",
    "建议增加城区公办幼儿园学位",
    "希望改善乡村学校寄宿条件",
    "反映村卫生室药品种类少",
    "建议加强非物质文化遗产传承人扶持",
  ],
  internal_affairs_justice: [
    "希望加强农村法律援助服务",
    "反映邻里宅基地纠纷长期未能调解",
    "建议加强对电信诈骗的宣传防范",
  ],
  social_development: [
    "希望社区增设居家养老服务站",
    "反映城乡居民医保缴费标准逐年提高,负担较重",
    "建议增加公益性岗位,帮助就业困难人员",
    "希望提高高龄老人补贴标准",
  ],
};

export const ANSWERS: readonly string[] = [
  "现场解释了相关政策和办理渠道,群众表示理解",
  "当场联系乡镇负责同志,明确了解决时限",
  "已向群众说明政策依据和申请流程",
];

export const CLOSE_REASONS: readonly string[] = ["群众撤回诉求", "经核实问题已自行解决", "属于司法程序处理事项,已告知群众依法维权途径"];

export const UNIT_REPLIES: readonly string[] = ["承办单位已答复,问题已解决", "承办单位已纳入年度计划,正在推进", "承办单位已回复群众并说明情况"];

// Standing Committee members who contact deputies (fictional names).
export const MEMBERS: readonly string[] = ["王建国", "李德明", "张秀英", "陈志远", "刘光华", "杨正发", "赵丽萍", "吴承刚"];

export const SECTOR_GROUPS: readonly { name: string; sector: "farmer" | "business" | "professional" | "worker" }[] = [
  { name: "农业农村代表小组", sector: "farmer" },
  { name: "企业家代表小组", sector: "business" },
  { name: "教科文卫代表小组", sector: "professional" },
  { name: "一线职工代表小组", sector: "worker" },
];
