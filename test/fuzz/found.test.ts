// Defects the fuzzer found, each kept as a test of its own, against the production build.
import { existsSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { useTestDb } from "../harness.js";
import { builtMain, startBuilt, type Built } from "./server.js";

const t = useTestDb();
let server: Built | undefined;
afterEach(() => {
  server?.stop();
  server = undefined;
});

describe.skipIf(!existsSync(builtMain))("found by the fuzzer", () => {
  // format-error.ts parsed and walked the whole query again for every error: this 760 kB filter with a
  // hundred bad enum values kept the server busy for a minute, every other request waiting (now about
  // 2 s, one parse per query text). The bound is this test's timeout, not a speed target.
  it(
    "a large query with a hundred bad values is answered, each error naming its field",
    async () => {
      server = await startBuilt(t().url);
      const good = Array.from({ length: 40_000 }, () => `{name: {eq: "x"}}`);
      const bad = Array.from({ length: 100 }, () => `{gender: {eq: NOPE}}`);
      const query = `{ deputies(filter: {or: [${[...good, ...bad].join(", ")}]}) { totalCount } }`;
      const r = await fetch(`${server.base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
      const body = (await r.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(r.status).toBe(400);
      expect(body.errors).toHaveLength(100);
      for (const e of body.errors) expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.or.gender.eq" });
    },
    45_000,
  );
});
