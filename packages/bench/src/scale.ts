// The scale data set, generated inside PostgreSQL (`insert … select … from generate_series`): no row
// crosses the wire, and every value comes from a hash of the row number, so a rerun at the same scale
// yields the same rows (a benchmark compares like with like). Ids are given explicitly, which lets a
// row point at its parents by arithmetic instead of lookups; the identity sequences are moved past them.
import type { Sql } from "@daibiao/db";

export type Counts = {
  counties: number;
  // townships per county
  townshipsPerCounty: number;
  deputies: number;
  stations: number;
  trainings: number;
  attendancesPerTraining: number;
  handlingUnits: number;
  proposals: number;
  cosignersPerProposal: number;
  activities: number;
  participationsPerActivity: number;
};

// Scale 1: the issue's national data set (1,000,000 deputies …). Per-county sizes do not change with
// the scale (a county congress keeps its ~250 deputies); the number of counties does.
export function countsFor(scale: number): Counts {
  const n = (x: number, min = 1) => Math.max(min, Math.round(x * scale));
  return {
    counties: n(2000, 10),
    townshipsPerCounty: 10,
    deputies: n(1_000_000, 1000),
    stations: n(50_000, 200),
    trainings: n(20_000, 20),
    attendancesPerTraining: 100,
    handlingUnits: 500,
    proposals: n(300_000, 300),
    cosignersPerProposal: 3,
    activities: n(100_000, 100),
    participationsPerActivity: 100,
  };
}

// A congress term has 5 sessions; proposals fall on 5 terms × (5 sessions + between sessions).
export const TERMS = [14, 15, 16, 17, 18];
export const SESSIONS_PER_TERM = 5;
const GROUPS = TERMS.length * (SESSIONS_PER_TERM + 1);

// Non-negative pseudo-random integer from an integer expression and a salt (hashint8 is PostgreSQL's
// own hash function for bigint, stable across versions).
const h = (expr: string, salt: number) => `(hashint8((${expr})::int8 * 31 + ${salt}) & 2147483647)`;
// A value picked from a SQL array literal by hash.
const pick = (values: string[], expr: string, salt: number) =>
  `(array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}])[1 + ${h(expr, salt)} % ${values.length}]`;
// An enum value by weights: [['county', 30], ['township', 60], …].
function weighted(values: [string, number][], expr: string, salt: number, type: string): string {
  const total = values.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  const arms = values.map(([v, w]) => {
    acc += w;
    return `when ${h(expr, salt)} % ${total} < ${acc} then '${v}'`;
  });
  return `(case ${arms.join(" ")} end)::${type}`;
}
const phone = (expr: string, salt: number) =>
  `'1' || (3 + ${h(expr, salt)} % 7) || lpad((${h(expr, salt + 1)} % 1000000000)::text, 9, '0')`;

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯健俊帆帅旭宁龙林欣佳雪慧建国志文海波辉鹏飞云峰成晨阳琳丹蕾倩婷晶颖鑫亮松涛德明永胜春梅兴华正刚光荣".split("");
const PLACES = "七星关大方黔西金沙织金纳雍威宁赫章百里杜鹃金海湖双山清水河鸭池梨树撒拉溪长春堡杨家湾朱昌田坝八寨".split("");
const ETHNICITIES = ["彝族", "苗族", "回族", "布依族", "白族", "仡佬族", "土家族", "满族"];
const UNITS = ["人民政府", "农业农村局", "教育局", "卫生健康局", "交通运输局", "住房和城乡建设局", "自然资源局", "中学", "人民医院", "村民委员会", "社区居委会", "煤矿", "农业合作社", "有限公司"];
const JOBS = ["主任", "副主任", "局长", "书记", "村主任", "教师", "医生", "工人", "农民", "经理", "工程师", "校长"];
const INDUSTRIES = ["农业", "教育", "卫生", "制造业", "交通", "金融", "旅游"];
const TOPICS = ["乡村道路硬化", "农村饮水安全", "义务教育均衡发展", "基层医疗卫生服务", "城市停车难", "生态环境保护", "特色产业发展", "养老服务体系建设", "就业创业扶持", "文化旅游融合", "防汛抗旱设施", "城乡垃圾处理"];
const TRAINING_TOPICS = ["代表履职能力提升", "宪法和法律知识", "预算审查监督", "代表建议撰写", "乡村振兴政策", "生态文明建设", "基层社会治理", "监督工作实务"];

