// `npm run bench`: Newsgraph vs PostGraphile 5 vs a naive (unbatched) resolver build, on the
// same generated database, same machine, same run. Writes docs/benchmarks.md and
// docs/benchmarks.svg, and the raw numbers to bench/results/latest.json.
//
//   npm run bench                 scale 1 (200,000 articles, 100,000 events), 3 rounds × 7 s (~15 min)
//   npm run bench -- --quick      scale 0.1, 1 round × 5 s (about 3 minutes)
//   options: --scale N --seed N --duration S --warmup S --rounds N --connections N --no-ablation
//            --no-report (print only) --force (regenerate the database)
//            --database NAME (default newsgraph_bench[_<scale>]) --ports BASE (default 4700: BASE+1..BASE+30)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { createServer as createNetServer, connect, type Server as NetServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { BENCH_SERVER, generate } from './generate.ts';
import { buildScenarios, leafCount, type Body, type Scenario } from './scenarios.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, 'bench');
const argv = process.argv.slice(2);
const flag = (n: string) => argv.includes(`--${n}`);
const opt = (n: string, fallback: number) => {
  const i = argv.indexOf(`--${n}`);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
};
const quick = flag('quick');
const SCALE = opt('scale', quick ? 0.1 : 1);
const SEED = opt('seed', 42);
const DURATION = opt('duration', quick ? 5 : 7);
const WARMUP = opt('warmup', 2);
const ROUNDS = opt('rounds', quick ? 1 : 3);
const CONNECTIONS = opt('connections', 10);
const ABLATION = !flag('no-ablation');
const optString = (n: string) => {
  const i = argv.indexOf(`--${n}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
// --database and --ports let several people share one PostgreSQL server and one machine.
const DB_NAME = optString('database') ?? (SCALE === 1 ? 'newsgraph_bench' : `newsgraph_bench_${String(SCALE).replace(/\W/g, '_')}`);
const PORT_BASE = opt('ports', 4700);
const DB_URL = `${BENCH_SERVER}/${DB_NAME}`;
const log = (m: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);

// --- benchmark-only dependencies (PostGraphile, its Node 22, autocannon) ------------------
const lock = path.join(BENCH, 'package-lock.json');
const installed = path.join(BENCH, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  log('installing bench dependencies: npm ci --prefix bench');
  const r = spawnSync('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON and autocannon results
const { default: autocannon } = (await import(path.join(BENCH, 'node_modules', 'autocannon', 'autocannon.js'))) as { default: any };
const NODE22 = path.join(BENCH, 'node_modules', 'node', 'bin', 'node');

// --- processes ---------------------------------------------------------------------------
interface Proc {
  name: string;
  child: ChildProcess;
  pid: number;
  port: number;
  url: string;
}
const procs: Proc[] = [];

function start(name: string, cmd: string, args: string[], port: number, env: Record<string, string> = {}): Promise<Proc> {
  const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s:\n${out}`)), 120_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes(`READY ${port}`)) {
        clearTimeout(timer);
        const p = { name, child, pid: child.pid!, port, url: `http://127.0.0.1:${port}/graphql` };
        procs.push(p);
        resolve(p);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!out.includes(`READY ${port}`)) reject(new Error(`${name} exited (${code}):\n${out}`));
    });
  });
}

async function stop(p: Proc) {
  const i = procs.indexOf(p);
  if (i >= 0) procs.splice(i, 1);
  if (p.child.exitCode !== null) return;
  const exited = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  if (p.child.exitCode === null) p.child.kill('SIGKILL');
}
const cleanup = () => {
  for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGKILL');
};
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

// Every server runs on the same Node, the bench's own Node 22 (PostGraphile 5 needs it): the
// comparison measures the servers, not two Node versions.
const TSX = ['--import', 'tsx'];
/** Newsgraph's V8 flags, the same as package.json's `start` script. */
const NEWSGRAPH_NODE_OPTIONS = '--max-semi-space-size=64';
const newsgraphEnv = (extra: Record<string, string> = {}) => ({
  // A bootstrap token for this run only, for the ingestion scenario (writes need a key).
  NEWSGRAPH_ADMIN_TOKEN: ADMIN_TOKEN,
  DATABASE_URL: DB_URL,
  SEED_SAMPLE: 'false',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  DB_POOL_MAX: '10',
  // One client on loopback sends thousands of requests a second: the per-IP rate limit
  // would (rightly) refuse most of them. Everything else stays as shipped.
  RATE_LIMIT_POINTS: '0',
  // Every request executes: the response cache would answer the benchmark's repeated
  // queries from memory. It is measured in the ablation (RESPONSE_CACHE=true).
  RESPONSE_CACHE: 'false',
  // As `npm start` runs it: a 64 MB young generation (V8's default is 16 MB). A nested
  // request allocates ~6 MB, so with 10 in flight most of it outlived 16 MB scavenges.
  NODE_OPTIONS: NEWSGRAPH_NODE_OPTIONS,
  ...extra,
});
const startNewsgraph = (port: number, extra: Record<string, string> = {}, name = 'newsgraph') =>
  start(name, NODE22, [...TSX, 'bench/newsgraph-server.ts'], port, newsgraphEnv(extra));
