import { describe, expect, it } from "vitest";
import { conflictOf, typedChanges } from "./ConflictAwareEdit";

describe("a save refused for a stale version", () => {
  it("is told apart from other conflicts", () => {
    expect(conflictOf({ body: { code: "CONFLICT", currentVersion: 4 } })).toEqual({ currentVersion: 4 });
    expect(conflictOf({ body: { code: "CONFLICT" } })).toBeNull();
    expect(conflictOf({ body: { code: "BAD_USER_INPUT" } })).toBeNull();
  });

  it("keeps exactly what the user changed, to put over the current version", () => {
    const loaded = { id: "5", version: 1, name: "邓彬仁", jobTitle: "种植大户", mandates: [{ id: "9", level: "CITY" }], updatedAt: "t1" };
    const typed = { ...loaded, jobTitle: "村委会主任", mandates: [{ id: "9", level: "COUNTY" }] };
    expect(typedChanges(typed, loaded)).toEqual({ jobTitle: "村委会主任", mandates: [{ id: "9", level: "COUNTY" }] });
    expect(typedChanges(loaded, loaded)).toEqual({});
  });
});
