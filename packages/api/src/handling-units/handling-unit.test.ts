import { expect, it } from "vitest";
import { useTestDb } from "../../../../test/harness.js";

const t = useTestDb();

it("creates, finds, updates and deletes a handling unit; the name is unique", async () => {
  const c = await t().gql(`mutation { createHandlingUnit(input: { name: "市教育局", kind: GOVERNMENT_DEPARTMENT, contactPhone: "0857-8221234" }) { id contactPhone } }`);
  expect(c.errors).toBeUndefined();
  const id = c.data!.createHandlingUnit.id;
  const dup = await t().gql(`mutation { createHandlingUnit(input: { name: "市教育局", kind: OTHER }) { id } }`);
  expect(dup.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", field: "input.name" });
  const found = await t().gql(`{ handlingUnits(filter: { q: "教育", kind: { in: [GOVERNMENT_DEPARTMENT] } }) { totalCount nodes { name } } }`);
  expect(found.data!.handlingUnits.totalCount).toBe(1);
  const masked = await t().gql(`query ($id: ID!) { handlingUnit(id: $id) { contactPhone } }`, { id }, { as: "viewer" });
  expect(masked.data!.handlingUnit.contactPhone).toBe("********1234");
  const u = await t().gql(`mutation ($id: ID!) { updateHandlingUnit(id: $id, input: { kind: OTHER, contactPhone: null, version: 1 }) { kind contactPhone version } }`, { id });
  expect(u.data!.updateHandlingUnit).toEqual({ kind: "OTHER", contactPhone: null, version: 2 });
  expect((await t().gql(`mutation ($id: ID!) { deleteHandlingUnit(id: $id) { name } }`, { id })).data!.deleteHandlingUnit.name).toBe("市教育局");
});
