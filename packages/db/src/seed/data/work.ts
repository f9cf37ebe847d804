// Work units and job titles of deputies, per occupation sector and the level at which they serve.
// Each template gets the place a deputy comes from and returns [work unit, job title].
import type { Rng } from "../random.js";

export type WorkPlace = {
  county: string; // 七星关区
  government: string; // 七星关区人民政府
  partyCommittee: string; // 中共七星关区委员会
  deputyHeadTitle: string; // 副区长
  township: string; // 海子街镇
  townshipHeadTitle: string; // 镇长
  isStreet: boolean;
  village: string; // 红岩村 or 南关社区
};

export type Sector = "official" | "worker" | "farmer" | "professional" | "business" | "military" | "other";
export type Profile = "national" | "provincial" | "city" | "county" | "township" | "former";

type Template = (rng: Rng, p: WorkPlace) => readonly [string, string | null];

// Words for company names: local landmarks and historical names of the region.
export const BRANDS = [
  "乌蒙", "韭菜坪", "草海", "织金洞", "杜鹃", "金海湖", "鸡鸣三省", "乌江源", "赤水河", "奢香", "夜郎",
  "水西", "乌撒", "黔西北", "九洞天", "支嘎阿鲁", "洪家渡", "六冲河", "可乐", "阿西里西", "油杉河",
  "拱拢坪", "大屯", "阳光", "金山", "黔丰", "宏远", "恒通", "兴黔", "毕兴",
] as const;

const head = (deputyTitle: string) => deputyTitle.replace("副", "");

const CITY_OFFICIAL: Template[] = [
  (r) => ["毕节市人民政府", r.pick(["副市长", "副秘书长"])],
  (r) => ["毕节市人大常委会", r.pick(["副主任", "委员", "副秘书长"])],
  (r) => [r.pick(["毕节市发展和改革委员会", "毕节市教育局", "毕节市农业农村局", "毕节市卫生健康局", "毕节市交通运输局", "毕节市住房和城乡建设局", "毕节市生态环境局", "毕节市财政局", "毕节市民族宗教事务委员会", "毕节市水务管理局"]), r.pick(["局长", "主任", "副局长"])],
  (r) => [r.pick(["毕节市总工会", "毕节市妇女联合会", "共青团毕节市委员会", "毕节市工商业联合会", "毕节市科学技术协会"]), r.pick(["主席", "副主席", "书记"])],
];

const COUNTY_OFFICIAL: Template[] = [
  (r, p) => [p.partyCommittee, r.pick(["书记", "副书记", "常委"])],
  (r, p) => [p.government, r.pick([head(p.deputyHeadTitle), p.deputyHeadTitle, p.deputyHeadTitle])],
  (r, p) => [`${p.county}人大常委会`, r.pick(["主任", "副主任", "委员"])],
  (r, p) => [`${p.county}${r.pick(["教育局", "农业农村局", "卫生健康局", "自然资源局", "民政局", "人力资源和社会保障局", "水务局", "林业局"])}`, r.pick(["局长", "副局长"])],
  (r, p) => [`${p.county}${r.pick(["总工会", "妇女联合会", "工商业联合会"])}`, r.pick(["主席", "副主席"])],
];

const TOWNSHIP_OFFICIAL: Template[] = [
  (_, p) => [p.isStreet ? `中共${p.county}${p.township}工作委员会` : `中共${p.county}${p.township}委员会`, p.isStreet ? "党工委书记" : "党委书记"],
  (_, p) => [p.isStreet ? `${p.county}${p.township}办事处` : `${p.county}${p.township}人民政府`, p.townshipHeadTitle],
  (r, p) => [p.isStreet ? `${p.county}${p.township}人大工作委员会` : `${p.county}${p.township}人民代表大会主席团`, p.isStreet ? "主任" : r.pick(["主席", "副主席"])],
  (r, p) => [`${p.county}${p.township}${r.pick(["农业服务中心", "社会事务服务中心", "综合行政执法大队", "便民服务中心"])}`, r.pick(["主任", "副主任"])],
];

const WORKER: Template[] = [
  (r) => ["国网贵州省电力公司毕节供电局", r.pick(["线路运维班班长", "变电运维工", "抢修班班长"])],
  (r) => [`贵州${r.pick(BRANDS)}煤矿有限公司`, r.pick(["采煤班班长", "安全员", "机电技术员", "掘进队队长"])],
  (r) => [`毕节${r.pick(BRANDS)}发电有限公司`, r.pick(["运行值班员", "检修工", "班长"])],
  (r) => [`贵州${r.pick(BRANDS)}水泥有限公司`, r.pick(["车间主任", "质检员", "操作工"])],
  (r, p) => [`${p.county}自来水有限责任公司`, r.pick(["维修工", "水质检验员"])],
  (r) => ["中国移动通信集团贵州有限公司毕节分公司", r.pick(["网络维护员", "营业厅主任"])],
  (r) => ["毕节市公共交通有限公司", r.pick(["公交车驾驶员", "调度员"])],
  (r, p) => [`${p.county}城市管理局环卫所`, r.pick(["环卫工人", "班长"])],
  (r) => [`贵州${r.pick(BRANDS)}建筑工程有限公司`, r.pick(["施工员", "项目经理", "钢筋工"])],
  (r) => ["贵州省烟草公司毕节市公司", r.pick(["烟叶收购员", "技术员"])],
];