const startNaive = (port: number) =>
  start('naive', NODE22, [...TSX, 'bench/naive-server.ts'], port, { DATABASE_URL: DB_URL, DB_POOL_MAX: '10' });
const startPostgraphile = (port: number, url = DB_URL) =>
  start('postgraphile', NODE22, ['bench/postgraphile-server.mjs', url, String(port), '10'], port, { GRAPHILE_ENV: 'production' });

// --- /proc: CPU and peak memory -----------------------------------------------------------
const TICK = 100; // USER_HZ
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / TICK; // utime + stime
}
/** CPU seconds of every postgres process, by pid (a backend that exits between samples drops out). */
function postgresCpu(): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of spawnSync('pgrep', ['-x', 'postgres'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean)) {
    try {
      out.set(Number(pid), cpuSeconds(Number(pid)));
    } catch {
      /* exited */
    }
  }
  return out;
}
function postgresCpuDelta(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, t] of postgresCpu()) total += t - (before.get(pid) ?? 0);
  return total;
}
function resetPeak(pid: number) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    /* not permitted: the peak is then the process's lifetime peak */
  }
}
function peakMiB(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

// --- SQL statement counting for PostGraphile: a PostgreSQL wire-protocol proxy -------------
// Counts the client's Query ('Q', simple protocol) and Execute ('E', extended protocol)
// messages: one per statement the server runs. Used only by a separate PostGraphile
// instance for the counting pass, never for the timed runs.
function startCountingProxy(port: number): Promise<{ server: NetServer; count: () => number }> {
  let statements = 0;
  const server = createNetServer((client) => {
    const upstream = connect(5432, '127.0.0.1');
    let buf = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk) => {
      upstream.write(chunk);
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        if (!started) {
          if (buf.length < 8) break;
          const len = buf.readInt32BE(0);
          if (buf.length < len) break;
          const code = buf.readInt32BE(4);
          buf = buf.subarray(len);
          if (code !== 80877103) started = true; // not an SSLRequest: the StartupMessage
          continue;
        }
        if (buf.length < 5) break;
        const len = buf.readInt32BE(1);
        if (buf.length < len + 1) break;
        const type = String.fromCharCode(buf[0]!);
        if (type === 'Q' || type === 'E') statements += 1;
        buf = buf.subarray(len + 1);
      }
    });
    upstream.on('data', (d) => client.write(d));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end);
    upstream.on('error', end);
    client.on('close', end);
    upstream.on('close', end);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, count: () => statements })));
}

// --- HTTP ---------------------------------------------------------------------------------
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON and autocannon results
async function post(url: string, body: Body, headers: Record<string, string> = {}): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return res.json();
}
async function newsgraphStatements(p: Proc): Promise<number> {
  return Number(await (await fetch(`http://127.0.0.1:${p.port}/__bench/statements`)).text());
}

/** Statements per request: mean over 3 sequential requests (after one warm-up request). */
async function countStatements(url: string, body: Body | Body[], counter: () => Promise<number>, headers: Record<string, string> = {}): Promise<number> {
  const pick = (i: number) => (Array.isArray(body) ? body[i]! : body);
  await post(url, pick(0), headers);
  const before = await counter();
  for (let i = 1; i <= 3; i += 1) await post(url, pick(i), headers);
  await new Promise((r) => setTimeout(r, 50));
  return ((await counter()) - before) / 3;
}

interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpu: number; // % of one core, server process
  pgCpu: number; // % of one core, all postgres processes
  peakMiB: number;
  /** CPU milliseconds per completed request: the server process, and all postgres processes. */
  cpuMs: number;
  pgCpuMs: number;
  /** 1-minute load average around the run (other work on the machine shows here). */
  load: number;
}

