// Proposal titles (代表建议), by category, with the unit that usually handles each. Placeholders:
// {county}, {township}, {village} are filled from the lead deputy's home. `local` proposals concern one
// place: the county government leads and the department assists.
type Category =
  | "finance_economy"
  | "agriculture_rural"
  | "urban_construction_environment"
  | "education_science_culture_health"
  | "internal_affairs_justice"
  | "social_development";

export type ProposalTemplate = { title: string; category: Category; unit: string; local?: true };

const t = (category: Category, unit: string, title: string, local?: true): ProposalTemplate => ({ title, category, unit, ...(local ? { local } : {}) });

export const PROPOSAL_TEMPLATES: readonly ProposalTemplate[] = [
  t("finance_economy", "市发展改革委", "关于加快推进{county}天然气管网建设的建议"),
  t("finance_economy", "市财政局", "关于加大对{county}中小微企业金融支持力度的建议"),
  t("finance_economy", "市工业和信息化局", "关于推动{county}煤电产业转型升级的建议"),
  t("finance_economy", "市商务局", "关于支持{county}特色农产品电商发展的建议"),
  t("finance_economy", "市发展改革委", "关于进一步优化营商环境、降低企业物流成本的建议"),
  t("finance_economy", "市工业和信息化局", "关于加快毕节经济开发区标准化厂房建设的建议"),
  t("finance_economy", "市市场监管局", "关于规范涉企收费行为的建议"),
  t("finance_economy", "市能源局", "关于加快{county}分布式光伏发电项目建设的建议"),
  t("finance_economy", "市文化广电旅游局", "关于打造“乌蒙山水·生态毕节”旅游精品线路的建议"),
  t("agriculture_rural", "市农业农村局", "关于扶持{county}高山冷凉蔬菜产业发展的建议"),
  t("agriculture_rural", "市农业农村局", "关于加强{county}刺梨产业链建设的建议"),
  t("agriculture_rural", "市农业农村局", "关于支持{county}马铃薯良种繁育基地建设的建议"),
  t("agriculture_rural", "市林业局", "关于支持{county}发展林下经济的建议"),
  t("agriculture_rural", "市农业农村局", "关于发展{county}天麻、皂角精深加工的建议"),
  t("agriculture_rural", "市水务局", "关于修缮{township}{village}灌溉水渠的建议", true),
  t("agriculture_rural", "市农业农村局", "关于加大农村危房改造后续管护力度的建议"),
  t("agriculture_rural", "市农业农村局", "关于加强{township}高标准农田建设的建议", true),
  t("agriculture_rural", "市生态移民局", "关于加强{county}易地扶贫搬迁安置点后续扶持的建议"),
  t("urban_construction_environment", "市住房城乡建设局", "关于加快{county}城镇老旧小区改造的建议"),
  t("urban_construction_environment", "市城市管理局", "关于解决{county}城区停车难问题的建议"),
  t("urban_construction_environment", "市生态环境局", "关于加强草海湿地生态保护的建议"),
  t("urban_construction_environment", "市生态环境局", "关于整治{township}集镇生活污水的建议", true),
  t("urban_construction_environment", "市交通运输局", "关于优化毕节城区公交线路的建议"),
  t("urban_construction_environment", "市生态环境局", "关于加强赤水河流域生态保护的建议"),
  t("urban_construction_environment", "市住房城乡建设局", "关于加快推进保交楼项目交付的建议"),
  t("urban_construction_environment", "市交通运输局", "关于加快{county}至{township}公路提质改造的建议", true),
  t("urban_construction_environment", "市自然资源和规划局", "关于加快{county}城乡规划编制的建议"),
  t("education_science_culture_health", "市教育局", "关于改善{township}中心小学办学条件的建议", true),
  t("education_science_culture_health", "市教育局", "关于解决{county}城区学校大班额问题的建议"),
  t("education_science_culture_health", "市卫生健康局", "关于加强乡村医生队伍建设的建议"),
  t("education_science_culture_health", "市卫生健康局", "关于提升{township}卫生院服务能力的建议", true),
  t("education_science_culture_health", "市文化广电旅游局", "关于加强彝族、苗族非物质文化遗产保护传承的建议"),
  t("education_science_culture_health", "市教育局", "关于加强中小学生心理健康教育的建议"),
  t("education_science_culture_health", "市科技局", "关于加大农业科技特派员支持力度的建议"),
  t("education_science_culture_health", "市体育局", "关于在{county}建设全民健身场地设施的建议"),
  t("internal_affairs_justice", "市公安局", "关于加强农村地区电信网络诈骗防范宣传的建议"),
  t("internal_affairs_justice", "市司法局", "关于加强{county}基层公共法律服务的建议"),
  t("internal_affairs_justice", "市人力资源社会保障局", "关于加大农民工欠薪问题治理力度的建议"),
  t("internal_affairs_justice", "市司法局", "关于完善矛盾纠纷多元化解机制的建议"),
  t("internal_affairs_justice", "市公安局", "关于加强{county}农村道路交通安全管理的建议"),
  t("internal_affairs_justice", "市公安局", "关于在{township}增设警务室的建议", true),
  t("internal_affairs_justice", "市中级人民法院", "关于加强诉源治理、推进“无讼村居”建设的建议"),
  t("internal_affairs_justice", "市人民检察院", "关于加强未成年人检察工作的建议"),
  t("internal_affairs_justice", "市民族宗教委", "关于支持{county}少数民族特色村寨建设的建议"),
  t("social_development", "市民政局", "关于完善{county}农村养老服务体系的建议"),
  t("social_development", "市人力资源社会保障局", "关于提高城乡居民基础养老金标准的建议"),
  t("social_development", "市人力资源社会保障局", "关于扩大{county}就业帮扶车间规模的建议"),
  t("social_development", "市退役军人事务局", "关于加强退役军人服务保障的建议"),
  t("social_development", "市医疗保障局", "关于方便异地就医直接结算的建议"),
  t("social_development", "市民政局", "关于建设{township}农村幸福院的建议", true),
  t("social_development", "市应急管理局", "关于加强{county}森林防灭火能力建设的建议"),
  t("social_development", "市民政局", "关于加强农村留守儿童和困境儿童关爱保护的建议"),
];

