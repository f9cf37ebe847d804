// The fuzzer's run: the built server on a copy of the demo database, signed in as every role,
// sent generated requests one after another; each answer checked (check.ts), and the database's
// fingerprint compared around every request: a refused request, or any query, must leave it as it was.
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { performance } from "node:perf_hooks";
import path from "node:path";
import fc from "fast-check";
import { buildSchema } from "graphql";
import type { Sql } from "../../packages/db/src/index.js";
import { repoRoot } from "../../packages/db/src/index.js";
import { codesOf, logProblems, problems, ROLES, type Answer, type Role } from "./check.js";
import { Generator, type Request } from "./generate.js";
import { startBuilt, type Built } from "./server.js";

export type FuzzOptions = { url: string; sql: Sql; seed: number; requests: number; seconds?: number; log?: (line: string) => void };
export type FuzzSummary = {
  tried: number;
  refused: number;
  byCode: Record<string, number>;
  byRole: Record<string, number>;
  changed: number;
  failures: string[];
  line: string;
};

const REQUEST_TIMEOUT_MS = 30_000;
// Written by sign-in and its throttle, not by the operations under test (a token's last use is
// left out of api_tokens below).
const UNFINGERPRINTED = new Set(["sessions", "sign_in_failures"]);

// Per table: the row count and a hash of every row's text, in one statement. It reads every row, so
// it runs only when a transaction that wrote has ended since the last look: PostgreSQL's next
// transaction id (a snapshot's xmax) moves only when one was given an id, which a write needs.
async function fingerprinter(sql: Sql): Promise<() => Promise<Map<string, string>>> {
  const tables = (await sql`select tablename from pg_tables where schemaname = 'public' order by tablename`).map((r) => String(r.tablename)).filter((t) => !UNFINGERPRINTED.has(t));
  const parts = tables.map((t) => {
    const row = t === "api_tokens" ? "(x.id, x.name, x.token_hash, x.revoked_at)" : "x";
    return `select '${t}' as t, count(*)::text || ':' || coalesce(sum(hashtextextended(${row}::text, 0)), 0)::text as f from "${t}" x`;
  });
  const text = parts.join(" union all ");
  const full = async () => new Map((await sql.unsafe(text)).map((r) => [String(r.t), String(r.f)]));
  const nextXid = async () => String((await sql`select pg_snapshot_xmax(pg_current_snapshot())::text as x`)[0]!.x);
  let last = await nextXid();
  let known = await full();
  return async () => {
    const now = await nextXid();
    if (now !== last) {
      known = await full();
      // read again after the full look: a write that ended during it is seen next time
      last = now;
    }
    return known;
  };
}

function diff(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...a.keys()].filter((k) => a.get(k) !== b.get(k));
}

type Caller = { headers: Record<string, string> };

async function send(base: string, req: Request, caller: Caller): Promise<Answer> {
  const r = await fetch(`${base}/graphql`, {
    method: req.method,
    headers: { "content-type": req.contentType, ...caller.headers },
    body: req.body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await r.text();
  let json: Answer["json"];
  try {
    json = JSON.parse(text) as Answer["json"];
  } catch {
    json = undefined;
  }
  return { status: r.status, text, json };
}

async function gql(base: string, caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<{ answer: Answer; setCookie: string | null }> {
  const r = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...caller.headers }, body: JSON.stringify({ query, variables }) });
  const text = await r.text();
  return { answer: { status: r.status, text, json: JSON.parse(text) as Answer["json"] }, setCookie: r.headers.get("set-cookie") };
}

async function signIn(base: string, username: string, password: string): Promise<Caller> {
  const { answer, setCookie } = await gql(base, { headers: {} }, `mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { me { role } } }`, { u: username, p: password });
  if (answer.json?.errors || !setCookie) throw new Error(`signing in as ${username} failed: ${answer.text.slice(0, 300)}`);
  return { headers: { cookie: setCookie.split(";")[0]! } };
}

export async function fuzz(o: FuzzOptions): Promise<FuzzSummary> {
  const log = o.log ?? ((l: string) => console.log(l));
  const server: Built = await startBuilt(o.url);
  try {
    return await fuzzAgainst(server, o, log);
  } finally {
    server.stop();
  }
}

