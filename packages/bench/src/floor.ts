// The floor: a minimal HTTP handler that runs the one hand-written statement of each query
// (PostgreSQL builds the JSON answer) and sends it on. No GraphQL, no framework; the same pool size
// and driver as daibiao (postgres.js, 10 connections per process), prepared statements.
// BENCH_WORKERS=N: N such processes on one port (workers.ts).
import { createServer, type ServerResponse } from "node:http";
import postgres from "postgres";
import { FLOOR_EXTRA, QUERIES } from "./queries.js";
import { primaryOfWorkers } from "./workers.js";

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function serve() {
  const sql = postgres(process.env.DATABASE_URL!, { max: 10, onnotice: () => {} });
  const port = Number(process.env.PORT ?? 5001);
  const ops = new Map<string, { sql: string; wrap: (json: string) => string }>([
    ...QUERIES.map((q) => [q.id, q.floor] as const),
    ...Object.entries(FLOOR_EXTRA),
  ]);

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      try {
        const { op, params } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { op: string; params: unknown[] };
        if (op === "ping") return send(res, 200, `{"data":{"ok":true}}`);
        const o = ops.get(op);
        if (!o) return send(res, 404, `{"errors":[{"message":"no such op"}]}`);
        const rows = await sql.unsafe<{ json: string }[]>(o.sql, params as never[], { prepare: true });
        send(res, 200, o.wrap(rows[0]?.json ?? "null"));
      } catch (e) {
        send(res, 500, JSON.stringify({ errors: [{ message: String((e as Error).message) }] }));
      }
    });
  });

  server.listen(port, "127.0.0.1", () => console.log(`floor ready on http://localhost:${port}/`));
  const stop = async () => {
    server.close();
    await sql.end({ timeout: 2 });
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

if (!primaryOfWorkers("floor")) serve();
