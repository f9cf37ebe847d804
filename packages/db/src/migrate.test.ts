// The migrations build the whole schema on an empty database, and running them again changes nothing.
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { expect, inject, it } from "vitest";
import { withDatabase } from "../../../test/global-setup.js";
import { connect } from "./client.js";
import { migrate, migrationsFolder } from "./migrate.js";

it("migrates an empty database, and a second run is a no-op", async () => {
  const name = `m_${randomBytes(6).toString("hex")}`;
  const admin = connect(inject("adminUrl"), { max: 1 });
  await admin.sql.unsafe(`create database ${name}`);
  const target = connect(withDatabase(inject("adminUrl"), name), { max: 1 });
  try {
    await migrate(target.db);
    const tables = await target.sql<{ table_name: string }[]>`
      select table_name from information_schema.tables where table_schema = 'public' order by table_name`;
    expect(tables.map((r) => r.table_name)).toEqual([
      "activities",
      "activity_participations",
      "api_tokens",
      "audit_logs",
      "deputies",
      "deputy_mandates",
      "districts",
      "handling_units",
      "proposal_assignments",
      "proposal_cosigners",
      "proposal_evaluations",
      "proposal_events",
      "proposals",
      "sessions",
      "settings",
      "sign_in_failures",
      "station_deputies",
      "stations",
      "training_attendances",
      "trainings",
      "users",
    ]);
    // every foreign key states its on-delete rule: cascade for owned rows, restrict otherwise
    const fks = await target.sql<{ rule: string }[]>`select delete_rule as rule from information_schema.referential_constraints`;
    expect(fks.length).toBeGreaterThan(15);
    expect(new Set(fks.map((f) => f.rule))).toEqual(new Set(["CASCADE", "RESTRICT", "SET NULL"]));
    const applied = await target.sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
    expect(applied[0]!.n).toBe(readdirSync(migrationsFolder).filter((f) => f.endsWith(".sql")).length);
    await migrate(target.db);
    const again = await target.sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
    expect(again[0]!.n).toBe(applied[0]!.n);
  } finally {
    await target.sql.end();
    await admin.sql.unsafe(`drop database ${name} with (force)`);
    await admin.sql.end();
  }
});