export type Step = { table: string; rows: number; ms: number };

// The statements that fill each table, in an order that needs no lookups (parents by arithmetic).
// `has`: the columns the database has ("table.column"), so that columns added by later migrations are
// filled when they must be (NOT NULL without a default) and the generator runs on older schemas too.
export function insertStatements(c: Counts, has: (column: string) => boolean = () => false): { table: string; sql: string }[] {
  const C = c.counties;
  const N = c.deputies;
  const S = c.stations;
  const U = c.handlingUnits;
  // A deputy's county and township (ids: counties 1..C, townships C+1..C+T).
  const county = (i: string) => `(1 + ${h(i, 1)} % ${C})`;
  const township = (i: string) => `(${C} + (${county(i)} - 1) * ${c.townshipsPerCounty} + 1 + ${h(i, 2)} % ${c.townshipsPerCounty})`;
  // Stations come in blocks of 20 (14 stations, 5 rooms under the block's first station, 1 online
  // station); block b lies in county 1 + b % C.
  const blocks = Math.max(1, Math.floor(S / 20));
  const name = (i: string, salt: number) =>
    `${pick(SURNAMES, i, salt)} || ${pick(GIVEN, i, salt + 1)} || case when ${h(i, salt + 2)} % 3 = 0 then '' else ${pick(GIVEN, i, salt + 3)} end`;
  const place = (i: string, salt: number) => `${pick(PLACES, i, salt)} || ${pick(PLACES, i, salt + 1)}`;

  return [
    {
      table: "districts",
      sql: `insert into districts (id, code, name, level, parent_id, created_at, updated_at)
        select i, (100000 + i)::text, ${place("i", 10)} || '县' || i, 'county'::district_level, null, timestamptz '2020-01-01', timestamptz '2020-01-01'
        from generate_series(1, ${C}) i
        union all
        select ${C} + (i - 1) * ${c.townshipsPerCounty} + k, (100000 + i)::text || lpad(k::text, 3, '0'),
          ${place("i * 100 + k", 20)} || '镇' || k, 'township'::district_level, i, timestamptz '2020-01-01', timestamptz '2020-01-01'
        from generate_series(1, ${C}) i, generate_series(1, ${c.townshipsPerCounty}) k`,
    },
    {
      table: "deputies",
      sql: `insert into deputies (id, name, gender, ethnicity, birth_date, political_affiliation, education,
          occupation_sector, work_unit, job_title, phone, notes, created_at, updated_at)
        select i, ${name("i", 30)},
          ${weighted([["male", 70], ["female", 30]], "i", 40, "gender")},
          case when ${h("i", 41)} % 10 < 8 then '汉族' else ${pick(ETHNICITIES, "i", 42)} end,
          date '1950-01-01' + (${h("i", 43)} % 18000)::int,
          ${weighted([["cpc", 65], ["cpc_probationary", 2], ["democratic_party", 5], ["non_party", 10], ["masses", 18]], "i", 44, "political_affiliation")},
          ${weighted([["primary", 3], ["junior_secondary", 10], ["senior_secondary", 15], ["vocational", 7], ["junior_college", 20], ["bachelor", 35], ["master", 9], ["doctorate", 1]], "i", 45, "education")},
          ${weighted([["official", 30], ["worker", 15], ["farmer", 25], ["professional", 15], ["business", 10], ["military", 2], ["other", 3]], "i", 46, "occupation_sector")},
          ${place("i", 47)} || ${pick(UNITS, "i", 49)},
          ${pick(JOBS, "i", 50)},
          case when ${h("i", 51)} % 10 < 9 then ${phone("i", 52)} end,
          null,
          timestamptz '2020-01-01 00:00:00+08' + i * interval '37 seconds',
          timestamptz '2020-01-01 00:00:00+08' + i * interval '37 seconds' + (${h("i", 54)} % 1000) * interval '1 hour'
        from generate_series(1, ${N}) i`,
    },
    {
      // Each deputy's first mandate (level by weight, in their township or county), and for 30% a
      // second one a level up.
      table: "deputy_mandates",
      sql: `insert into deputy_mandates (id, deputy_id, level, congress_term, district_id, electoral_unit, delegation,
          start_date, end_date, end_reason, created_at, updated_at)
        select row_number() over (order by i, n), i, lvl,
          case lvl when 'national' then 14 when 'provincial' then 13 when 'city' then 5 else 18 end,
          case when lvl = 'township' then ${township("i")} when lvl in ('county', 'city') then ${county("i")} end,
          case when lvl in ('county', 'township') then '第' || (1 + ${h("i", 60)} % 40) || '选区' end,
          case when lvl in ('national', 'provincial', 'city') then ${place("i", 61)} || '代表团' end,
          date '2021-01-01' + (${h("i", 63)} % 30)::int,
          case when ${h("i * 2 + n", 64)} % 50 = 0 then date '2023-06-01' + (${h("i", 65)} % 300)::int end,
          case when ${h("i * 2 + n", 64)} % 50 = 0 then ${weighted([["resigned", 3], ["transferred", 5], ["deceased", 1], ["removed", 1]], "i", 66, "mandate_end_reason")} end,
          '2021-01-01', '2021-01-01'
        from (
          select i, 1 as n, ${weighted([["national", 5], ["provincial", 25], ["city", 70], ["county", 300], ["township", 600]], "i", 3, "mandate_level")} as lvl
          from generate_series(1, ${N}) i
          union all
          select i, 2, case ${weighted([["national", 5], ["provincial", 25], ["city", 70], ["county", 300], ["township", 600]], "i", 3, "mandate_level")}
              when 'township' then 'county' when 'county' then 'city' else 'county' end::mandate_level
          from generate_series(1, ${N}) i where ${h("i", 4)} % 10 < 3
        ) m`,
    },
    {
      table: "stations",
      sql: `insert into stations (id, name, kind, parent_id, district_id, township_id, address, is_model, model_year,
          is_industry, industry, contact_person, contact_phone, opened_on, active, created_at, updated_at)
        select i, ${place("i", 70)} || case k when 'room' then '代表之家' when 'online' then '网上代表联络站' else '人大代表联络站' end || i,
          k, case when k = 'room' then i - (i - 1) % 20 end,
          1 + ((i - 1) / 20) % ${C},
          ${C} + (((i - 1) / 20) % ${C}) * ${c.townshipsPerCounty} + 1 + ${h("i", 71)} % ${c.townshipsPerCounty},
          ${place("i", 72)} || '路' || (1 + ${h("i", 74)} % 300) || '号',
          model, case when model then 2015 + ${h("i", 75)} % 10 end,
          industry, case when industry then ${pick(INDUSTRIES, "i", 76)} end,
          ${name("i", 77)}, ${phone("i", 81)},
          date '2016-01-01' + (${h("i", 83)} % 3000)::int,
          ${h("i", 84)} % 20 <> 0, '2020-01-01', '2020-01-01'
        from (
          select i, case when (i - 1) % 20 < 14 then 'station' when (i - 1) % 20 < 19 then 'room' else 'online' end::station_kind as k,
            ${h("i", 85)} % 20 = 0 as model, ${h("i", 86)} % 10 = 0 as industry
          from generate_series(1, ${S}) i
        ) s`,
    },
    {
      // Every deputy stationed at a station of their county's block; 10% at a second one too.
      table: "station_deputies",
      sql: `insert into station_deputies (id, station_id, deputy_id, role, from_date, to_date, created_at)
        select row_number() over (order by i, n), st, i,
          ${weighted([["head", 3], ["deputy_head", 7], ["member", 90]], "i * 2 + n", 90, "station_role")},
          date '2022-01-01' + (${h("i", 91)} % 700)::int, null, '2022-01-01'
        from (
          select i, 1 as n, ((${county("i")} - 1) % ${blocks}) * 20 + 1 + ${h("i", 92)} % 20 as st from generate_series(1, ${N}) i
          union all
          select i, 2, ((${county("i")} - 1) % ${blocks}) * 20 + 1 + (${h("i", 92)} % 20 + 1 + ${h("i", 93)} % 19) % 20
          from generate_series(1, ${N}) i where ${h("i", 94)} % 10 = 0
        ) x
        where st <= ${S}`,
    },
    {
      table: "trainings",
      sql: `insert into trainings (id, title, form, organiser, venue, start_date, end_date, hours, online, description, created_at, updated_at)
        select i, (2019 + ${h("i", 100)} % 6) || '年' || ${pick(TRAINING_TOPICS, "i", 101)} || '培训班（第' || i || '期）',
          f, ${place("i", 102)} || '人大常委会', case when f <> 'online' then ${place("i", 104)} || '会议中心' end,
          d, d + (${h("i", 106)} % 5)::int, (1 + ${h("i", 107)} % 40)::numeric, f = 'online', null, '2019-01-01', '2019-01-01'
        from (
          select i, ${weighted([["class", 30], ["lecture", 25], ["meeting", 15], ["on_site", 10], ["online", 15], ["self_study", 5]], "i", 108, "training_form")} as f,
            date '2019-01-01' + (${h("i", 109)} % 2190)::int as d
          from generate_series(1, ${c.trainings}) i
        ) t`,
    },
    {
      // deputy = training * 7919 + k * 104729 (mod N): distinct for the k of one training, as 104729 is a prime.
      table: "training_attendances",
      sql: `insert into training_attendances (id, training_id, deputy_id, status, hours, created_at)
        select (t - 1) * ${c.attendancesPerTraining} + k + 1, t, 1 + ((t::int8 * 7919 + k::int8 * 104729) % ${N}),
          ${weighted([["attended", 80], ["on_leave", 8], ["absent", 4], ["enrolled", 8]], "t * 1000 + k", 110, "attendance_status")},
          (${h("t * 1000 + k", 111)} % 40)::numeric, '2019-01-01'
        from generate_series(1, ${c.trainings}) t, generate_series(0, ${c.attendancesPerTraining - 1}) k`,
    },
    {
      table: "handling_units",
      sql: `insert into handling_units (id, name, kind, contact_person, contact_phone, created_at, updated_at)
        select i, ${place("i", 120)} || ${pick(UNITS, "i", 122)} || '（' || i || '）',
          ${weighted([["government_department", 60], ["county_government", 25], ["court", 5], ["procuratorate", 5], ["other", 5]], "i", 123, "handling_unit_kind")},
          ${name("i", 124)}, ${phone("i", 128)}, '2020-01-01', '2020-01-01'
        from generate_series(1, ${U}) i`,
    },
    {
      // Proposal i falls on group i % ${GROUPS} (term, session or between sessions) with number i / ${GROUPS} + 1.
      table: "proposals",
      sql: `insert into proposals (id, congress_term, session_number, number, title, content, category, lead_deputy_id,
          status, submitted_at, special_fund, fund_amount, people_benefited, created_at, updated_at)
        select i, term, nullif(sess, 0), i / ${GROUPS} + 1,
          '关于' || ${place("i", 130)} || ${pick(TOPICS, "i", 132)} || '的建议', null,
          ${weighted([["finance_economy", 15], ["agriculture_rural", 25], ["urban_construction_environment", 20], ["education_science_culture_health", 20], ["internal_affairs_justice", 8], ["social_development", 12]], "i", 133, "proposal_category")},
          1 + ${h("i", 134)} % ${N},
          ${weighted([["submitted", 5], ["assigned", 10], ["handling", 15], ["answered", 20], ["evaluated", 20], ["closed", 28], ["withdrawn", 2]], "i", 135, "proposal_status")},
          date '2002-01-01' + ((term - 14) * 5 + greatest(sess, 1) - 1) * 365 + (${h("i", 136)} % 60)::int,
          sf, case when sf then (10000 + ${h("i", 137)} % 5000000)::numeric end,
          case when ${h("i", 138)} % 5 <> 0 then ${h("i", 139)} % 100000 end,
          '2020-01-01', '2020-01-01'
        from (
          select i, ${TERMS[0]} + (i % ${GROUPS}) / ${SESSIONS_PER_TERM + 1} as term, (i % ${GROUPS}) % ${SESSIONS_PER_TERM + 1} as sess,
            ${h("i", 140)} % 20 = 0 as sf
          from generate_series(1, ${c.proposals}) i
        ) p`,
    },
    {
      table: "proposal_cosigners",
      sql: `insert into proposal_cosigners (id, proposal_id, deputy_id, created_at)
        select (p.id - 1) * ${c.cosignersPerProposal} + k + 1, p.id, 1 + (p.lead_deputy_id + k * 7907) % ${N}, '2020-01-01'
        from proposals p, generate_series(0, ${c.cosignersPerProposal - 1}) k`,
    },
    {
      // A lead unit for every proposal past "submitted", and an assisting one for half of them.
      table: "proposal_assignments",
      sql: `insert into proposal_assignments (id, proposal_id, unit_id, role, assigned_at, due_at, answered_at, answer, result_class, created_at, updated_at)
        select row_number() over (order by p.id, n), p.id,
          case when n = 1 then 1 + ${h("p.id", 150)} % ${U} else 1 + (${h("p.id", 150)} % ${U} + 1 + ${h("p.id", 151)} % ${U - 1}) % ${U} end,
          case when n = 1 then 'lead' else 'assisting' end::assignment_role,
          p.submitted_at + 10, p.submitted_at + 100,
          case when answered then p.submitted_at + 10 + (${h("p.id", 152)} % 90)::int end,
          case when answered then '已办理，答复如下。' end,
          case when answered then ${weighted([["A", 40], ["B", 40], ["C", 15], ["D", 5]], "p.id * 2 + n", 153, "result_class")} end,
          '2020-01-01', '2020-01-01'
        from (select *, status in ('answered', 'evaluated', 'closed') as answered from proposals where status not in ('submitted', 'withdrawn')) p,
          generate_series(1, 2) n
        where n = 1 or ${h("p.id", 154)} % 2 = 0`,
    },
    {
      // The status path up to the proposal's status, one event per step.
      table: "proposal_events",
      sql: `insert into proposal_events (id, proposal_id, from_status, to_status, at, note${has("proposal_events.kind") ? ", kind" : ""})
        select row_number() over (order by p.id, s.n), p.id,
          (array['submitted','assigned','handling','answered','evaluated','closed'])[s.n - 1]::proposal_status,
          case when p.status = 'withdrawn' and s.n = 2 then 'withdrawn'
            else (array['submitted','assigned','handling','answered','evaluated','closed'])[s.n] end::proposal_status,
          p.submitted_at + (s.n - 1) * 20 + time '09:00', null
          ${has("proposal_events.kind") ? `, (case when p.status = 'withdrawn' and s.n = 2 then 'withdraw' else (array['submit','assign','start_handling','answer','evaluate','close'])[s.n] end)::proposal_event_kind` : ""}
        from proposals p, generate_series(1, 6) s(n)
        where s.n <= case p.status when 'submitted' then 1 when 'assigned' then 2 when 'handling' then 3 when 'answered' then 4
          when 'evaluated' then 5 when 'closed' then 6 when 'withdrawn' then 2 end`,
    },
    {
      table: "proposal_evaluations",
      sql: `insert into proposal_evaluations (id, proposal_id, deputy_id, round, satisfaction, comment, evaluated_at)
        select row_number() over (order by id), id, lead_deputy_id, 1,
          ${weighted([["satisfied", 80], ["basically_satisfied", 17], ["dissatisfied", 3]], "id", 160, "satisfaction")}, null,
          submitted_at + 120 + time '10:00'
        from proposals where status in ('evaluated', 'closed')`,
    },
    {
      table: "activities",
      sql: `insert into activities (id, area, kind, title, date, district_id, station_id, suggestions_count, description, created_at, updated_at)
        select i, ${weighted([["legislation", 20], ["supervision", 35], ["contact", 40], ["other", 5]], "i", 170, "activity_area")},
          ${weighted([["legislative_research", 8], ["opinion_collection", 12], ["deliberation", 5], ["inspection", 15], ["special_inquiry", 3], ["law_enforcement_check", 7], ["research", 15], ["forum", 5], ["constituent_visit", 15], ["station_reception", 15]], "i", 171, "activity_kind")},
          ${place("i", 172)} || ${pick(TOPICS, "i", 174)} || '活动',
          date '2019-01-01' + (${h("i", 175)} % 2190)::int,
          1 + ${h("i", 176)} % ${C},
          case when ${h("i", 177)} % 2 = 0 then 1 + ${h("i", 178)} % ${S} end,
          ${h("i", 179)} % 30, null, '2019-01-01', '2019-01-01'
        from generate_series(1, ${c.activities}) i`,
    },
    {
      table: "activity_participations",
      sql: `insert into activity_participations (id, activity_id, deputy_id, role, created_at)
        select (a - 1) * ${c.participationsPerActivity} + k + 1, a, 1 + ((a::int8 * 7919 + k::int8 * 104723) % ${N}),
          case when k = 0 then 'leader' else 'participant' end::participation_role, '2019-01-01'
        from generate_series(1, ${c.activities}) a, generate_series(0, ${c.participationsPerActivity - 1}) k`,
    },
  ];
}

