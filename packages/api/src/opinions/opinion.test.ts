import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, type As } from "../../../../test/harness.js";

const t = useTestDb();

const PHONE = "13912345678";
const MASKED = "139****5678";

beforeEach(async () => {
  await t().sql`insert into districts (id, code, name, level) values (1, '520502', '七星关区', 'county'), (2, '520521', '大方县', 'county')`;
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 3) i`;
  await t().sql`insert into stations (id, name, kind, district_id) values (1, '碧阳街道联络站', 'station', 1), (2, '大方联络站', 'station', 2)`;
  await t().sql`insert into handling_units (id, name, kind) values (1, '市住房和城乡建设局', 'government_department'), (2, '市教育局', 'government_department')`;
  await t().sql`insert into receptions (id, date, way, station_id, district_id) values (1, '2024-05-10', 'in_person', 1, 1), (2, '2024-06-01', 'online', 2, 2)`;
  await t().sql`insert into opinions (reception_id, deputy_id, raised_on, content, category, constituent_name, constituent_phone)
    values (1, 1, '2024-05-10', '小区周边停车位不足', 'urban_construction_environment', '张三', ${PHONE})`;
});

const opinionRow = async (id = 1) => (await t().sql`select status::text, version, unit_id, proposal_id, answer, close_reason, resolved_on::text from opinions where id = ${id}`)[0];
const audits = async () => (await t().sql`select count(*)::int n from audit_logs where record_type = 'Opinion'`)[0]!.n as number;

describe("an opinion on its own", () => {
  it("is created from exactly one source, and each rule of its course is checked on the field, writing nothing", async () => {
    const ok = await t().gql(`mutation { createOpinion(input: { receptionId: "2", raisedOn: "2024-06-01", content: "校车不足", category: EDUCATION_SCIENCE_CULTURE_HEALTH }) { id status reception { way } } }`);
    expect(ok.data!.createOpinion).toMatchObject({ status: "OPEN", reception: { way: "ONLINE" } });
    const base = { raisedOn: "2024-05-10", content: "x", category: "SOCIAL_DEVELOPMENT" };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base }, "input.receptionId"],
      [{ ...base, receptionId: "1", contactId: "1" }, "input.receptionId"],
      [{ ...base, receptionId: "1", status: "ANSWERED", resolvedOn: "2024-05-11" }, "input.answer"],
      [{ ...base, receptionId: "1", status: "ANSWERED", answer: "已答复" }, "input.resolvedOn"],
      [{ ...base, receptionId: "1", status: "FORWARDED" }, "input.unitId"],
      [{ ...base, receptionId: "1", unitId: "1" }, "input.unitId"],
      [{ ...base, receptionId: "1", status: "PROPOSAL" }, "input.proposalId"],
      [{ ...base, receptionId: "1", status: "CLOSED", resolvedOn: "2024-05-11" }, "input.closeReason"],
      [{ ...base, receptionId: "1", status: "CLOSED", closeReason: "重复" }, "input.resolvedOn"],
      [{ ...base, receptionId: "1", closeReason: "重复" }, "input.closeReason"],
      [{ ...base, receptionId: "1", resolvedOn: "2024-05-11" }, "input.resolvedOn"],
      [{ ...base, receptionId: "1", status: "ANSWERED", answer: "a", resolvedOn: "2024-05-01" }, "input.resolvedOn"],
      [{ ...base, receptionId: "1", constituentPhone: "010-1234" }, "input.constituentPhone"],
      [{ ...base, receptionId: "1", constituentName: "名".repeat(51) }, "input.constituentName"],
      [{ ...base, receptionId: "99" }, "input.receptionId"],
    ];
    for (const [i, field] of cases) {
      const r = await t().gql(`mutation ($i: CreateOpinionInput!) { createOpinion(input: $i) { id } }`, { i });
      expect(r.errors?.[0]?.extensions, JSON.stringify(i)).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(r.errors![0]!.message).not.toContain("010-1234");
    }
    expect((await t().sql`select count(*)::int n from opinions`)[0]!.n).toBe(2);
    // an update is checked on the record as it would be
    const u = await t().gql(`mutation { updateOpinion(id: "1", input: { version: 1, status: FORWARDED }) { id } }`);
    expect(u.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.unitId" });
    expect(await opinionRow()).toMatchObject({ status: "open", version: 1 });
  });

  it("filters by its course, its reception's station and a search of its content", async () => {
    await t().sql`insert into opinions (reception_id, raised_on, content, category, status, unit_id) values (2, '2024-06-01', '学校门口拥堵', 'education_science_culture_health', 'forwarded', 2)`;
    const r = await t().gql(`{
      forwarded: opinions(filter: { status: { eq: FORWARDED }, unitId: { eq: "2" } }) { nodes { content unit { name } } }
      atStation: opinions(filter: { reception: { stationId: { eq: "1" } } }) { totalCount }
      search: opinions(filter: { q: "停车" }) { totalCount }
      unresolved: opinions(filter: { resolvedOn: { isNull: true }, raisedOn: { gte: "2024-06-01" } }) { totalCount }
      unit: handlingUnit(id: "2") { opinions { content } }
    }`);
    expect(r.data).toEqual({
      forwarded: { nodes: [{ content: "学校门口拥堵", unit: { name: "市教育局" } }] },
      atStation: { totalCount: 1 },
      search: { totalCount: 1 },
      unresolved: { totalCount: 1 },
      unit: { opinions: [{ content: "学校门口拥堵" }] },
    });
  });
});

describe("the course", () => {
  it("forwards to a handling unit, and records the unit's reply", async () => {
    const bad = await t().gql(`mutation { forwardOpinion(id: "1", version: 1, unitId: "99") { id } }`);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "unitId" });
    const stale = await t().gql(`mutation { forwardOpinion(id: "1", version: 7, unitId: "1") { id } }`);
    expect(stale.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 1 });
    expect(await opinionRow()).toMatchObject({ status: "open", version: 1, unit_id: null });
    expect(await audits()).toBe(0);

    const f = await t().gql(`mutation { forwardOpinion(id: "1", version: 1, unitId: "1") { status version unit { name } } }`);
    expect(f.data!.forwardOpinion).toEqual({ status: "FORWARDED", version: 2, unit: { name: "市住房和城乡建设局" } });
    const again = await t().gql(`mutation { forwardOpinion(id: "1", version: 2, unitId: "2") { id } }`);
    expect(again.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    const close = await t().gql(`mutation { closeOpinion(id: "1", version: 2, reason: "x") { id } }`);
    expect(close.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });

    const reply = await t().gql(`mutation { answerOpinion(id: "1", version: 2, answer: "已新增停车位 120 个", resolvedOn: "2024-07-01") { status answer resolvedOn } }`);
    expect(reply.data!.answerOpinion).toEqual({ status: "FORWARDED", answer: "已新增停车位 120 个", resolvedOn: "2024-07-01" });
    expect(await audits()).toBe(2);
    const [log] = await t().sql`select operation, before, after from audit_logs where record_type = 'Opinion' order by id limit 1`;
    expect(log!.operation).toBe("forward");
    expect(JSON.stringify(log)).not.toContain(PHONE);
  });

  it("answers on the spot and closes, each with its checks", async () => {
    await t().sql`insert into opinions (reception_id, raised_on, content, category) values (1, '2024-05-10', '路灯不亮', 'urban_construction_environment')`;
    const cases: [string, string][] = [
      [`answerOpinion(id: "1", version: 1, answer: "  ")`, "answer"],
      [`answerOpinion(id: "1", version: 1, answer: "a", resolvedOn: "2024-05-09")`, "resolvedOn"],
      [`answerOpinion(id: "1", version: 1, answer: "a", resolvedOn: "2999-01-01")`, "resolvedOn"],
      [`closeOpinion(id: "1", version: 1, reason: "")`, "reason"],
      [`closeOpinion(id: "1", version: 1, reason: "x", resolvedOn: "2024-01-01")`, "resolvedOn"],
      [`answerOpinion(id: "x", version: 1, answer: "a")`, "id"],
    ];
    for (const [m, field] of cases) {
      const r = await t().gql(`mutation { ${m} { id } }`);
      expect(r.errors?.[0]?.extensions, m).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await opinionRow()).toMatchObject({ status: "open", version: 1 });
    expect((await t().gql(`mutation { answerOpinion(id: "404", version: 1, answer: "a") { id } }`)).errors![0]!.extensions!.code).toBe("NOT_FOUND");

    const a = await t().gql(`mutation { answerOpinion(id: "1", version: 1, answer: "已协调物业开放车位", resolvedOn: "2024-05-10") { status version resolvedOn } }`);
    expect(a.data!.answerOpinion).toEqual({ status: "ANSWERED", version: 2, resolvedOn: "2024-05-10" });
    const c = await t().gql(`mutation { closeOpinion(id: "2", version: 1, reason: "已由供电所修复") { status closeReason resolvedOn } }`);
    expect(c.data!.closeOpinion).toMatchObject({ status: "CLOSED", closeReason: "已由供电所修复" });
    const [today] = await t().sql`select current_date::text d`;
    expect(c.data!.closeOpinion.resolvedOn).toBe(today!.d);
    const viewer = await t().gql(`mutation { closeOpinion(id: "1", version: 2, reason: "x") { id } }`, {}, { as: "viewer" });
    expect(viewer.errors![0]!.extensions!.code).toBe("FORBIDDEN");
  });

  it("turns into a proposal in one transaction: a bad proposal writes neither", async () => {
    const proposals = async () => (await t().sql`select (select count(*)::int from proposals) p, (select count(*)::int from proposal_events) e`)[0];
    const input = { congressTerm: 3, sessionNumber: 4, number: 101, title: "关于缓解城区停车难的建议", category: "URBAN_CONSTRUCTION_ENVIRONMENT", leadDeputyId: "1", submittedAt: "2024-05-20" };
    const M = `mutation ($v: Int!, $i: CreateProposalInput!) { turnOpinionIntoProposal(id: "1", version: $v, input: $i) { status version proposal { id title status leadDeputy { name } opinions { content } } } }`;
    const bad: [Record<string, unknown>, string][] = [
      [{ ...input, leadDeputyId: "99" }, "input.leadDeputyId"],
      [{ ...input, fundAmount: 1000 }, "input.fundAmount"],
      [{ ...input, title: " " }, "input.title"],
    ];
    for (const [i, field] of bad) {
      const r = await t().gql(M, { v: 1, i });
      expect(r.errors?.[0]?.extensions, JSON.stringify(i)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    // a proposal number already taken: the proposal's insert fails after the opinion was locked
    await t().sql`insert into proposals (id, congress_term, session_number, number, title, category, lead_deputy_id, submitted_at) values (50, 3, 4, 101, '已有建议', 'finance_economy', 2, '2024-01-10')`;
    const taken = await t().gql(M, { v: 1, i: input });
    expect(taken.errors![0]!.extensions!.code).toBe("CONFLICT");
    expect(await proposals()).toEqual({ p: 1, e: 0 });
    expect(await opinionRow()).toMatchObject({ status: "open", version: 1, proposal_id: null });
    const stale = await t().gql(M, { v: 3, i: { ...input, number: 102 } });
    expect(stale.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", field: "version" });
    expect(await proposals()).toEqual({ p: 1, e: 0 });

    const ok = await t().gql(M, { v: 1, i: { ...input, number: 102 } });
    expect(ok.errors).toBeUndefined();
    const proposalId = ok.data!.turnOpinionIntoProposal.proposal.id;
    expect(ok.data!.turnOpinionIntoProposal).toEqual({
      status: "PROPOSAL",
      version: 2,
      proposal: { id: proposalId, title: "关于缓解城区停车难的建议", status: "SUBMITTED", leadDeputy: { name: "代表1" }, opinions: [{ content: "小区周边停车位不足" }] },
    });
    expect(await proposals()).toEqual({ p: 2, e: 1 });
    const ops = await t().sql`select record_type, operation from audit_logs order by id`;
    expect(ops.map((o) => `${o.record_type}.${o.operation}`)).toEqual(["Proposal.create", "Opinion.turnIntoProposal"]);
    // its proposal stays while the opinion points at it
    const del = await t().gql(`mutation ($id: ID!) { deleteProposal(id: $id) { id } }`, { id: proposalId });
    expect(del.errors![0]!.extensions!.code).toBe("CONFLICT");
  });
});

it("the constituent's phone is masked for a viewer and a token on every read path, whole for an editor", async () => {
  const q = `{
    opinions { nodes { constituentPhone } }
    opinion(id: "1") { constituentPhone reception { opinions { constituentPhone } } }
    reception(id: "1") { opinions { constituentPhone } }
    receptions { nodes { opinions { constituentPhone } } }
    station(id: "1") { receptions { opinions { constituentPhone } } }
  }`;
  const phones = (d: Record<string, any>) => [
    d.opinions.nodes[0].constituentPhone,
    d.opinion.constituentPhone,
    d.opinion.reception.opinions[0].constituentPhone,
    d.reception.opinions[0].constituentPhone,
    d.receptions.nodes.find((n: { opinions: unknown[] }) => n.opinions.length).opinions[0].constituentPhone,
    d.station.receptions[0].opinions[0].constituentPhone,
  ];
  for (const as of ["viewer", "token"] as As[]) {
    for (const path of ["loaders", "prefetch", "direct"] as const) {
      const r = await t().gql(q, {}, { as, path });
      expect(r.errors).toBeUndefined();
      expect(phones(r.data!), `${as} ${path}`).toEqual(Array(6).fill(MASKED));
      expect(JSON.stringify(r)).not.toContain(PHONE);
    }
    // and the harness's own comparison of the paths
    expect(JSON.stringify(await t().gql(q, {}, { as }))).not.toContain(PHONE);
  }
  const editor = await t().gql(q, {}, { as: "editor" });
  expect(phones(editor.data!)).toEqual(Array(6).fill(PHONE));
});

it("aggregates opinions as counted here by plain SQL, resolved ones included", async () => {
  await t().sql`delete from opinions`;
  await t().sql`insert into receptions (id, date, way, station_id, district_id) values (3, '2024-06-05', 'visit', null, null)`;
  const rows = [
    [1, "2024-05-10", "urban_construction_environment", "open", null, null, null],
    [1, "2024-05-10", "urban_construction_environment", "forwarded", 1, null, null],
    [1, "2024-05-12", "education_science_culture_health", "answered", null, "答复", "2024-05-12"],
    [2, "2024-06-01", "education_science_culture_health", "forwarded", 2, "单位答复", "2024-06-20"],
    [2, "2024-06-01", "social_development", "closed", null, null, "2024-06-02"],
    [3, "2024-06-05", "social_development", "open", null, null, null],
  ] as const;
  for (const [rec, raised, cat, status, unit, answer, resolved] of rows) {
    await t().sql`insert into opinions (reception_id, raised_on, content, category, status, unit_id, answer, close_reason, resolved_on)
      values (${rec}, ${raised}, '意见', ${cat}, ${status}, ${unit}, ${answer}, ${status === "closed" ? "重复" : null}, ${resolved})`;
  }
  const r = await t().gql(`{
    byStatus: opinionsAggregate(groupBy: [STATUS]) { total { count } groups { key { status } count } }
    byMonthCategory: opinionsAggregate(groupBy: [RAISED_ON_MONTH, CATEGORY]) { groups { key { raisedOnMonth category } count } }
    byUnit: opinionsAggregate(groupBy: [UNIT_ID]) { groups { key { unitId unit { name } } count } }
    byDistrict: opinionsAggregate(groupBy: [RECEPTION_DISTRICT_ID, RECEPTION_STATION_ID]) { groups { key { receptionDistrictId receptionStationId } count } }
    resolved: opinionsAggregate(filter: { resolvedOn: { isNull: false } }) { total { count } }
  }`);
  expect(r.errors).toBeUndefined();
  const plain = async (q: Promise<Record<string, unknown>[]>) => (await q).map((x) => ({ ...x }));
  const byStatus = await plain(t().sql`select upper(status::text) s, count(*)::int n from opinions group by status order by status`);
  expect(r.data!.byStatus).toEqual({ total: { count: rows.length }, groups: byStatus.map((x) => ({ key: { status: x.s }, count: x.n })) });
  const byMonth = await plain(t().sql`select to_char(raised_on, 'YYYY-MM') m, upper(category::text) c, count(*)::int n from opinions group by 1, category order by 1, category`);
  expect(r.data!.byMonthCategory.groups).toEqual(byMonth.map((x) => ({ key: { raisedOnMonth: x.m, category: x.c }, count: x.n })));
  const byUnit = await plain(t().sql`select o.unit_id::text u, h.name, count(*)::int n from opinions o left join handling_units h on h.id = o.unit_id group by o.unit_id, h.name order by o.unit_id nulls last`);
  expect(r.data!.byUnit.groups).toEqual(byUnit.map((x) => ({ key: { unitId: x.u, unit: x.u ? { name: x.name } : null }, count: x.n })));
  const byDistrict = await plain(t().sql`select r.district_id::text d, r.station_id::text s, count(*)::int n from opinions o join receptions r on r.id = o.reception_id group by r.district_id, r.station_id order by r.district_id nulls last, r.station_id nulls last`);
  expect(r.data!.byDistrict.groups).toEqual(byDistrict.map((x) => ({ key: { receptionDistrictId: x.d, receptionStationId: x.s }, count: x.n })));
  const [resolved] = await t().sql`select count(*)::int n from opinions where resolved_on is not null`;
  expect(r.data!.resolved.total.count).toBe(resolved!.n);
});
