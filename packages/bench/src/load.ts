// One measured round: autocannon against one server with one request body, run as its own process
// (pinned to the load generator's core by bench.ts). Prints one JSON line with the result.
// Latency percentiles come from every response's own time (autocannon's histogram keeps whole ms).
import autocannon from "autocannon";

export type LoadSpec = { url: string; body: string; headers?: Record<string, string>; connections: number; seconds: number };
export type LoadResult = {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  // responses whose body carried `errors` or no `data`, non-2xx answers, socket errors and timeouts
  errors: number;
  // requests with no answer within TIMEOUT_S (also counted in errors)
  timeouts: number;
  firstError?: string;
};

const spec = JSON.parse(process.argv[2]!) as LoadSpec;
// autocannon's default, written out: a request with no answer by then counts as an error
const TIMEOUT_S = 10;
let firstError: string | undefined;
const ok = (raw: string | Buffer | undefined) => {
  const body = String(raw ?? "");
  const good = body.startsWith('{"data"') && !body.includes('"errors":');
  if (!good && !firstError) firstError = body.slice(0, 300);
  return good;
};
const latencies: number[] = [];
const instance = autocannon(
  {
    url: spec.url,
    method: "POST",
    headers: { "content-type": "application/json", ...spec.headers },
    body: spec.body,
    connections: spec.connections,
    duration: spec.seconds,
    verifyBody: ok,
    timeout: TIMEOUT_S,
  },
  (err, r) => {
    if (err) throw err;
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
    const result: LoadResult = {
      requests: latencies.length,
      seconds: r.duration,
      rps: latencies.length / r.duration,
      p50: at(0.5),
      p90: at(0.9),
      p99: at(0.99),
      mean: latencies.reduce((s, x) => s + x, 0) / latencies.length,
      // autocannon counts a timeout in `errors` as well as in `timeouts`
      errors: r.mismatches + r.non2xx + r.errors,
      timeouts: r.timeouts,
      firstError: firstError ?? (r.timeouts ? `${r.timeouts} request(s) with no answer within ${TIMEOUT_S} s` : undefined),
    };
    process.stdout.write(JSON.stringify(result) + "\n");
  },
);
instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
