// The schema-aware fuzzer (run.ts) in CI: a fixed number of requests with a fixed seed, across every
// role. `FUZZ_SECONDS=600 pnpm fuzz` or `FUZZ_REQUESTS=20000 pnpm fuzz` runs it for longer, with a
// new seed unless FUZZ_SEED is given.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useTestDb } from "../harness.js";
import { fuzz } from "./run.js";
import { builtMain } from "./server.js";

const t = useTestDb("daibiao_demo_tpl");
const seconds = Number(process.env.FUZZ_SECONDS ?? 0) || undefined;
const requests = Number(process.env.FUZZ_REQUESTS ?? 1500);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : seconds || process.env.FUZZ_REQUESTS ? Date.now() % 2 ** 31 : 20261206;

describe.skipIf(!existsSync(builtMain))("the schema-aware fuzzer", () => {
  it(
    "answers every request as every role without a 5xx, a crash, a leak or a change by a refused request",
    async () => {
      const summary = await fuzz({ url: t().url, sql: t().sql, seed, requests, seconds });
      expect(summary.failures).toEqual([]);
      expect(summary.tried).toBeGreaterThanOrEqual(seconds ? 1 : requests);
      // the run exercised both sides: refusals, and changes the database accepted
      expect(summary.refused).toBeGreaterThan(0);
      expect(summary.changed).toBeGreaterThan(0);
    },
    (seconds ? seconds * 1000 : requests * 200) + 120_000,
  );
});
