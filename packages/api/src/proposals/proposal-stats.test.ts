// proposalHandlingStats on a small data set built here, every figure checked against counts computed
// in the test from the same data, in one SQL statement.
import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";
import { addDays } from "./proposal.deadlines.js";

const t = useTestDb();

type Sat = "satisfied" | "basically_satisfied" | "dissatisfied";
type Case = {
  id: number;
  session: number | null;
  category: string;
  // the live lead unit, its due date and answer as days from today; null unit: never assigned
  unit: number | null;
  due?: number;
  answered?: number | null;
  cls?: "A" | "B" | "C" | "D";
  evals?: [deputy: number, round: number, satisfaction: Sat][];
  // an earlier lead unit returned it (history, not counted)
  returnedBy?: number;
};

const CASES: Case[] = [
  { id: 1, session: 4, category: "finance_economy", unit: 1, due: -30, answered: -40, cls: "A", evals: [[1, 1, "satisfied"], [2, 1, "basically_satisfied"]] },
  // late; deputy 1 was dissatisfied, then satisfied after re-handling: only the latest counts
  { id: 2, session: 4, category: "finance_economy", unit: 1, due: -30, answered: -20, cls: "B", evals: [[1, 1, "dissatisfied"], [1, 2, "satisfied"], [3, 1, "basically_satisfied"]] },
  { id: 3, session: 4, category: "social_development", unit: 2, due: -5, answered: null },
  { id: 4, session: 4, category: "social_development", unit: 2, due: 10, answered: null },
  { id: 5, session: 5, category: "social_development", unit: 2, due: -1, answered: -1, cls: "D", evals: [[4, 1, "dissatisfied"]] },
  { id: 6, session: 5, category: "finance_economy", unit: 3, due: 20, answered: -3, cls: "C", evals: [[5, 1, "satisfied"], [6, 1, "satisfied"]], returnedBy: 1 },
  { id: 7, session: null, category: "finance_economy", unit: 1, due: -100, answered: -101, cls: "A" },
  { id: 8, session: 5, category: "agriculture_rural", unit: null },
  // re-handling: the first answer was cleared, the dissatisfied evaluation stays
  { id: 9, session: null, category: "agriculture_rural", unit: 3, due: 3, answered: null, evals: [[2, 1, "dissatisfied"]] },
  { id: 10, session: 4, category: "agriculture_rural", unit: 3, due: -2, answered: -2, cls: "A", evals: [[3, 1, "basically_satisfied"], [4, 1, "satisfied"]] },
];

