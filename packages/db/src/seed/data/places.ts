// Bijie's ten county-level areas and their townships (乡, 镇, 街道). Codes of the eight counties are
// the official 6-digit ones; 百里杜鹃管理区 and 金海湖新区 are administrative areas without an official
// code, so they get plausible ones. Township codes are the county code plus three digits
// (街道 0xx, 镇 1xx, 乡 2xx, as in the official scheme).
export type CountySpec = {
  code: string;
  name: string;
  // the name used inside longer names, e.g. "七星关区" in "七星关区代表团"
  government: string;
  // title of a deputy head of the government, e.g. 副区长
  deputyHeadTitle: string;
  // term number of the county congress elected in 2021; null where the area has no congress of its own
  congressTerm: number | null;
  // the real county the area belongs to or was carved from (its own code for the eight counties): the
  // area code of its people's ID cards, and the congress that elects its deputies to the city congress
  originCode: string;
  citySeats: number;
  countySeats: number;
  ethnicities: readonly (readonly [string, number])[];
  townships: readonly string[];
};

// Ethnic mix of the deputies, per county (weights). Weining and Hezhang have the largest Yi, Hui and
// Miao communities.
const MIXED = [["汉族", 66], ["彝族", 12], ["苗族", 13], ["白族", 2], ["布依族", 2], ["仡佬族", 2], ["回族", 2], ["土家族", 1]] as const;
const MOSTLY_HAN = [["汉族", 76], ["彝族", 9], ["苗族", 8], ["白族", 2], ["回族", 2], ["布依族", 1], ["仡佬族", 1], ["土家族", 1]] as const;
const WEINING = [["汉族", 55], ["彝族", 17], ["回族", 13], ["苗族", 12], ["布依族", 2], ["白族", 1]] as const;
const HEZHANG = [["汉族", 60], ["彝族", 19], ["苗族", 15], ["白族", 2], ["回族", 3], ["布依族", 1]] as const;

