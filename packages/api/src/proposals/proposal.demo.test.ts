// The demo data's proposals: every state of the workflow, overdue and due-soon ones for the dashboard,
// returns, extensions, assisting opinions and re-handlings; and a history that the transition
// mutations could have written.
import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";
import { TRANSITIONS } from "./proposal.states.js";

const t = useTestDb("daibiao_demo_tpl");

it("has proposals in every state, some overdue and some due soon, with returns, extensions, opinions and two-round evaluations", async () => {
  const r = await t().gql(`{
    states: proposalsAggregate(groupBy: [STATUS]) { groups { key { status } count } }
    overdue: proposals(filter: { overdue: true }) { totalCount nodes { status daysLeft overdue } }
    soon: proposals(filter: { dueWithinDays: 14 }) { totalCount nodes { status daysLeft overdue } }
    returned: proposalAssignments(filter: { returnedAt: { isNull: false } }) { totalCount }
    extended: proposalAssignments(filter: { extended: { eq: true } }) { totalCount }
    opinions: proposalAssignments(filter: { opinionAt: { isNull: false } }) { totalCount }
    secondRound: proposalEvaluations(filter: { round: { eq: 2 } }) { totalCount }
    rehandled: proposals(filter: { round: { gte: 2 }, status: { in: [EVALUATED, CLOSED] } }) { totalCount }
  }`);
  expect(r.errors).toBeUndefined();
  const d = r.data!;
  const states = Object.fromEntries(d.states.groups.map((g: { key: { status: string }; count: number }) => [g.key.status, g.count]));
  const all = ["SUBMITTED", "ACCEPTED", "NOT_ACCEPTED", "MERGED", "ASSIGNED", "HANDLING", "ANSWERED", "REHANDLING", "EVALUATED", "CLOSED", "WITHDRAWN"];
  expect(Object.keys(states).sort()).toEqual([...all].sort());
  expect(d.overdue.totalCount).toBeGreaterThanOrEqual(3);
  for (const p of d.overdue.nodes) expect(p.overdue && p.daysLeft < 0 && ["ASSIGNED", "HANDLING", "REHANDLING"].includes(p.status)).toBe(true);
  expect(d.soon.totalCount).toBeGreaterThanOrEqual(3);
  for (const p of d.soon.nodes) expect(!p.overdue && p.daysLeft >= 0 && p.daysLeft <= 14).toBe(true);
  expect(d.returned.totalCount).toBeGreaterThan(0);
  expect(d.extended.totalCount).toBeGreaterThan(0);
  expect(d.opinions.totalCount).toBeGreaterThan(0);
  expect(d.secondRound.totalCount).toBeGreaterThan(0);
  expect(d.rehandled.totalCount).toBeGreaterThan(0);
});

it("tells each proposal's history as a chain of allowed transitions ending in its state", async () => {
  const rows = await t().sql`
    select p.id, p.status, p.round, json_agg(json_build_array(e.kind, e.from_status, e.to_status, e.round) order by e.at, e.id) as events
    from proposals p join proposal_events e on e.proposal_id = p.id group by p.id`;
  expect(rows.length).toBe((await t().sql`select count(*)::int as n from proposals`)[0]!.n);
  const from = Object.fromEntries(Object.values(TRANSITIONS).map((tr) => [tr.kind, tr.from as readonly string[]]));
  const wrong: string[] = [];
  for (const p of rows) {
    const events = p.events as [string, string | null, string, number][];
    let state: string | null = null;
    events.forEach(([kind, fromStatus, toStatus], i) => {
      const ok = i === 0 ? kind === "submit" && fromStatus === null : fromStatus === state && from[kind]?.includes(fromStatus!);
      if (!ok) wrong.push(`proposal ${p.id} event ${i}: ${kind} ${fromStatus} → ${toStatus} after ${state}`);
      state = toStatus;
    });
    if (state !== p.status) wrong.push(`proposal ${p.id} ends ${state}, is ${p.status}`);
    // a re-handling starts the next round with the dissatisfied evaluation of the last one
    const round = Math.max(...events.map((e) => e[3])) + (p.status === "rehandling" ? 1 : 0);
    if (round !== p.round) wrong.push(`proposal ${p.id} round ${p.round}, events say ${round}`);
  }
  expect(wrong).toEqual([]);
  // a live lead unit owes an answer exactly while the proposal is assigned, handled or re-handled
  const owing = await t().sql`
    select p.status::text, count(*)::int as n from proposals p
    join proposal_assignments a on a.proposal_id = p.id and a.role = 'lead' and a.returned_at is null and a.answered_at is null
    group by 1 order by 1`;
  expect(owing.map((o) => o.status)).toEqual(["assigned", "handling", "rehandling"]);
  // every answer was preceded by each live assisting unit's opinion
  const silent = await t().sql`
    select count(*)::int as n from proposal_assignments l join proposal_assignments a
      on a.proposal_id = l.proposal_id and a.role = 'assisting' and a.returned_at is null
    where l.role = 'lead' and l.returned_at is null and l.answered_at is not null and (a.opinion_at is null or a.opinion_at > l.answered_at)`;
  expect(silent[0]!.n).toBe(0);
});
