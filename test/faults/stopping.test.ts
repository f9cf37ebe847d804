// From SIGTERM on (main.ts calls markStopping), a request that reaches the server on a connection
// still open is refused with 503 SERVICE_UNAVAILABLE, /ready says so, /health still answers.
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, expect, it } from "vitest";
import { piiKey } from "../../packages/db/src/index.js";
import { markStopping } from "../../packages/api/src/http/availability.js";
import { createApp } from "../../packages/api/src/server.js";
import { useTestDb } from "../harness.js";
import { TEST_SECRET } from "../secret.js";

const t = useTestDb();
let base = "";
let stop: () => Promise<void> = async () => {};

beforeEach(async () => {
  const { httpServer, apollo } = await createApp({ db: t().db, sql: t().sql, pii: piiKey(TEST_SECRET) });
  await new Promise<void>((r) => httpServer.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  stop = () => apollo.stop();
});
afterEach(() => stop());

const post = async (query: string) => {
  const r = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return { status: r.status, body: await r.json() };
};

it("answers 503 SERVICE_UNAVAILABLE once stopping, and /ready turns 503 while /health stays 200", async () => {
  expect((await post(`mutation { signOut }`)).status).toBe(200);
  expect((await fetch(`${base}/ready`)).status).toBe(200);
  markStopping();
  const r = await post(`mutation { signOut }`);
  expect(r.status).toBe(503);
  expect(r.body).toEqual({ errors: [{ message: "The server is shutting down; try again shortly", extensions: { code: "SERVICE_UNAVAILABLE" } }] });
  const ready = await fetch(`${base}/ready`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toEqual({ ready: false, reason: "the server is shutting down" });
  expect((await fetch(`${base}/health`)).status).toBe(200);
});