async function fuzzAgainst(server: Built, o: FuzzOptions, log: (line: string) => void): Promise<FuzzSummary> {
  const base = server.base;
  const callers: Record<Role, Caller> = {
    anonymous: { headers: {} },
    admin: await signIn(base, "demo-admin", "daibiao-admin"),
    editor: await signIn(base, "demo-editor", "daibiao-editor"),
    viewer: await signIn(base, "demo-viewer", "daibiao-viewer"),
    token: { headers: {} },
  };
  const made = await gql(base, callers.admin, `mutation { createApiToken(name: "fuzz") { token apiToken { id } } }`);
  const newToken = (made.answer.json?.data as { createApiToken?: { token: string; apiToken: { id: string } } } | undefined)?.createApiToken;
  if (!newToken) throw new Error(`createApiToken failed: ${made.answer.text.slice(0, 300)}`);
  callers.token = { headers: { authorization: `Bearer ${newToken.token}` } };

  // Personal data to look for: the demo deputies' phone and ID-card numbers as an editor reads them,
  // and a check that a viewer is shown them masked (else looking for them would prove nothing).
  const sample = `{ deputies(first: 300, orderBy: [ID_ASC]) { nodes { id phone idCard } } }`;
  type Row = { id: string; phone: string | null; idCard: string | null };
  const full = ((await gql(base, callers.editor, sample)).answer.json?.data as { deputies: { nodes: Row[] } }).deputies.nodes;
  const shown = ((await gql(base, callers.viewer, sample)).answer.json?.data as { deputies: { nodes: Row[] } }).deputies.nodes;
  const personal = [...new Set(full.flatMap((r) => [r.phone, r.idCard]).filter((v): v is string => !!v && v.length >= 7))];
  const phones = full.filter((r) => r.phone).length;
  const idCards = full.filter((r) => r.idCard).length;
  if (phones < 20 || idCards < 20) throw new Error(`too few personal numbers in the demo data to look for (${phones} phones, ${idCards} ID cards)`);
  const unmasked = shown.filter((r, i) => (r.phone && r.phone === full[i]!.phone) || (r.idCard && r.idCard === full[i]!.idCard));
  if (unmasked.length) throw new Error(`the viewer was shown deputy ${unmasked[0]!.id}'s number unmasked before any fuzzing`);

  // the fuzzer's own users and token: not to be deleted, demoted or revoked under it
  const own = await o.sql`select id::text from users where username in ('demo-admin', 'demo-editor', 'demo-viewer')`;
  const ownUsers = new Set(own.map((r) => String(r.id)));
  const protectedIds = new Map<string, Set<string>>([
    ["updateUser", ownUsers],
    ["deleteUser", ownUsers],
    ["deleteUsers", ownUsers],
    ["revokeApiToken", new Set([newToken.apiToken.id])],
  ]);
  const ids = Array.from({ length: 300 }, (_, i) => String(i + 1));
  const generator = new Generator(buildSchema(readFileSync(path.join(repoRoot, "packages/api/schema.graphql"), "utf8")), {
    ids,
    protectedIds,
    // sign-in is left to the anonymous caller, signing out to nobody (it would end a role's session)
    exclude: (root, role) => root === "signOut" || (root === "signIn" && role !== "anonymous"),
  });

  const fingerprint = await fingerprinter(o.sql);
  // The fingerprint must see a change (one district's name, and back), or comparing it proves nothing.
  let before = await fingerprint();
  const [district] = await o.sql`select id, name from districts order by id limit 1`;
  await o.sql`update districts set name = name || '·' where id = ${district!.id as number}`;
  const touched = diff(before, await fingerprint());
  await o.sql`update districts set name = ${district!.name as string} where id = ${district!.id as number}`;
  const restored = diff(before, await fingerprint());
  if (touched.join() !== "districts" || restored.length) throw new Error(`the fingerprint does not see changes (changed: ${touched.join()}; after restoring: ${restored.join()})`);
  const summary: FuzzSummary = { tried: 0, refused: 0, byCode: {}, byRole: {}, changed: 0, failures: [], line: "" };
  const started = Date.now();
  const timeIn = { requests: 0, fingerprints: 0 };
  const deadline = o.seconds ? started + o.seconds * 1000 : Infinity;
  log(`fuzz: seed ${o.seed} (replay with FUZZ_SEED=${o.seed}), ${o.seconds ? `${o.seconds} s` : `${o.requests} requests`}, against ${base}, ${personal.length} personal numbers watched`);

  const property = fc.asyncProperty(fc.constantFrom(...ROLES), fc.gen(), async (role, g) => {
    if (Date.now() > deadline) return;
    const req = generator.request(fc, g, role);
    summary.tried++;
    summary.byRole[role] = (summary.byRole[role] ?? 0) + 1;
    let answer: Answer | undefined;
    let failure: string[] = [];
    const t0 = performance.now();
    try {
      answer = await send(base, req, callers[role]);
    } catch (e) {
      // a body over the limit may be cut off while it is still being sent: the server answered 413 and
      // closed; anything else that ends without an answer is a failure
      if (!(req.label.includes("over the limit") && server.alive())) failure.push(`no answer: ${(e as Error).message}`);
    }
    if (answer) failure.push(...problems(role, answer, personal));
    if (!server.alive()) failure.push("the server exited");
    const t1 = performance.now();
    const after = await fingerprint();
    timeIn.requests += t1 - t0;
    timeIn.fingerprints += performance.now() - t1;
    const changed = diff(before, after);
    const codes = answer ? codesOf(answer) : [];
    const refused = !answer || answer.status >= 400 || codes.length > 0;
    if (process.env.FUZZ_VERBOSE === "1") log(`${role} ${req.label}: ${answer ? `${answer.status} ${answer.text.slice(0, 200)}` : "no answer"}`);
    if (refused) {
      summary.refused++;
      for (const c of answer ? (codes.length ? codes : [`HTTP ${answer.status}`]) : ["(cut off)"]) summary.byCode[c] = (summary.byCode[c] ?? 0) + 1;
    }
    const succeededMutation = req.operation?.kind === "mutation" && !!answer && (answer.json?.data as Record<string, unknown> | null | undefined) != null && Object.values(answer.json!.data as Record<string, unknown>).some((v) => v !== null);
    if (changed.length && !succeededMutation) failure.push(`the database changed (${changed.join(", ")}) after a request that ${req.operation?.kind === "mutation" ? "was refused" : "only read"}`);
    if (changed.length && succeededMutation) summary.changed++;
    before = after;
    if (failure.length) {
      const text = `${failure.join("; ")}\n  as: ${role}\n  request (${req.label}): ${req.body.slice(0, 3000)}${req.body.length > 3000 ? ` … (${req.body.length} bytes)` : ""}\n  answer: ${answer ? `${answer.status} ${answer.text.slice(0, 1500)}` : "none"}\n  the server's output, last lines: ${server.output().slice(-1500)}`;
      // the whole request, to send again by hand (curl --data-binary @file)
      const file = path.join(tmpdir(), `daibiao-fuzz-${o.seed}-${summary.tried}.json`);
      writeFileSync(file, req.body);
      summary.failures.push(`${text}\n  whole request: ${file}`);
      throw new Error(text);
    }
  });

  let error: unknown;
  try {
    await fc.assert(property, {
      seed: o.seed,
      numRuns: o.seconds ? Number.MAX_SAFE_INTEGER : o.requests,
      // shrinking replays requests against a database the first ones have changed: off unless asked
      endOnFailure: process.env.FUZZ_SHRINK !== "1",
      ...(o.seconds ? { interruptAfterTimeLimit: o.seconds * 1000 + 1000, markInterruptAsFailure: false } : {}),
    });
  } catch (e) {
    error = e;
  }
  const logged = logProblems(server.output(), personal);
  if (logged.length) summary.failures.push(...logged);
  const codes = Object.entries(summary.byCode)
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c} ${n}`)
    .join(", ");
  const roles = Object.entries(summary.byRole)
    .map(([r, n]) => `${r} ${n}`)
    .join(", ");
  summary.line = `fuzz: ${summary.tried} requests tried, ${summary.refused} refused (by code: ${codes}), ${summary.failures.length} failures`;
  log(`${summary.line}\nfuzz: by role: ${roles}; ${summary.changed} accepted changes; ${((Date.now() - started) / 1000).toFixed(1)} s (${(timeIn.requests / 1000).toFixed(1)} s waiting for answers, ${(timeIn.fingerprints / 1000).toFixed(1)} s fingerprinting); seed ${o.seed}`);
  if (error) {
    // fast-check's report, without the thousands of drawn values: the seed and path to replay, then ours
    const head = String((error as Error).message).split("\n").slice(0, 2).join(" ");
    const cause = (error as { cause?: { stack?: string } }).cause;
    throw new Error(`${head}\n${summary.failures[0] ?? cause?.stack ?? String(cause)}`);
  }
  if (logged.length) throw new Error(logged.join("\n"));
  return summary;
}
