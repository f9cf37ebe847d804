import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

const CREATE = `mutation ($i: CreateProposalInput!) { createProposal(input: $i) { id number status round version leadDeputy { name } cosigners { deputy { name } } events { kind fromStatus toStatus round actor note } } }`;
const UPDATE = `mutation ($id: ID!, $i: UpdateProposalInput!) { updateProposal(id: $id, input: $i) { title status version cosigners { deputyId } } }`;

const proposal = (extra: Record<string, unknown> = {}) => ({
  congressTerm: 3,
  sessionNumber: 4,
  number: 12,
  title: "关于加快农村公路建设的建议",
  category: "URBAN_CONSTRUCTION_ENVIRONMENT",
  leadDeputyId: "1",
  submittedAt: "2024-01-12",
  ...extra,
});

it("creates a proposal with co-signers as submitted, its first event recording who entered it", async () => {
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 4) i`;
  const c = await t().gql(CREATE, { i: proposal({ cosignerIds: ["2", "3"] }) }, { as: "editor" });
  expect(c.errors).toBeUndefined();
  const p = c.data!.createProposal;
  expect(p).toMatchObject({ status: "SUBMITTED", round: 1, version: 1, leadDeputy: { name: "代表1" } });
  expect(p.cosigners.map((x: { deputy: { name: string } }) => x.deputy.name)).toEqual(["代表2", "代表3"]);
  expect(p.events).toEqual([{ kind: "SUBMIT", fromStatus: null, toStatus: "SUBMITTED", round: 1, actor: "test-editor", note: "登记代表建议" }]);

  // while submitted, who raised it may still change
  const u = await t().gql(UPDATE, { id: p.id, i: { version: 1, cosignerIds: ["3", "4"] } });
  expect(u.errors).toBeUndefined();
  expect(u.data!.updateProposal.cosigners.map((x: { deputyId: string }) => x.deputyId).sort()).toEqual(["3", "4"]);
  const q = await t().gql(`{ proposals(filter: { cosigner: { deputyId: { eq: "4" } }, sessionNumber: { eq: 4 } }) { totalCount } }`);
  expect(q.data!.proposals.totalCount).toBe(1);
  const d = await t().gql(`{ deputy(id: "4") { cosignedProposals { proposal { number } } } }`);
  expect(d.data!.deputy.cosignedProposals).toEqual([{ proposal: { number: 12 } }]);
});

it("no longer takes a status, assignments or evaluations in its inputs: those change through the transitions", async () => {
  await t().sql`insert into deputies (id, name, gender) values (1, '甲', 'male')`;
  for (const extra of [{ status: "CLOSED" }, { assignments: [] }, { evaluations: [] }]) {
    const r = await t().gql(CREATE, { i: proposal(extra) });
    expect(r.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  }
  expect((await t().sql`select count(*)::int as n from proposals`)[0]!.n).toBe(0);
});

it("fixes the lead deputy and co-signers once the proposal is assigned; the same values may still be sent", async () => {
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 4) i`;
  await t().sql`insert into handling_units (id, name, kind) values (1, '市交通运输局', 'government_department')`;
  const id = (await t().gql(CREATE, { i: proposal({ cosignerIds: ["2"] }) })).data!.createProposal.id;
  expect((await t().gql(`mutation ($id: ID!) { acceptProposal(id: $id) { status } }`, { id })).errors).toBeUndefined();
  const a = await t().gql(`mutation ($id: ID!) { assignProposal(id: $id, input: { leadUnitId: "1", assignedAt: "2024-02-01" }) { status version } }`, { id });
  expect(a.data!.assignProposal).toEqual({ status: "ASSIGNED", version: 3 });

  const changed = await t().gql(UPDATE, { id, i: { version: 3, cosignerIds: ["2", "4"], leadDeputyId: "3" } });
  expect(changed.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  expect(changed.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field)).toEqual(["input.leadDeputyId", "input.cosignerIds"]);
  expect(changed.errors![0]!.extensions!.fields[0].message).toMatch(/only while the proposal is submitted or accepted \(it is assigned\)/);

  const same = await t().gql(UPDATE, { id, i: { version: 3, title: "关于加快农村公路提质改造的建议", cosignerIds: ["2"], leadDeputyId: "1" } });
  expect(same.errors).toBeUndefined();
  expect(same.data!.updateProposal).toMatchObject({ title: "关于加快农村公路提质改造的建议", status: "ASSIGNED", version: 4 });
});

it("refuses a fund amount on a proposal not paid by the special fund", async () => {
  await t().sql`insert into deputies (id, name, gender) values (1, '甲', 'male')`;
  const r = await t().gql(CREATE, { i: proposal({ fundAmount: 1000 }) });
  const fields = r.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field);
  expect(fields).toContain("input.fundAmount");
  expect((await t().sql`select count(*)::int as n from proposals`)[0]!.n).toBe(0);
});
