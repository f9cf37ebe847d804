// `node packages/bench/dist/profile.js FILE.cpuprofile [--top=25] [--from=SECONDS]`: where a server's CPU time went, from a
// V8 profile (`node --cpu-prof`, or `BENCH_PROFILE=<dir> pnpm bench`): self time by package (graphql,
// type-graphql, Apollo, express, postgres.js, drizzle, daibiao's own code, node internals, GC) and the
// heaviest functions. Idle time is left out of the shares.
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export function category(url: string, fn: string): string {
  if (fn === "(garbage collector)") return "GC";
  if (fn === "(idle)") return "idle";
  if (fn === "(program)" || fn === "(root)") return "V8/native (program)";
  if (!url) return "native";
  if (url.startsWith("node:")) return `node:${url.slice(5).split("/")[0]}`;
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  const own = /packages\/(\w+)\/(?:dist|src)\/(.*)$/.exec(url);
  if (own) return `daibiao ${own[1]}/${own[2]!.split("/")[0]}`;
  return url;
}

// fromSeconds: leave out the first seconds of the profile (start-up, schema building, warm-up).
export function summarize(file: string, top = 25, fromSeconds = 0): string {
  const p = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let t = 0;
  p.samples.forEach((id, i) => {
    t += p.timeDeltas[i] ?? 0;
    if (t >= fromSeconds * 1e6) self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const cats = new Map<string, number>();
  const fns = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const c = category(n.callFrame.url, n.callFrame.functionName);
    if (c === "idle") {
      idle += us;
      continue;
    }
    busy += us;
    cats.set(c, (cats.get(c) ?? 0) + us);
    const where = `${n.callFrame.functionName || "(anonymous)"} ${c}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ""}`;
    fns.set(where, (fns.get(where) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)}%`;
  const out: string[] = [];
  out.push(`profile ${file}: ${(busy / 1e6).toFixed(2)} s busy, ${(idle / 1e6).toFixed(2)} s idle`);
  out.push("self time by package:");
  for (const [c, us] of [...cats].sort((a, b) => b[1] - a[1]).slice(0, 30)) out.push(`  ${pct(us)}  ${c}`);
  out.push(`heaviest functions (self time):`);
  for (const [f, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) out.push(`  ${pct(us)}  ${f}`);
  return out.join("\n");
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const opt = (name: string, d: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? d);
  for (const f of process.argv.slice(2).filter((a) => a.endsWith(".cpuprofile"))) console.log(summarize(f, opt("top", 25), opt("from", 0)));
}
