import { describe, expect, it } from "vitest";
import { canAccess, type Role } from "./roles";

const records = ["deputies", "trainings", "stations", "proposals", "activities", "handlingUnits", "districts"];

describe("what each role may do in the console (as the API allows)", () => {
  const cases: [Role, string, string, boolean][] = [
    ["VIEWER", "list", "deputies", true],
    ["VIEWER", "show", "deputies", true],
    ["VIEWER", "export", "deputies", true],
    ["VIEWER", "create", "deputies", false],
    ["VIEWER", "edit", "deputies", false],
    ["VIEWER", "delete", "deputies", false],
    ["VIEWER", "list", "users", false],
    ["VIEWER", "list", "auditLogs", false],
    ["EDITOR", "create", "proposals", true],
    ["EDITOR", "delete", "stations", true],
    ["EDITOR", "list", "apiTokens", false],
    ["EDITOR", "list", "auditLogs", false],
    ["EDITOR", "edit", "trainingAttendances", false],
    ["ADMIN", "list", "users", true],
    ["ADMIN", "create", "users", true],
    ["ADMIN", "create", "apiTokens", true],
    ["ADMIN", "list", "auditLogs", true],
    ["ADMIN", "delete", "auditLogs", false],
    ["ADMIN", "edit", "activityParticipations", false],
    ["ADMIN", "delete", "deputies", true],
    // saved queries: the admins' (issue 15)
    ["VIEWER", "list", "savedQueries", false],
    ["EDITOR", "create", "savedQueries", false],
    ["ADMIN", "edit", "savedQueries", true],
    ["ADMIN", "delete", "savedQueries", true],
  ];
  it.each(cases)("%s %s %s → %s", (role, action, resource, allowed) => {
    expect(canAccess(role, action, resource)).toBe(allowed);
  });

  it("lets nobody in without a role, and everyone read the records", () => {
    for (const r of records) {
      expect(canAccess(undefined, "list", r)).toBe(false);
      for (const role of ["ADMIN", "EDITOR", "VIEWER"] as Role[]) expect(canAccess(role, "list", r)).toBe(true);
    }
  });
});
