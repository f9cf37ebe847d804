// The API's errors as react-admin understands them (errors.ts).
import { describe, expect, it } from "vitest";
import { formField, toRaError } from "./errors";
import { t } from "./fixtures.zh";

describe("errors", () => {
  it("puts BAD_USER_INPUT on the fields it names, in Chinese", () => {
    const e = toRaError(
      {
        body: {
          graphQLErrors: [
            {
              message: "Invalid input",
              extensions: {
                code: "BAD_USER_INPUT",
                fields: [
                  { field: "input.name", message: "must not be empty" },
                  { field: "input.mandates.0.startDate", message: "is not allowed here (violates a rule of the record)" },
                  { field: "input.cosignerIds.1", message: "refers to a Deputy that does not exist" },
                  { field: "input.phone", message: "must be at most 20 characters" },
                ],
              },
            },
          ],
        },
      },
      t,
    ) as { status: number; body: { errors: Record<string, string> } };
    expect(e.status).toBe(400);
    expect(e.body.errors).toEqual({
      name: "不能为空",
      "mandates.0.startDate": "不符合规则（例如结束日期早于开始日期）",
      cosignerIds: "所选记录不存在",
      phone: "最多 20 个字符",
    });
  });
  it("says what a conflict or a missing record is", () => {
    const stale = toRaError({ body: { graphQLErrors: [{ message: "x", extensions: { code: "CONFLICT", currentVersion: 4 } }] } }, t) as Error;
    expect(stale.message).toContain("已被他人修改");
    const ref = toRaError(
      { body: { graphQLErrors: [{ message: "x", extensions: { code: "CONFLICT", referencedBy: [{ type: "Proposal", field: "leadDeputyId", count: 3 }] } }] } },
      t,
    ) as Error;
    expect(ref.message).toBe("无法删除：仍有 3 条代表建议记录引用它，请先删除或修改这些记录。");
    const lastAdmin = toRaError({ body: { graphQLErrors: [{ message: "x", extensions: { code: "CONFLICT", field: "id", reason: "LAST_ADMIN" } }] } }, t) as Error;
    expect(lastAdmin.message).toContain("至少要保留一名启用的管理员");
    const missing = toRaError({ body: { graphQLErrors: [{ message: "x", extensions: { code: "NOT_FOUND" } }] } }, t) as { status: number };
    expect(missing.status).toBe(404);
    const stale7 = toRaError({ body: { graphQLErrors: [{ message: "x", extensions: { code: "CONFLICT", field: "input.version", currentVersion: 7 } }] } }, t) as {
      status: number;
      body: { code: string; currentVersion: number };
    };
    expect([stale7.status, stale7.body]).toEqual([409, { code: "CONFLICT", currentVersion: 7 }]);
    expect((toRaError({ body: { graphQLErrors: [{ message: "x", extensions: { code: "UNAUTHENTICATED" } }] } }, t) as { status: number }).status).toBe(401);
    expect((toRaError({ body: { graphQLErrors: [{ message: "x", extensions: { code: "FORBIDDEN" } }] } }, t) as { status: number }).status).toBe(403);
    expect(formField("input")).toBeUndefined();
    expect(formField("input.assignments.0.unitId")).toBe("assignments.0.unitId");
  });
});
