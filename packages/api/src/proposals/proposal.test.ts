import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

it("creates a proposal with co-signers and handling units; status changes are kept as events", async () => {
  await t().sql`insert into deputies (id, name, gender) select i, '代表' || i, 'male' from generate_series(1, 4) i`;
  await t().sql`insert into handling_units (id, name, kind) values (1, '市交通运输局', 'government_department'), (2, '市财政局', 'government_department')`;
  const c = await t().gql(
    `mutation ($i: CreateProposalInput!) { createProposal(input: $i) { id number status leadDeputy { name } cosigners { deputy { name } } assignments { role unit { name } dueAt } events { fromStatus toStatus } } }`,
    {
      i: {
        congressTerm: 3,
        sessionNumber: 4,
        number: 12,
        title: "关于加快农村公路建设的建议",
        category: "URBAN_CONSTRUCTION_ENVIRONMENT",
        leadDeputyId: "1",
        submittedAt: "2024-01-12",
        cosignerIds: ["2", "3"],
        status: "ASSIGNED",
        assignments: [
          { unitId: "1", role: "LEAD", assignedAt: "2024-02-01", dueAt: "2024-05-01" },
          { unitId: "2", role: "ASSISTING", assignedAt: "2024-02-01", dueAt: "2024-05-01" },
        ],
      },
    },
  );
  expect(c.errors).toBeUndefined();
  const p = c.data!.createProposal;
  expect(p.cosigners.map((x: { deputy: { name: string } }) => x.deputy.name)).toEqual(["代表2", "代表3"]);
  expect(p.assignments.map((a: { role: string }) => a.role)).toEqual(["LEAD", "ASSISTING"]);
  expect(p.events).toEqual([{ fromStatus: null, toStatus: "ASSIGNED" }]);

  const u = await t().gql(
    `mutation ($id: ID!, $i: UpdateProposalInput!) { updateProposal(id: $id, input: $i) { status cosigners { deputyId } assignments { unitId answeredAt resultClass } events { fromStatus toStatus } } }`,
    {
      id: p.id,
      i: {
        version: 1,
        status: "ANSWERED",
        cosignerIds: ["3", "4"],
        assignments: [{ unitId: "1", role: "LEAD", assignedAt: "2024-02-01", dueAt: "2024-05-01", answeredAt: "2024-04-20", answer: "已列入计划", resultClass: "B" }],
      },
    },
  );
  expect(u.errors).toBeUndefined();
  expect(u.data!.updateProposal.cosigners.map((x: { deputyId: string }) => x.deputyId).sort()).toEqual(["3", "4"]);
  expect(u.data!.updateProposal.assignments).toEqual([{ unitId: "1", answeredAt: "2024-04-20", resultClass: "B" }]);
  expect(u.data!.updateProposal.events).toHaveLength(2);
  const q = await t().gql(`{ proposals(filter: { assignment: { unitId: { eq: "1" }, resultClass: { eq: B } }, sessionNumber: { eq: 4 } }) { totalCount } }`);
  expect(q.data!.proposals.totalCount).toBe(1);
  const d = await t().gql(`{ deputy(id: "4") { cosignedProposals { proposal { number } } } }`);
  expect(d.data!.deputy.cosignedProposals).toEqual([{ proposal: { number: 12 } }]);
});

it("refuses a fund amount on a proposal not paid by the special fund, and an answer before the assignment", async () => {
  await t().sql`insert into deputies (id, name, gender) values (1, '甲', 'male')`;
  await t().sql`insert into handling_units (id, name, kind) values (1, '市财政局', 'government_department')`;
  const r = await t().gql(
    `mutation ($i: CreateProposalInput!) { createProposal(input: $i) { id } }`,
    {
      i: {
        congressTerm: 3,
        number: 1,
        title: "建议",
        category: "SOCIAL_DEVELOPMENT",
        leadDeputyId: "1",
        submittedAt: "2024-03-01",
        fundAmount: 1000,
        assignments: [{ unitId: "1", assignedAt: "2024-03-10", answeredAt: "2024-03-01" }],
      },
    },
  );
  const fields = r.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field);
  expect(fields).toContain("input.fundAmount");
  expect((await t().sql`select count(*)::int as n from proposals`)[0]!.n).toBe(0);
});
