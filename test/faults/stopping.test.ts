// From SIGTERM on (main.ts calls markStopping), a request that reaches the server on a connection
// still open is refused with 503 SERVICE_UNAVAILABLE, /ready says so, /health still answers.
import { beforeEach, expect, it } from "vitest";
import { markStopping } from "../../packages/api/src/http/availability.js";
import { useHttpApp, useTestDb } from "../harness.js";

const t = useTestDb();
const app = useHttpApp(t);
let base = "";
beforeEach(() => {
  base = app();
});

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
