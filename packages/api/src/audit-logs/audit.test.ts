// Every change writes an audit row in the same transaction; a refused change writes none.
import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

it("records creates, updates and deletes of records and their child rows, with who did it; and only admins read it", async () => {
  const c = await t().gql(
    `mutation { createDeputy(input: { name: "张三", gender: MALE, phone: "13812345678", mandates: [{ level: CITY, congressTerm: 3, startDate: "2021-09-01" }] }) { id mandates { id } } }`,
    {},
    { as: "editor" },
  );
  const id = c.data!.createDeputy.id;
  await t().gql(`mutation ($id: ID!) { updateDeputy(id: $id, input: { name: "张三丰", mandates: [], version: 1 }) { id } }`, { id }, { as: "editor" });
  await t().gql(`mutation ($id: ID!) { deleteDeputy(id: $id) { id } }`, { id }, { as: "admin" });
  // refused: nothing recorded
  await t().gql(`mutation ($id: ID!) { updateDeputy(id: $id, input: { name: "x", version: 2 }) { id } }`, { id }, { as: "editor" });

  const r = await t().gql(`{ auditLogs(orderBy: [ID_ASC]) { totalCount nodes { actor operation recordType recordId before after } } }`);
  const rows = r.data!.auditLogs.nodes as { actor: string; operation: string; recordType: string; recordId: string; before: any; after: any }[];
  expect(rows.map((x) => `${x.actor} ${x.operation} ${x.recordType}`)).toEqual([
    "test-editor create Deputy",
    "test-editor create DeputyMandate",
    "test-editor update Deputy",
    "test-editor delete DeputyMandate",
    "test-admin delete Deputy",
  ]);
  expect(rows[2]!.before.name).toBe("张三");
  expect(rows[2]!.after.name).toBe("张三丰");
  expect(rows[0]!.after.phone).toBe("138****5678");
  expect(rows[4]!.before.name).toBe("张三丰");

  const byRecord = await t().gql(`query ($id: ID!) { auditLogs(filter: { recordType: { eq: "Deputy" }, recordId: { eq: $id } }) { totalCount } }`, { id });
  expect(byRecord.data!.auditLogs.totalCount).toBe(3);
  expect((await t().gql(`{ auditLogs { totalCount } }`, {}, { as: "editor" })).errors![0]!.extensions!.code).toBe("FORBIDDEN");
});