const LEVELS: Record<string, number> = {
  deputy_mandates: 1,
  stations: 1,
  proposals: 1,
  training_attendances: 1,
  station_deputies: 2,
  activities: 2,
  proposal_cosigners: 2,
  proposal_assignments: 2,
  proposal_events: 2,
  proposal_evaluations: 2,
  activity_participations: 3,
};

export const TABLES = insertStatements(countsFor(0.001)).map((s) => s.table);
// counted afresh after the load (the triggers are off for it), then vacuumed and analysed
const SUMMARIES = ["review_activity_totals", "review_trained_deputies"];

type Definition = { table: string; name: string; create: string; kind: "index" | "constraint" };

// Secondary indexes, unique and foreign-key constraints of the tables, as PostgreSQL itself prints
// them, so they are dropped and made again exactly as the migrations made them.
async function secondaryDefinitions(sql: Sql): Promise<Definition[]> {
  const constraints = await sql<{ table: string; name: string; def: string; contype: string }[]>`
    select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as def, c.contype
    from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = current_schema() and t.relname = any(${`{${TABLES.join(",")}}`}::text[]) and c.contype in ('u', 'f')`;
  const indexes = await sql<{ table: string; name: string; def: string }[]>`
    select t.relname as table, i.relname as name, pg_get_indexdef(x.indexrelid) as def
    from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
      join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = current_schema() and t.relname = any(${`{${TABLES.join(",")}}`}::text[]) and not x.indisprimary
      and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid and c.contype in ('u', 'p'))`;
  return [
    ...constraints.map((c) => ({ table: c.table, name: c.name, kind: "constraint" as const, create: `alter table ${c.table} add constraint "${c.name}" ${c.def}` })),
    ...indexes.map((i) => ({ table: i.table, name: i.name, kind: "index" as const, create: i.def })),
  ];
}

