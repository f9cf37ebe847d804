import { defineConfig } from "drizzle-kit";

// Migrations are generated from packages/db/src/schema.ts into drizzle/ and never edited after commit.
export default defineConfig({
  dialect: "postgresql",
  schema: "./packages/db/src/schema.ts",
  out: "./drizzle",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/daibiao" },
});
