import { hashPassword, users } from "@daibiao/db";
import { and, count, eq, sql } from "drizzle-orm";
import type { FieldError } from "../grammar/errors.js";
import { badInput, conflict } from "../grammar/errors.js";
import { rowFromInput } from "../grammar/inputs.js";
import type { WriteConfig } from "../grammar/mutate.js";
import { userSpec } from "./user.table.js";
import { userFields } from "./user.input.js";

// the advisory lock of "who is an active admin" (any constant; this one spells "admins")
const ADMINS_LOCK = 0x61646d696e73;

export const userWrite: WriteConfig = {
  spec: userSpec,
  toRow: async (_ctx, input) => {
    const { password, ...row } = rowFromInput(userFields, input);
    if (typeof password === "string") {
      if (password.length < 10) throw badInput([{ field: "input.password", message: "must be at least 10 characters" }]);
      row.passwordHash = await hashPassword(password);
    }
    return row;
  },
  check: (u) => {
    const errors: FieldError[] = [];
    if (typeof u.username === "string" && !/^[A-Za-z0-9_.-]{2,50}$/.test(u.username)) {
      errors.push({ field: "input.username", message: "2 to 50 letters, digits, _ . or -" });
    }
    return errors;
  },
  // Nobody could manage users any more: the last active admin may not be demoted, deactivated or deleted.
  remains: async (tx, field) => {
    const [{ n }] = await tx.select({ n: count() }).from(users).where(and(eq(users.role, "admin"), eq(users.active, true)));
    if (n === 0) throw conflict("At least one active admin must remain", { field, reason: "LAST_ADMIN" });
  },
  // Changes of users wait for one another (a transaction-wide lock, taken before any row), so two
  // admins demoting each other at the same moment are counted one after the other: the second one's
  // count (read committed: a new snapshot) sees the first one's change, and is refused.
  serialize: async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ADMINS_LOCK})`);
  },
};