/** Next body index per scenario and system, for scenarios whose requests must all differ. */
const cursors = new Map<string, number>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON and autocannon results
function load(url: string, bodies: Body[], seconds: number, headers: Record<string, string> = {}, key?: string): Promise<any> {
  const payloads = bodies.map((b) => JSON.stringify(b));
  let i = key ? (cursors.get(key) ?? 0) : 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        connections: CONNECTIONS,
        duration: seconds,
        headers: { 'content-type': 'application/json', ...headers },
        requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: payloads[i++ % payloads.length] }) }],
      },
      (err: Error | null, result: unknown) => {
        if (key) cursors.set(key, i);
        return err ? reject(err) : resolve(result);
      },
    );
  });
}

async function measure(p: Proc, bodies: Body[], headers: Record<string, string> = {}, key?: string): Promise<Run> {
  await load(p.url, bodies, WARMUP, headers, key);
  resetPeak(p.pid);
  const cpu0 = cpuSeconds(p.pid);
  const pg0 = postgresCpu();
  const load0 = loadavg()[0]!;
  const t0 = process.hrtime.bigint();
  const r = await load(p.url, bodies, DURATION, headers, key);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const nodeCpu = cpuSeconds(p.pid) - cpu0;
  const pgCpu = postgresCpuDelta(pg0);
  const done = Math.max(1, r.requests.total);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx + r.timeouts,
    cpu: (nodeCpu / wall) * 100,
    pgCpu: (pgCpu / wall) * 100,
    cpuMs: (nodeCpu * 1000) / done,
    pgCpuMs: (pgCpu * 1000) / done,
    peakMiB: peakMiB(p.pid),
    load: (load0 + loadavg()[0]!) / 2,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const medianRun = (runs: Run[]): Run => ({
  rps: median(runs.map((r) => r.rps)),
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  errors: runs.reduce((n, r) => n + r.errors, 0),
  cpu: median(runs.map((r) => r.cpu)),
  pgCpu: median(runs.map((r) => r.pgCpu)),
  cpuMs: median(runs.map((r) => r.cpuMs)),
  pgCpuMs: median(runs.map((r) => r.pgCpuMs)),
  peakMiB: Math.max(...runs.map((r) => r.peakMiB)),
  load: median(runs.map((r) => r.load)),
});

// --- main ---------------------------------------------------------------------------------
const startedAt = Date.now();
log(`scale ${SCALE}, seed ${SEED}, ${ROUNDS} round(s) × ${DURATION} s (+${WARMUP} s warm-up), ${CONNECTIONS} connections, database ${DB_NAME}`);
const gen = await generate({ scale: SCALE, seed: SEED, database: DB_NAME, server: BENCH_SERVER, force: flag('force'), log });

const sql = new pg.Client({ connectionString: DB_URL });
await sql.connect();

// Optional scenarios, included when the schema has them by now.
const schemaText = readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8');
const hasSearch = /^\s+search\(/m.test(schemaText);
const hasIngest = /^\s+ingestArticle\(/m.test(schemaText);
const ADMIN_TOKEN = randomBytes(24).toString('hex');
const INGEST_URLS = "https://bench-ingest.example/%";

const ports = { newsgraph: PORT_BASE + 1, naive: PORT_BASE + 2, postgraphile: PORT_BASE + 3, proxy: PORT_BASE + 4, pglCount: PORT_BASE + 5, ablation: PORT_BASE + 10 };
log('starting servers');
const [ng, naive, pgl] = await Promise.all([startNewsgraph(ports.newsgraph), startNaive(ports.naive), startPostgraphile(ports.postgraphile)]);
const scenarios: Scenario[] = await buildScenarios(sql, (b) => post(pgl.url, b), {
  search: hasSearch,
  ingest: hasIngest,
  adminToken: ADMIN_TOKEN,
  ingestCount: 200_000,
});
const systemsOf = (s: Scenario) => s.systems ?? ['newsgraph', 'naive', 'postgraphile'];
const headersOf = (s: Scenario, sys: string) => s.headers?.[sys === 'postgraphile' ? 'postgraphile' : 'newsgraph'] ?? {};

// Counting pass and data-size check.
log('counting SQL statements and checking response sizes');
const proxy = await startCountingProxy(ports.proxy);
const pglCount = await startPostgraphile(ports.pglCount, `postgresql://postgres@127.0.0.1:${ports.proxy}/${DB_NAME}`);
interface Check {
  statements: Record<string, number>;
  smallStatements?: Record<string, number>;
  leaves: Record<string, number>;
  bytes: Record<string, number>;
  /** SHA-256 of Newsgraph's response data: every ablation variant must return exactly it. */
  digest?: string;
  errors?: Record<string, string>;
}
const checks: Record<string, Check> = {};
const digest = (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex');
for (const s of scenarios) {
  const c: Check = { statements: {}, leaves: {}, bytes: {} };
  const systems = [
    { key: 'newsgraph', url: ng.url, bodies: s.bodies.newsgraph, small: s.small?.newsgraph, counter: () => newsgraphStatements(ng) },
    { key: 'naive', url: naive.url, bodies: s.bodies.newsgraph, small: s.small?.newsgraph, counter: () => newsgraphStatements(naive) },
    { key: 'postgraphile', url: pglCount.url, bodies: s.bodies.postgraphile, small: s.small?.postgraphile, counter: async () => proxy.count() },
  ].filter((x) => systemsOf(s).includes(x.key as never));
  for (const sys of systems) {
    const headers = headersOf(s, sys.key);
    // Writes: the counting pass uses bodies 0-4, the timed runs start after them.
    const countBodies = s.unique ? sys.bodies.slice(1, 5) : sys.bodies[0]!;
    if (s.unique) cursors.set(`${s.id}/${sys.key}`, 5);
    const res = await post(sys.url, sys.bodies[0]!, headers);
    if (res.errors) {
      log(`ERROR ${sys.key} ${s.id}: ${JSON.stringify(res.errors).slice(0, 300)}`);
      (c.errors ??= {})[sys.key] = JSON.stringify(res.errors).slice(0, 300);
    }
    c.leaves[sys.key] = leafCount(res.data);
    c.bytes[sys.key] = JSON.stringify(res.data).length;
    if (sys.key === 'newsgraph') c.digest = digest(res.data);
    c.statements[sys.key] = await countStatements(sys.url, countBodies, sys.counter, headers);
    if (sys.small) (c.smallStatements ??= {})[sys.key] = await countStatements(sys.url, sys.small, sys.counter);
  }
  const [a, b, d] = [c.leaves.newsgraph, c.leaves.naive ?? c.leaves.newsgraph, c.leaves.postgraphile];
  if (a !== b || a !== d) log(`WARNING ${s.id}: response sizes differ (leaf values ${a} / ${b} / ${d})`);
  checks[s.id] = c;
  log(`  ${s.id}: statements ${JSON.stringify(c.statements)}${c.smallStatements ? ` (small page ${JSON.stringify(c.smallStatements)})` : ''}, leaves ${a}/${b}/${d}`);
}
await stop(pglCount);
proxy.server.close();

// Timed runs: rounds × scenarios × systems, alternating systems within each scenario.
const systems = [ng, pgl, naive];
const runs: Record<string, Record<string, Run[]>> = {};
for (let round = 0; round < ROUNDS; round += 1) {
  for (const s of scenarios) {
    const order = round % 2 ? [...systems].reverse() : systems;
    for (const p of order.filter((x) => systemsOf(s).includes(x.name as never))) {
      const bodies = p.name === 'postgraphile' ? s.bodies.postgraphile : s.bodies.newsgraph;
      const r = await measure(p, bodies, headersOf(s, p.name), s.unique ? `${s.id}/${p.name}` : undefined);
      ((runs[s.id] ??= {})[p.name] ??= []).push(r);
      log(`round ${round + 1} ${s.id} ${p.name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, cpu ${r.cpu.toFixed(0)}%, pg ${r.pgCpu.toFixed(0)}%, ${r.peakMiB.toFixed(0)} MiB${r.errors ? `, ${r.errors} ERRORS` : ''}`);
    }
  }
}
await stop(naive);

// Ablation: Newsgraph with each optimisation switched off (or on) in turn, on scenarios 2-5.
const ablationVariants: { name: string; env: Record<string, string>; note: string }[] = [
  { name: 'baseline', env: {}, note: 'as in the main rounds (every optimisation on except the response cache; metrics on)' },
  { name: 'RESPONSE_CACHE=true', env: { RESPONSE_CACHE: 'true' }, note: 'response cache on (the shipped default): repeated identical queries are hits' },
  { name: 'KEYSET_PAGINATION=false', env: { KEYSET_PAGINATION: 'false' }, note: "Prisma's cursor instead of the keyset seek" },
  { name: 'JOINED_PAGES=false PER_PARENT_PAGES=false', env: { JOINED_PAGES: 'false', PER_PARENT_PAGES: 'false' }, note: "a country's officials through the planned include without a per-parent LIMIT (all rows, trimmed in memory)" },
  { name: 'RELATION_JOINS=false', env: { RELATION_JOINS: 'false' }, note: 'Prisma loads each included relation with its own statement (relationLoadStrategy query)' },
  { name: 'JOINED_PAGES=false', env: { JOINED_PAGES: 'false' }, note: "a country's first page of officials by the per-parent pair of statements (PER_PARENT_PAGES) instead of inside the countries statement (LATERAL ... LIMIT per country)" },
  { name: 'JSON_ROWS=false', env: { JSON_ROWS: 'false' }, note: "Prisma's joined rows built as jsonb (as Prisma writes them) instead of json" },
  { name: 'PREPARED_STATEMENTS=false', env: { PREPARED_STATEMENTS: 'false' }, note: "Prisma's statements sent unnamed (parsed and planned on every execution) instead of as prepared statements" },
  { name: 'GRAPHQL_PARSE_CACHE=false', env: { GRAPHQL_PARSE_CACHE: 'false' }, note: "Yoga's parse and validation cache off" },
  { name: 'METRICS=false', env: { METRICS: 'false' }, note: 'Prometheus metrics plugin off (existing switch)' },
  { name: 'NODE_OPTIONS=--max-semi-space-size=16', env: { NODE_OPTIONS: '--max-semi-space-size=16' }, note: "V8's default young generation (16 MB) instead of npm start's 64 MB" },
  ...JSON.parse(process.env.BENCH_ABLATION ?? '[]'),
];
const ablation: { name: string; note: string; results: Record<string, Run> }[] = [];
if (ABLATION && ablationVariants.length > 1) {
  for (const [i, v] of ablationVariants.entries()) {
    const p = await startNewsgraph(ports.ablation + i, v.env, `newsgraph ${v.name}`);
    const results: Record<string, Run> = {};
    for (const s of scenarios.filter((x) => x.id !== 'typename' && !x.unique)) {
      const res = await post(p.url, s.bodies.newsgraph[0]!);
      if (res.errors || leafCount(res.data) !== checks[s.id]!.leaves.newsgraph || digest(res.data) !== checks[s.id]!.digest) throw new Error(`ablation ${v.name} changes the result of ${s.id}`);
      results[s.id] = await measure(p, s.bodies.newsgraph);
      log(`ablation ${v.name} ${s.id}: ${results[s.id]!.rps.toFixed(0)} req/s, p99 ${results[s.id]!.p99} ms`);
    }
    ablation.push({ name: v.name, note: v.note, results });
    await stop(p);
  }
}
await stop(ng);
await stop(pgl);
if (hasIngest) {
  // Ingested articles go (with their mentions and evidence, by cascade); the generated data stay.
  const del = await sql.query(`DELETE FROM "Article" WHERE url LIKE '${INGEST_URLS}'`);
  log(`removed ${del.rowCount} ingested articles`);
}
await sql.end();

const summary = Object.fromEntries(scenarios.map((s) => [s.id, Object.fromEntries(Object.entries(runs[s.id]!).map(([k, v]) => [k, medianRun(v)]))]));
const versions = {
  node: process.version,
  node22: spawnSync(NODE22, ['-v'], { encoding: 'utf8' }).stdout.trim(),
  postgres: (await (async () => {
    const c = new pg.Client({ connectionString: DB_URL });
    await c.connect();
    const v = (await c.query('SHOW server_version')).rows[0].server_version as string;
    await c.end();
    return v;
  })()),
  ...Object.fromEntries(
    [['graphql-yoga', ROOT], ['@pothos/core', ROOT], ['@pothos/plugin-prisma', ROOT], ['@prisma/client', ROOT], ['graphql', ROOT], ['postgraphile', BENCH], ['autocannon', BENCH]].map(([n, dir]) => [
      n,
      JSON.parse(readFileSync(path.join(dir!, 'node_modules', n!, 'package.json'), 'utf8')).version as string,
    ]),
  ),
};
const result = {
  date: new Date().toISOString(),
  minutes: (Date.now() - startedAt) / 60_000,
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memGiB: Math.round(totalmem() / 2 ** 30), kernel: release() },
  versions,
  params: { scale: SCALE, seed: SEED, duration: DURATION, warmup: WARMUP, rounds: ROUNDS, connections: CONNECTIONS, database: DB_NAME, quick },
  data: gen.counts,
  optional: { search: hasSearch, ingestArticle: hasIngest },
  scenarios: scenarios.map((s) => ({ id: s.id, title: s.title, depth: s.depth, query: s.bodies.newsgraph[0]!.query, pglQuery: s.bodies.postgraphile[0]!.query })),
  checks,
  summary,
  runs,
  ablation,
};
mkdirSync(path.join(BENCH, 'results'), { recursive: true });
writeFileSync(path.join(BENCH, 'results', 'latest.json'), JSON.stringify(result, null, 2));
if (!flag('no-report')) {
  const { writeReport } = await import('./report.ts');
  writeReport(result, ROOT);
  log('wrote docs/benchmarks.md and docs/benchmarks.svg');
}
log(`done in ${result.minutes.toFixed(1)} min`);
process.exit(0);