export type LoadOptions = {
  counts: Counts;
  // Drop secondary indexes and constraints before the load and make them again after (faster on
  // large loads: one sorted build per index instead of row-by-row maintenance; one join per foreign key).
  dropIndexes?: boolean;
  // Run this many statements at once (index builds, table loads): the machine has 2 cores.
  parallel?: number;
  // VACUUM (ANALYZE) at the end; ANALYZE only when false.
  vacuum?: boolean;
  log?: (msg: string) => void;
};

async function inParallel<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, n) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

// Empties the tables and fills them; returns the time per table (rows, ms) and per phase.
export async function loadScaleData(sql: Sql, o: LoadOptions): Promise<{ steps: Step[]; phases: Step[] }> {
  const log = o.log ?? (() => {});
  const parallel = o.parallel ?? 2;
  const steps: Step[] = [];
  const phases: Step[] = [];
  const timed = async (label: string, fn: () => Promise<number>) => {
    const t = performance.now();
    const rows = await fn();
    const step = { table: label, rows, ms: Math.round(performance.now() - t) };
    phases.push(step);
    log(`${label}: ${step.ms} ms`);
  };
  const session = async (q: Sql) => {
    await q.unsafe(`set synchronous_commit = off`);
  };

  await timed("truncate", async () => {
    await sql.unsafe(`truncate table ${TABLES.join(", ")} restart identity cascade`);
    return 0;
  });
  let defs: Definition[] = [];
  if (o.dropIndexes) {
    // What is dropped is noted in the database first, so a load that stops halfway (an error, ^C)
    // still makes every index again on the next run.
    await sql.unsafe(`create schema if not exists daibiao_bench`);
    await sql.unsafe(`create table if not exists daibiao_bench.pending_ddl (name text primary key, tbl text not null, kind text not null, ddl text not null)`);
    const pending = await sql.unsafe<Definition[]>(`select name, tbl as "table", kind, ddl as "create" from daibiao_bench.pending_ddl`);
    const current = await secondaryDefinitions(sql);
    defs = [...current, ...pending.filter((p) => !current.some((c) => c.name === p.name))];
    await timed(`drop ${defs.length} secondary indexes and constraints`, async () => {
      await sql.begin(async (tx) => {
        for (const d of defs) {
          await tx.unsafe(`insert into daibiao_bench.pending_ddl values ($1, $2, $3, $4) on conflict do nothing`, [d.name, d.table, d.kind, d.create]);
        }
        for (const d of [...current].reverse()) {
          await tx.unsafe(d.kind === "index" ? `drop index "${d.name}"` : `alter table ${d.table} drop constraint "${d.name}"`);
        }
      });
      return defs.length;
    });
  }
  // Tables that read other tables (cosigners, assignments, events, evaluations read proposals) wait for them.
  const columns = new Set(
    (await sql.unsafe(`select table_name || '.' || column_name as c from information_schema.columns where table_schema = current_schema()`)).map((r) => r.c as string),
  );
  const statements = insertStatements(o.counts, (c) => columns.has(c));
  const readsProposals = new Set(["proposal_cosigners", "proposal_assignments", "proposal_events", "proposal_evaluations"]);
  // The yearly review's summary triggers (drizzle/0010) are off for the load, which would otherwise
  // hand them millions of rows in one statement; the summaries are counted afresh after it.
  const summarised = (await sql.unsafe(`select distinct event_object_table as t from information_schema.triggers
    where trigger_schema = current_schema() and trigger_name like 'review\\_%'`)).map((r) => r.t as string);
  for (const t of summarised) await sql.unsafe(`alter table ${t} disable trigger user`);
  await timed("insert rows", async () => {
    // With the foreign keys in place, parents must be loaded before their children.
    const level = (t: string) => (o.dropIndexes ? (readsProposals.has(t) ? 1 : 0) : (LEVELS[t] ?? 0));
    const levels = [...new Set(statements.map((s) => level(s.table)))].sort();
    const insert = async (s: { table: string; sql: string }) => {
      const t = performance.now();
      const r = await sql.begin(async (tx) => {
        await session(tx as unknown as Sql);
        return tx.unsafe(s.sql);
      });
      const step = { table: s.table, rows: r.count, ms: Math.round(performance.now() - t) };
      steps.push(step);
      log(`  ${s.table}: ${step.rows.toLocaleString("en")} rows in ${step.ms} ms`);
    };
    // Biggest first, so the two workers finish together.
    const bySize = (list: typeof statements) => list.sort((a, b) => weight(o.counts, b.table) - weight(o.counts, a.table));
    for (const l of levels) await inParallel(bySize(statements.filter((s) => level(s.table) === l)), parallel, insert);
    return steps.reduce((s, x) => s + x.rows, 0);
  });
  await timed("identity sequences", async () => {
    for (const t of TABLES) {
      await sql.unsafe(`select setval(pg_get_serial_sequence('${t}', 'id'), greatest(1, (select coalesce(max(id), 0) from ${t})))`);
    }
    return 0;
  });
  if (o.dropIndexes) {
    await timed(`recreate ${defs.length} indexes and constraints`, async () => {
      const build = async (d: Definition, statement: string) => {
        const t = performance.now();
        await sql.begin(async (tx) => {
          await tx.unsafe(`set local maintenance_work_mem = '1GB'`);
          await tx.unsafe(statement);
        });
        const ms = Math.round(performance.now() - t);
        if (ms >= 1000) log(`  ${d.name}: ${ms} ms`);
        const step = steps.find((s) => s.table === d.table);
        if (step) step.ms += ms;
      };
      // Indexes and unique keys first, then foreign keys: added NOT VALID (no check, brief lock) and
      // validated afterwards, which takes no lock that blocks another validation running beside it.
      const fks = defs.filter((d) => d.create.includes("FOREIGN KEY"));
      await inParallel(defs.filter((d) => !fks.includes(d)), parallel, (d) => build(d, d.create));
      for (const d of fks) await sql.unsafe(`${d.create} not valid`);
      await inParallel(fks, parallel, (d) => build(d, `alter table ${d.table} validate constraint "${d.name}"`));
      await sql.unsafe(`drop schema daibiao_bench cascade`);
      return defs.length;
    });
  }
  await timed(o.vacuum === false ? "analyze" : "vacuum (analyze)", async () => {
    await inParallel([...TABLES], parallel, async (t) => {
      await sql.unsafe(o.vacuum === false ? `analyze ${t}` : `vacuum (analyze) ${t}`);
    });
    return 0;
  });
  // after the tables' statistics: without them the count's plan is far slower
  if (summarised.length > 0) {
    await timed("the review's summaries (review_summary_rebuild)", async () => {
      for (const t of summarised) await sql.unsafe(`alter table ${t} enable trigger user`);
      await sql.unsafe(`select review_summary_rebuild()`);
      for (const t of SUMMARIES) await sql.unsafe(o.vacuum === false ? `analyze ${t}` : `vacuum (analyze) ${t}`);
      return 0;
    });
  }
  return { steps, phases };
}

function weight(c: Counts, table: string): number {
  const w: Record<string, number> = {
    activity_participations: c.activities * c.participationsPerActivity,
    training_attendances: c.trainings * c.attendancesPerTraining,
    deputies: c.deputies * 1.5,
    deputy_mandates: c.deputies * 1.3,
    station_deputies: c.deputies * 1.1,
    proposal_cosigners: c.proposals * c.cosignersPerProposal,
    proposal_events: c.proposals * 3.5,
    proposal_assignments: c.proposals * 1.5,
  };
  return w[table] ?? 0;
}