// Urgent, small livelihood projects in one village: what the special fund for deputies' proposals
// (代表建议办理专项资金) pays for.
export const SPECIAL_FUND_TEMPLATES: readonly ProposalTemplate[] = [
  t("agriculture_rural", "市水务局", "关于解决{township}{village}人畜饮水困难的建议", true),
  t("agriculture_rural", "市交通运输局", "关于硬化{township}{village}通组公路的建议", true),
  t("urban_construction_environment", "市交通运输局", "关于修建{township}{village}便民桥的建议", true),
  t("education_science_culture_health", "市教育局", "关于维修{township}中心小学校舍的建议", true),
  t("education_science_culture_health", "市卫生健康局", "关于改善{township}卫生院医疗设备条件的建议", true),
  t("agriculture_rural", "市水务局", "关于修缮{township}{village}灌溉水渠的建议", true),
  t("urban_construction_environment", "市住房城乡建设局", "关于在{township}{village}安装太阳能路灯的建议", true),
  t("urban_construction_environment", "市水务局", "关于修建{township}{village}排洪沟的建议", true),
  t("education_science_culture_health", "市文化广电旅游局", "关于建设{township}{village}文化活动广场的建议", true),
  t("urban_construction_environment", "市自然资源和规划局", "关于治理{township}{village}地质灾害隐患点的建议", true),
  t("social_development", "市应急管理局", "关于修建{township}{village}消防水池的建议", true),
  t("urban_construction_environment", "市生态环境局", "关于解决{township}集镇污水收集处理问题的建议", true),
  t("social_development", "国网毕节供电局", "关于改造{township}{village}老旧供电线路的建议", true),
  t("social_development", "市民政局", "关于建设{township}{village}村级养老服务站的建议", true),
];

export const ANSWERS: Record<"A" | "B" | "C" | "D", readonly string[]> = {
  A: [
    "所提问题已解决,相关项目已建成投用,并已向代表当面反馈办理情况。",
    "建议已采纳,已安排资金实施,现已完工并通过验收。",
    "已会同相关部门现场调研,问题已按代表意见解决。",
  ],
  B: [
    "所提问题正在解决,已列入年度工作计划,预计年内完成。",
    "建议已部分采纳,相关项目已启动实施,将持续跟进推进。",
  ],
  C: [
    "所提问题受资金和政策条件限制,已列入规划,待条件成熟时逐步解决。",
    "建议符合实际,已纳入下一步工作规划,将积极争取上级支持后解决。",
  ],
  D: [
    "所提问题涉及国家政策规定,暂无法解决,已向代表作详细解释说明。",
    "建议留作工作参考,已与代表沟通并作出说明。",
  ],
};

export const EVALUATION_COMMENTS: Record<"satisfied" | "basically_satisfied" | "dissatisfied", readonly string[]> = {
  satisfied: ["办理态度认真,措施具体,问题得到解决。", "承办单位主动沟通,现场办理,效果明显。", "答复及时,落实到位,群众认可。"],
  basically_satisfied: ["办理态度较好,但部分问题尚未完全解决,希望继续跟进。", "基本满意,建议加快项目推进进度。"],
  dissatisfied: ["答复内容较为原则,未提出具体解决措施。", "问题未得到实质性解决,要求重新办理。"],
};

// The handling around the answer: why the office does not accept a proposal, why a deputy withdraws
// one, why a unit returns or extends one, and what assisting units tell the lead unit.
export const REJECT_REASONS: readonly string[] = [
  "所提事项属于个人诉求，不作为代表建议，转有关部门按来信办理。",
  "所提事项涉及正在审理的诉讼案件，不作为代表建议处理。",
  "所提事项不属于本级人民代表大会职权范围，转为来信办理。",
];

export const WITHDRAW_REASONS: readonly string[] = [
  "所提问题已在调研过程中得到解决，代表申请撤回。",
  "代表拟补充调研后另行提出，申请撤回。",
];

export const EXTENSION_REASONS: readonly string[] = [
  "涉及多个部门协调，需进一步调研论证。",
  "项目资金需列入下一年度预算，需延长办理时限。",
  "需待上级有关政策出台后再作答复。",
];

export const EXTENSION_APPROVERS: readonly string[] = ["市人民政府督查室", "市人大常委会代表工作委员会"];

export const OPINIONS: readonly string[] = [
  "同意主办单位的办理意见，本单位将在职责范围内积极配合推进。",
  "本单位已将相关项目纳入年度计划，建议主办单位在答复中一并说明。",
  "建议主办单位加强与县级有关部门的沟通，本单位可提供技术指导。",
];
