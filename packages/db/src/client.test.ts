// The pool's bounds: with queueTimeoutMs, a statement or transaction waits at most that long for a
// connection (PoolTimeoutError), permits come back whatever happened; a transaction whose
// connection is lost is rejected, and does not take the process down with it.
import { setTimeout as sleep } from "node:timers/promises";
import { expect, inject, it } from "vitest";
import { connect, PoolTimeoutError } from "./client.js";

it("a statement waits at most queueTimeoutMs for a connection; the permits come back", async () => {
  const { sql } = connect(inject("adminUrl"), { max: 2, queueTimeoutMs: 300 });
  try {
    const slow = Promise.all([sql`select pg_sleep(0.8)`, sql`select pg_sleep(0.8)`]);
    await sleep(50);
    const t0 = performance.now();
    const refused = await sql`select 1`.then(
      () => undefined,
      (e: unknown) => e,
    );
    const waited = performance.now() - t0;
    expect(refused).toBeInstanceOf(PoolTimeoutError);
    expect((refused as PoolTimeoutError).code).toBe("POOL_TIMEOUT");
    expect(waited).toBeGreaterThanOrEqual(290);
    expect(waited).toBeLessThan(700);
    await slow;
    // both connections free again, and the timed-out waiter took no permit with it
    const rows = await Promise.all([1, 2, 3, 4].map((i) => sql`select ${i}::int as i`));
    expect(rows.map((r) => r[0]!.i)).toEqual([1, 2, 3, 4]);
    // a failing statement gives its permit back too
    await expect(sql`select 1/0`).rejects.toMatchObject({ code: "22012" });
    await expect(Promise.all([sql`select 1`, sql`select 2`])).resolves.toHaveLength(2);
  } finally {
    await sql.end();
  }
});

it("a transaction holds one permit from begin to end", async () => {
  const { sql } = connect(inject("adminUrl"), { max: 1, queueTimeoutMs: 200 });
  try {
    const tx = sql.begin(async (t) => {
      await t`select pg_sleep(0.5)`;
      return (await t`select 7 as n`)[0]!.n as number;
    });
    await sleep(50);
    await expect(sql`select 1`).rejects.toBeInstanceOf(PoolTimeoutError);
    expect(await tx).toBe(7);
    expect((await sql`select 2 as n`)[0]!.n).toBe(2);
  } finally {
    await sql.end();
  }
});

it("without queueTimeoutMs a statement waits in line as long as it takes", async () => {
  const { sql } = connect(inject("adminUrl"), { max: 1 });
  try {
    const [a, b] = await Promise.all([sql`select pg_sleep(0.3), 1 as n`, sql`select 2 as n`]);
    expect([a[0]!.n, b[0]!.n]).toEqual([1, 2]);
  } finally {
    await sql.end();
  }
});

it("a transaction whose connection is lost is rejected, and the process goes on", async () => {
  const admin = connect(inject("adminUrl"), { max: 1 });
  const { sql } = connect(inject("adminUrl"), { max: 2, queueTimeoutMs: 1000 });
  try {
    const lost = sql
      .begin(async (t) => {
        const [{ pid }] = (await t`select pg_backend_pid() as pid`) as unknown as [{ pid: number }];
        await admin.sql`select pg_terminate_backend(${pid})`;
        await t`select 1`;
      })
      .then(
        () => undefined,
        (e: unknown) => e as { code?: string },
      );
    const error = await lost;
    expect(["CONNECTION_CLOSED", "57P01", "ECONNRESET"]).toContain(error?.code);
    // postgres.js would send `rollback` on the closed connection in a timer and crash here
    await sleep(200);
    // the pool reconnects
    expect((await sql`select 3 as n`)[0]!.n).toBe(3);
    expect((await sql.begin(async (t) => (await t`select 4 as n`)[0]!.n)) as number).toBe(4);
  } finally {
    // the lost connection keeps its unanswered statement: end() waits for it unless told not to
    await sql.end({ timeout: 1 });
    await admin.sql.end();
  }
});