export const COUNTIES: readonly CountySpec[] = [
  {
    code: "520502",
    name: "七星关区",
    government: "七星关区人民政府",
    deputyHeadTitle: "副区长",
    congressTerm: 3,
    originCode: "520502",
    citySeats: 95,
    countySeats: 390,
    ethnicities: MOSTLY_HAN,
    townships: [
      "市西街道", "市东街道", "三板桥街道", "大新桥街道", "观音桥街道", "洪山街道", "德溪街道", "碧海街道",
      "海子街镇", "朱昌镇", "杨家湾镇", "鸭池镇", "长春堡镇", "撒拉溪镇", "龙场营镇", "何官屯镇",
      "燕子口镇", "清水铺镇", "林口镇", "层台镇", "小吉场镇", "普宜镇", "亮岩镇", "生机镇",
      "田坎彝族乡", "阴底彝族苗族白族乡", "野角乡", "大河乡", "阿市苗族彝族乡", "千溪彝族苗族白族乡",
    ],
  },
  {
    code: "520521",
    name: "大方县",
    government: "大方县人民政府",
    deputyHeadTitle: "副县长",
    congressTerm: 18,
    originCode: "520521",
    citySeats: 55,
    countySeats: 300,
    ethnicities: MIXED,
    townships: [
      "顺德街道", "红旗街道", "九驿街道",
      "羊场镇", "黄泥塘镇", "六龙镇", "达溪镇", "瓢井镇", "长石镇", "对江镇", "猫场镇", "马场镇",
      "东关乡", "绿塘乡", "鼎新彝族苗族乡", "牛场苗族彝族乡", "小屯乡", "理化苗族彝族乡", "凤山彝族蒙古族乡",
      "安乐彝族仡佬族乡", "核桃彝族白族乡", "八堡彝族苗族乡", "兴隆苗族乡", "果瓦乡", "大山苗族彝族乡",
      "雨冲乡", "星宿苗族彝族仡佬族乡",
    ],
  },
  {
    code: "520581",
    name: "黔西市",
    government: "黔西市人民政府",
    deputyHeadTitle: "副市长",
    congressTerm: 18,
    originCode: "520581",
    citySeats: 55,
    countySeats: 300,
    ethnicities: MIXED,
    townships: [
      "莲城街道", "水西街道", "文峰街道", "杜鹃街道",
      "金碧镇", "雨朵镇", "大关镇", "谷里镇", "素朴镇", "中坪镇", "重新镇", "林泉镇", "金兰镇", "甘棠镇",
      "洪水镇", "协和镇", "观音洞镇", "钟山镇", "锦星镇",
      "绿化白族彝族乡", "新仁苗族乡", "铁石苗族彝族乡", "太来彝族苗族乡", "永燊彝族苗族乡", "中建苗族彝族乡",
      "花溪彝族苗族乡", "定新彝族苗族乡", "五里布依族苗族乡", "红林彝族苗族乡", "沙井苗族彝族仡佬族乡",
    ],
  },
  {
    code: "520523",
    name: "金沙县",
    government: "金沙县人民政府",
    deputyHeadTitle: "副县长",
    congressTerm: 18,
    originCode: "520523",
    citySeats: 45,
    countySeats: 260,
    ethnicities: MOSTLY_HAN,
    townships: [
      "鼓场街道", "西洛街道", "岩孔街道", "五龙街道",
      "禹谟镇", "沙土镇", "安底镇", "岚头镇", "清池镇", "源村镇", "后山镇", "高坪镇", "茶园镇", "木孔镇",
      "化觉镇", "长坝镇", "平坝镇",
      "新化苗族彝族满族乡", "大田彝族苗族布依族乡", "石场苗族彝族乡", "桂花乡", "马路彝族苗族乡",
      "太平彝族苗族乡", "官田乡", "安洛苗族彝族满族乡",
    ],
  },
  {
    code: "520524",
    name: "织金县",
    government: "织金县人民政府",
    deputyHeadTitle: "副县长",
    congressTerm: 18,
    originCode: "520524",
    citySeats: 60,
    countySeats: 330,
    ethnicities: MIXED,
    townships: [
      "双堰街道", "文腾街道", "金凤街道", "惠民街道", "三甲街道", "八步街道", "绮陌街道",
      "珠藏镇", "龙场镇", "熊家场镇", "以那镇", "猫场镇", "马场镇", "牛场镇", "阿弓镇", "化起镇",
      "黑土镇", "中寨镇", "少普镇", "桂果镇", "板桥镇", "三塘镇",
      "官寨苗族乡", "实兴乡", "茶店布依族苗族彝族乡", "金龙苗族彝族布依族乡", "大平苗族彝族乡",
      "自强苗族乡", "鸡场苗族彝族布依族乡", "后寨苗族乡",
    ],
  },
  {
    code: "520525",
    name: "纳雍县",
    government: "纳雍县人民政府",
    deputyHeadTitle: "副县长",
    congressTerm: 18,
    originCode: "520525",
    citySeats: 55,
    countySeats: 300,
    ethnicities: MIXED,
    townships: [
      "雍熙街道", "居仁街道", "文昌街道",
      "乐治镇", "阳长镇", "维新镇", "龙场镇", "张家湾镇", "百兴镇", "鬃岭镇", "勺窝镇", "曙光镇",
      "沙包镇", "水东镇", "中岭镇", "寨乐镇",
      "姑开苗族彝族乡", "厍东关彝族苗族白族乡", "猪场苗族彝族乡", "化作苗族彝族乡", "锅圈岩苗族彝族乡",
      "董地苗族彝族乡", "昆寨苗族彝族白族乡", "羊场乡", "新房彝族苗族乡", "老凹坝乡", "左鸠戛彝族苗族乡",
    ],
  },
  {
    code: "520526",
    name: "威宁彝族回族苗族自治县",
    government: "威宁彝族回族苗族自治县人民政府",
    deputyHeadTitle: "副县长",
    congressTerm: 18,
    originCode: "520526",
    citySeats: 75,
    countySeats: 380,
    ethnicities: WEINING,
    townships: [
      "海边街道", "五里岗街道", "陕桥街道", "六桥街道",
      "草海镇", "幺站镇", "金钟镇", "炉山镇", "龙场镇", "黑石头镇", "哲觉镇", "观风海镇", "牛棚镇",
      "迤那镇", "中水镇", "龙街镇", "雪山镇", "羊街镇", "小海镇", "盐仓镇", "东风镇", "二塘镇", "猴场镇",
      "麻乍镇", "秀水镇",
      "新发布依族乡", "板底乡", "石门乡", "云贵乡", "大街乡",
    ],
  },
  {
    code: "520527",
    name: "赫章县",
    government: "赫章县人民政府",
    deputyHeadTitle: "副县长",
    congressTerm: 18,
    originCode: "520527",
    citySeats: 45,
    countySeats: 260,
    ethnicities: HEZHANG,
    townships: [
      "白果街道", "汉阳街道", "双河街道",
      "妈姑镇", "财神镇", "六曲河镇", "野马川镇", "达依镇", "罗州镇", "德卓镇", "朱明镇", "平山镇",
      "水塘堡彝族苗族乡", "兴发苗族彝族回族乡", "松林坡白族彝族苗族乡", "雉街彝族苗族乡", "珠市彝族乡",
      "双坪彝族苗族乡", "铁匠苗族乡", "辅处彝族苗族乡", "可乐彝族苗族乡", "河镇彝族苗族乡", "安乐溪乡",
      "结构彝族苗族乡", "古基彝族苗族乡", "古达苗族彝族乡", "威奢乡",
    ],
  },
  {
    code: "520590",
    name: "百里杜鹃管理区",
    government: "百里杜鹃管理区管理委员会",
    deputyHeadTitle: "管委会副主任",
    congressTerm: null,
    originCode: "520521",
    citySeats: 8,
    countySeats: 0,
    ethnicities: MIXED,
    townships: [
      "鹏程街道", "普底彝族苗族白族乡", "金坡苗族彝族满族乡", "百纳彝族乡", "沙厂彝族乡",
      "大水彝族苗族布依族乡", "仁和彝族苗族乡", "黄坪乡",
    ],
  },
  {
    code: "520591",
    name: "金海湖新区",
    government: "金海湖新区管理委员会",
    deputyHeadTitle: "管委会副主任",
    congressTerm: null,
    originCode: "520502",
    citySeats: 7,
    countySeats: 0,
    ethnicities: MOSTLY_HAN,
    townships: [
      "金海湖街道", "碧阳街道", "岔河镇", "梨树镇", "小坝镇", "双山镇", "竹园彝族苗族乡",
      "响水白族彝族仡佬族乡", "文阁乡",
    ],
  },
];