const FARMER: Template[] = [
  (r, p) => [`${p.county}${p.township}${p.village}`, r.pick(["党支部书记", "党支部书记、村民委员会主任", "村民委员会主任", "村民委员会副主任"])],
  (r, p) => [`${p.county}${p.township}${p.village}`, r.pick(["村民", "村民", "村民小组组长", "种植大户", "养殖大户", "致富带头人"])],
  (r, p) => [`${p.county}${p.township}${p.village}${r.pick(["刺梨", "蔬菜", "食用菌", "中药材", "茶叶", "生猪", "肉牛", "马铃薯", "核桃", "辣椒"])}种养殖农民专业合作社`, r.pick(["理事长", "社员"])],
];

const PROFESSIONAL: Template[] = [
  (r) => [r.pick(["毕节市第一人民医院", "毕节市第三人民医院", "毕节市中医医院", "毕节市妇幼保健院"]), r.pick(["主任医师", "副主任医师", "护士长", "副院长"])],
  (r, p) => [`${p.county}人民医院`, r.pick(["副院长", "主治医师", "主任医师", "护士长"])],
  (r, p) => [`${p.county}${p.township}${p.isStreet ? "社区卫生服务中心" : "卫生院"}`, r.pick(["院长", "主治医师", "乡村医生"])],
  (r, p) => [`${p.county}第一中学`, r.pick(["校长", "教师", "高级教师"])],
  (r, p) => [`${p.county}${p.township}中心学校`, r.pick(["校长", "教师", "教导主任"])],
  (r) => [r.pick(["毕节医学高等专科学校", "贵州工程应用技术学院", "毕节职业技术学院", "毕节幼儿师范高等专科学校"]), r.pick(["教授", "副教授", "讲师"])],
  (r) => [`贵州${r.pick(BRANDS)}律师事务所`, r.pick(["主任", "律师", "合伙人"])],
  (r, p) => [`${p.county}农业技术推广站`, r.pick(["高级农艺师", "农艺师"])],
  (r, p) => [`${p.county}融媒体中心`, r.pick(["记者", "编辑"])],
];

const BUSINESS: Template[] = [
  (r) => [`毕节${r.pick(BRANDS)}农业发展有限公司`, r.pick(["董事长", "总经理"])],
  (r) => [`贵州${r.pick(BRANDS)}茶业有限公司`, r.pick(["董事长", "总经理"])],
  (r, p) => [`${p.county}${r.pick(BRANDS)}商贸有限公司`, r.pick(["总经理", "执行董事"])],
  (r) => [`贵州${r.pick(BRANDS)}建设工程有限公司`, r.pick(["董事长", "总经理", "副总经理"])],
  (r, p) => [`${p.county}${r.pick(BRANDS)}食品有限公司`, r.pick(["总经理", "董事长"])],
  (r) => [`贵州${r.pick(BRANDS)}酒业有限公司`, r.pick(["董事长", "总经理"])],
  (r) => [`毕节${r.pick(BRANDS)}文化旅游开发有限公司`, r.pick(["总经理", "董事长"])],
];

const MILITARY: Template[] = [
  (r) => ["毕节军分区", r.pick(["政治委员", "参谋", "司令员"])],
  (r) => ["武警毕节支队", r.pick(["支队长", "政治委员", "中队长"])],
  (r, p) => [`${p.county}人民武装部`, r.pick(["部长", "政治委员"])],
  (r) => ["毕节市消防救援支队", r.pick(["支队长", "站长"])],
];

const OTHER: Template[] = [
  (r) => ["个体工商户", r.pick(["经营者", "业主"])],
  (r, p) => [`${p.county}${p.township}${p.village.replace(/村$/, "社区")}居民委员会`, r.pick(["主任", "委员"])],
  (r) => [`毕节市${r.pick(BRANDS)}志愿服务协会`, r.pick(["会长", "秘书长"])],
  () => ["退休", null],
];

const BY_SECTOR: Record<Exclude<Sector, "official">, Template[]> = {
  worker: WORKER,
  farmer: FARMER,
  professional: PROFESSIONAL,
  business: BUSINESS,
  military: MILITARY,
  other: OTHER,
};

