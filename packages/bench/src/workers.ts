// BENCH_WORKERS=N for the benchmark's own servers (the floor, PostGraphile): node's cluster serves one
// port from N processes, as daibiao's DAIBIAO_WORKERS does. Returns true in the primary, which only
// starts the workers and passes SIGTERM on; the caller starts its server when it returns false.
import cluster from "node:cluster";

export function primaryOfWorkers(label: string): boolean {
  const n = Number(process.env.BENCH_WORKERS ?? 1);
  if (!(n > 1) || !cluster.isPrimary) return false;
  const workers = Array.from({ length: n }, () => cluster.fork());
  let ready = 0;
  // one ready line when every worker listens (the benchmark waits for answers, not for this line)
  cluster.on("listening", () => {
    if (++ready === n) console.log(`${label}: ${n} worker processes on one port`);
  });
  cluster.on("exit", (_w, code) => {
    if (!stopping) {
      console.error(`${label}: a worker exited (${code}); stopping`);
      stop();
    }
  });
  let stopping = false;
  const stop = () => {
    stopping = true;
    for (const w of workers) w.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 3000).unref();
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  return true;
}