async function build(): Promise<void> {
  const sql = t().sql;
  const [{ d: today }] = (await sql`select current_date::text as d`) as unknown as [{ d: string }];
  await sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 6) i`;
  await sql`insert into handling_units (id, name, kind) values (1, '市交通运输局', 'government_department'), (2, '市财政局', 'government_department'), (3, '市教育局', 'government_department')`;
  for (const c of CASES) {
    const status = c.unit === null ? "accepted" : c.answered != null ? "answered" : "handling";
    await sql`insert into proposals (id, congress_term, session_number, number, title, category, lead_deputy_id, status, submitted_at, round)
      values (${c.id}, 3, ${c.session}, ${c.id}, ${"建议" + c.id}, ${c.category}, 1, ${status}, '2024-01-10', ${Math.max(1, ...(c.evals ?? []).map((e) => e[1]))})`;
    if (c.unit === null) continue;
    const at = (days: number | null | undefined) => (days == null ? null : addDays(today, days));
    const assigned = addDays(today, -200);
    if (c.returnedBy) {
      await sql`insert into proposal_assignments (proposal_id, unit_id, role, assigned_at, due_at, returned_at, return_reason)
        values (${c.id}, ${c.returnedBy}, 'lead', ${assigned}, ${at(c.due)}, ${addDays(assigned, 3)}, '退回')`;
    }
    await sql`insert into proposal_assignments (proposal_id, unit_id, role, assigned_at, due_at, answered_at, result_class)
      values (${c.id}, ${c.unit}, 'lead', ${assigned}, ${at(c.due)}, ${at(c.answered)}, ${c.answered != null ? c.cls! : null})`;
    // an assisting unit changes nothing: figures are the lead unit's
    await sql`insert into proposal_assignments (proposal_id, unit_id, role, assigned_at, due_at) values (${c.id}, ${c.unit === 1 ? 2 : 1}, 'assisting', ${assigned}, ${at(c.due)})`;
    for (const [deputy, round, satisfaction] of c.evals ?? []) {
      await sql`insert into proposal_evaluations (proposal_id, deputy_id, round, satisfaction) values (${c.id}, ${deputy}, ${round}, ${satisfaction})`;
    }
  }
}

// The figures of a set of cases, counted here.
function expected(cases: Case[]) {
  const handled = cases.filter((c) => c.unit !== null);
  const answered = handled.filter((c) => c.answered != null);
  const onTime = answered.filter((c) => c.answered! <= c.due!);
  const overdue = handled.filter((c) => c.answered == null && c.due! < 0);
  const latest = handled.flatMap((c) => {
    const byDeputy = new Map<number, [number, Sat]>();
    for (const [d, round, s] of c.evals ?? []) if (!byDeputy.has(d) || byDeputy.get(d)![0] < round) byDeputy.set(d, [round, s]);
    return [...byDeputy.values()].map(([, s]) => s);
  });
  const count = (s: Sat) => latest.filter((x) => x === s).length;
  const cls = (k: string) => answered.filter((c) => c.cls === k).length;
  const ratio = (n: number, d: number) => (d ? n / d : null);
  return {
    proposals: handled.length,
    answered: answered.length,
    answeredOnTime: onTime.length,
    overdue: overdue.length,
    answerRate: ratio(answered.length, handled.length),
    onTimeRate: ratio(onTime.length, answered.length + overdue.length),
    evaluations: latest.length,
    satisfied: count("satisfied"),
    basicallySatisfied: count("basically_satisfied"),
    dissatisfied: count("dissatisfied"),
    satisfactionRate: ratio(count("satisfied") + count("basically_satisfied"), latest.length),
    classA: cls("A"),
    classB: cls("B"),
    classC: cls("C"),
    classD: cls("D"),
  };
}

const FIGURES = `proposals answered answeredOnTime overdue answerRate onTimeRate evaluations satisfied basicallySatisfied dissatisfied satisfactionRate classA classB classC classD`;
const STATS = `query ($f: ProposalFilter, $by: [ProposalStatsBy!]) {
  proposalHandlingStats(filter: $f, by: $by) {
    total { key { unitId congressTerm sessionNumber category } ${FIGURES} }
    groups { key { unitId congressTerm sessionNumber category } ${FIGURES} }
  }
}`;

const close = (actual: Record<string, unknown>, want: Record<string, number | null>, what: string) => {
  for (const [k, v] of Object.entries(want)) {
    if (v === null || Number.isInteger(v)) expect(actual[k], `${what}: ${k}`).toBe(v);
    else expect(actual[k] as number, `${what}: ${k}`).toBeCloseTo(v, 10);
  }
};

it("counts answers, on-time answers, overdue ones, satisfaction and result classes, in total and per unit, session and category, in one statement", async () => {
  await build();
  const run = async (vars: Record<string, unknown>) => {
    t().statements.length = 0;
    const r = await t().gql(STATS, vars);
    expect(r.errors).toBeUndefined();
    expect(t().statements, "statements").toHaveLength(1);
    return r.data!.proposalHandlingStats;
  };

  const all = await run({});
  close(all.total, expected(CASES), "total");
  expect(all.total.key).toEqual({ unitId: null, congressTerm: null, sessionNumber: null, category: null });
  expect(all.groups).toEqual([]);
  // a sanity check of the hand count itself
  expect(expected(CASES)).toMatchObject({ proposals: 9, answered: 6, answeredOnTime: 5, overdue: 1, evaluations: 10, dissatisfied: 2 });

  const perUnit = await run({ by: ["HANDLING_UNIT"] });
  close(perUnit.total, expected(CASES), "total by unit");
  expect(perUnit.groups.map((g: any) => g.key.unitId)).toEqual(["1", "2", "3"]);
  for (const g of perUnit.groups) close(g, expected(CASES.filter((c) => String(c.unit) === g.key.unitId)), `unit ${g.key.unitId}`);

  const perSession = await run({ by: ["SESSION"] });
  expect(perSession.groups.map((g: any) => [g.key.congressTerm, g.key.sessionNumber])).toEqual([[3, 4], [3, 5], [3, null]]);
  for (const g of perSession.groups) close(g, expected(CASES.filter((c) => c.session === g.key.sessionNumber)), `session ${g.key.sessionNumber}`);

  const perUnitAndCategory = await run({ by: ["HANDLING_UNIT", "CATEGORY"], f: { sessionNumber: { isNull: false } } });
  const inSessions = CASES.filter((c) => c.session !== null);
  close(perUnitAndCategory.total, expected(inSessions), "sessions only");
  const keys = [...new Set(inSessions.filter((c) => c.unit).map((c) => `${c.unit}/${c.category.toUpperCase()}`))].sort();
  // ordered by unit, then by category in the enum's order
  expect(perUnitAndCategory.groups.map((g: any) => `${g.key.unitId}/${g.key.category}`).sort()).toEqual(keys);
  expect(perUnitAndCategory.groups.map((g: any) => `${g.key.unitId}/${g.key.category}`)).toEqual(["1/FINANCE_ECONOMY", "2/SOCIAL_DEVELOPMENT", "3/FINANCE_ECONOMY", "3/AGRICULTURE_RURAL"]);
  for (const g of perUnitAndCategory.groups) {
    close(g, expected(inSessions.filter((c) => String(c.unit) === g.key.unitId && c.category.toUpperCase() === g.key.category)), `${g.key.unitId}/${g.key.category}`);
  }

  const overdue = await run({ f: { overdue: true } });
  close(overdue.total, expected(CASES.filter((c) => c.id === 3)), "overdue");
  const none = await run({ f: { number: { eq: 8 } }, by: ["CATEGORY"] });
  expect(none.total).toMatchObject({ proposals: 0, answerRate: null, onTimeRate: null, satisfactionRate: null });
  expect(none.groups).toEqual([]);

  // the unit of a group, for a unit's page
  const named = await t().gql(`{ proposalHandlingStats(by: [HANDLING_UNIT]) { groups { key { unit { name } } answerRate } } }`);
  expect(named.data!.proposalHandlingStats.groups.map((g: any) => g.key.unit.name)).toEqual(["市交通运输局", "市财政局", "市教育局"]);
});