// Officials serve at the level of their congress or below.
function officialTemplates(profile: Profile): Template[] {
  switch (profile) {
    case "national":
    case "provincial":
      return CITY_OFFICIAL;
    case "city":
      return [...CITY_OFFICIAL, ...COUNTY_OFFICIAL, ...COUNTY_OFFICIAL, ...TOWNSHIP_OFFICIAL];
    case "county":
    case "former":
      return [...COUNTY_OFFICIAL, ...TOWNSHIP_OFFICIAL, ...TOWNSHIP_OFFICIAL];
    case "township":
      return TOWNSHIP_OFFICIAL;
  }
}

export function workFor(rng: Rng, sector: Sector, profile: Profile, place: WorkPlace): readonly [string, string | null] {
  const templates = sector === "official" ? officialTemplates(profile) : BY_SECTOR[sector];
  return rng.pick(templates)(rng, place);
}

type Table<T extends string> = readonly (readonly [T, number])[];

export const SECTORS: Record<Profile, Table<Sector>> = {
  national: [["official", 35], ["farmer", 20], ["professional", 20], ["business", 15], ["worker", 10]],
  provincial: [["official", 40], ["professional", 22], ["business", 18], ["farmer", 10], ["worker", 8], ["military", 2]],
  city: [["official", 33], ["worker", 10], ["farmer", 15], ["professional", 20], ["business", 16], ["military", 2], ["other", 4]],
  county: [["official", 30], ["worker", 10], ["farmer", 30], ["professional", 14], ["business", 12], ["military", 1], ["other", 3]],
  township: [["official", 18], ["worker", 8], ["farmer", 52], ["professional", 10], ["business", 9], ["other", 3]],
  former: [["official", 32], ["worker", 10], ["farmer", 22], ["professional", 18], ["business", 14], ["military", 1], ["other", 3]],
};

type Education = "primary" | "junior_secondary" | "senior_secondary" | "vocational" | "junior_college" | "bachelor" | "master" | "doctorate";
const SENIOR_EDUCATION: Table<Education> = [["bachelor", 40], ["master", 38], ["doctorate", 8], ["junior_college", 10], ["senior_secondary", 4]];
const OFFICIAL_EDUCATION: Table<Education> = [["bachelor", 52], ["master", 18], ["junior_college", 22], ["senior_secondary", 5], ["doctorate", 1], ["vocational", 2]];
const PROFESSIONAL_EDUCATION: Table<Education> = [["bachelor", 45], ["junior_college", 25], ["master", 18], ["doctorate", 3], ["vocational", 9]];
const BUSINESS_EDUCATION: Table<Education> = [["bachelor", 30], ["junior_college", 30], ["senior_secondary", 20], ["master", 10], ["vocational", 8], ["junior_secondary", 2]];
const MILITARY_EDUCATION: Table<Education> = [["bachelor", 60], ["master", 25], ["junior_college", 15]];
const RURAL_EDUCATION: Table<Education> = [["junior_secondary", 30], ["senior_secondary", 24], ["junior_college", 20], ["bachelor", 12], ["vocational", 8], ["primary", 6]];

// Education depends mostly on the occupation; deputies of higher congresses are better educated.
export function educationTable(profile: Profile, sector: Sector): Table<Education> {
  if (sector === "farmer" || sector === "worker" || sector === "other") return RURAL_EDUCATION;
  if (profile === "national" || profile === "provincial") return SENIOR_EDUCATION;
  if (sector === "official") return OFFICIAL_EDUCATION;
  if (sector === "professional") return PROFESSIONAL_EDUCATION;
  return sector === "military" ? MILITARY_EDUCATION : BUSINESS_EDUCATION;
}

type Affiliation = "cpc" | "cpc_probationary" | "democratic_party" | "non_party" | "masses";
export const AFFILIATIONS: Record<Profile, Table<Affiliation>> = {
  national: [["cpc", 70], ["democratic_party", 15], ["non_party", 15]],
  provincial: [["cpc", 68], ["democratic_party", 14], ["non_party", 18]],
  city: [["cpc", 68], ["democratic_party", 7], ["non_party", 15], ["masses", 8], ["cpc_probationary", 2]],
  county: [["cpc", 66], ["democratic_party", 2], ["non_party", 8], ["masses", 22], ["cpc_probationary", 2]],
  township: [["cpc", 55], ["non_party", 3], ["masses", 40], ["cpc_probationary", 2]],
  former: [["cpc", 70], ["democratic_party", 4], ["non_party", 10], ["masses", 16]],
};

// Birth years per profile: deputies of higher congresses tend to be older.
export const BIRTH_YEARS: Record<Profile, readonly [number, number]> = {
  national: [1962, 1985],
  provincial: [1962, 1988],
  city: [1962, 1992],
  county: [1960, 1995],
  township: [1958, 1998],
  former: [1950, 1976],
};

// Share of women among deputies of each profile.
export const FEMALE_SHARE: Record<Profile, number> = {
  national: 0.4,
  provincial: 0.32,
  city: 0.3,
  county: 0.3,
  township: 0.27,
  former: 0.22,
};