export type TownshipKind = "street" | "town" | "township";

export function townshipKind(name: string): TownshipKind {
  if (name.endsWith("街道")) return "street";
  if (name.endsWith("镇")) return "town";
  return "township";
}

// The head of a township's government: 乡长, 镇长, or the director of a street office.
export function townshipHeadTitle(kind: TownshipKind): string {
  return kind === "street" ? "办事处主任" : kind === "town" ? "镇长" : "乡长";
}

// Name parts for villages (村) and urban communities (社区); combined they give names like
// 红岩村, 核桃坪村, 新街社区.
export const VILLAGE_HEADS = [
  "大", "小", "新", "红", "黄", "白", "青", "石", "龙", "凤", "高", "中", "上", "下", "马", "牛", "羊",
  "鸡", "核桃", "杉树", "沙坝", "水井", "田坝", "大坪", "松林", "花红", "团结", "光明", "联合", "兴隆",
  "梨树", "茶园", "箐口", "河坝", "岩脚", "坪子", "营盘", "银厂", "铜厂", "麻窝", "双龙", "三合", "五一",
  "七星", "九龙", "金星", "长岭", "民主", "先锋", "和平", "柳树", "竹林", "青杠", "白岩", "黑泥", "海坝",
] as const;
export const VILLAGE_TAILS = [
  "坪", "坝", "寨", "河", "沟", "岩", "营", "堡", "湾", "林", "冲", "箐", "关", "场", "桥", "井", "山",
  "塘", "坡", "田", "庄", "口", "头", "园", "洞", "屯", "街", "丰", "兴", "和", "",
] as const;
export const COMMUNITY_NAMES = [
  "南关", "北门", "东门", "西关", "翠屏", "清毕", "金海", "阳光", "新华", "桂花", "麻园", "松山", "万寿",
  "学苑", "滨河", "双井", "文化", "建设", "民族", "人民", "新星", "锦绣", "碧海", "幸福", "和谐", "园丁",
  "育才", "振兴", "同心", "安康", "观音", "城南", "城北", "杏花", "百花", "玉屏", "凤凰", "金桥", "龙井",
  "银杏", "丽水", "朝阳", "鸿运", "启航", "希望",
] as const;

// Street and building words for addresses.
export const ROAD_NAMES = [
  "人民路", "解放路", "建设路", "民主路", "文化路", "洪山路", "碧阳大道", "松山路", "桂花路", "翠屏路",
  "学院路", "威奢路", "环城路", "新华路", "广惠路", "南关路", "同心路", "奢香大道",
] as const;
