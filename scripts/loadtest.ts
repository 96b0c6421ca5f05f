// npm run loadtest [-- --duration 60 --connections 50 --write-ratio 0.2] [--soak] [--workers N] [--node-flags="..."]
// --soak: a 10-minute run (or --duration, up to an hour) that also samples memory every 30 s
// and reports it at start and end: growth beyond the caches' bounds is a leak.
// A bounded load test on loopback. The service runs as `npm start` does (its own process,
// NODE_ENV=production; WEB_CONCURRENCY=--workers), on a fresh database: a new database on the
// PostgreSQL server named by DATABASE_URL (dropped afterwards), or an embedded one in a
// temporary folder. autocannon, in this process, mixes reads and ingest mutations; then the
// service gets SIGTERM (it must exit 0, answering what is in flight) and every acknowledged
// write is checked to be stored exactly once. Prints throughput, latency percentiles (all,
// reads, writes), errors, the service's CPU and memory (from /proc, all its processes) and
// PostgreSQL's CPU (its backends for the database, from /proc) per request; exits 1 on any
// error, lost or duplicated write, or an unclean exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/index.ts';
import { createScratchDatabase } from '../src/db/scratch.ts';
import { cpuMs, processTree, rssMb } from './proc-stats.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    duration: { type: 'string', default: process.env.LOADTEST_DURATION },
    soak: { type: 'boolean', default: false },
    connections: { type: 'string', default: process.env.LOADTEST_CONNECTIONS ?? '50' },
    'write-ratio': { type: 'string', default: '0.2' },
    workers: { type: 'string', default: process.env.WEB_CONCURRENCY ?? '1' },
    'node-flags': { type: 'string', default: '' },
  },
});
const soak = values.soak === true;
const duration = Math.min(soak ? 3_600 : 600, Math.max(1, Number(values.duration ?? (soak ? 600 : 60))));
const connections = Math.min(200, Math.max(1, Number(values.connections)));
const writeRatio = Math.min(1, Math.max(0, Number(values['write-ratio'])));
const workers = Math.min(64, Math.max(1, Number(values.workers)));
const nodeFlags = values['node-flags'].split(/\s+/).filter(Boolean);
if (![duration, connections, writeRatio, workers].every(Number.isFinite)) {
  console.error('usage: npm run loadtest -- [--duration seconds] [--connections n] [--write-ratio 0..1] [--workers n] [--node-flags="--flag ..."] [--soak]');
  process.exit(2);
}

const run = randomBytes(4).toString('hex');
const adminToken = randomBytes(24).toString('hex');

// A fresh database: never the one DATABASE_URL names.
let dropDatabase: (() => Promise<void>) | null = null;
let dataDir: string | null = null;
let databaseUrl: string;
const postgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');
if (postgres) {
  const base = new URL(process.env.DATABASE_URL!);
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(base.hostname)) {
    console.error('loadtest: DATABASE_URL must point at a loopback PostgreSQL server');
    process.exit(2);
  }
  const scratch = await createScratchDatabase(base.toString(), process.env.LOADTEST_DB_PREFIX ?? 'newsgraph_loadtest');
  databaseUrl = scratch.url;
  dropDatabase = scratch.drop;
} else {
  dataDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-loadtest-'));
  databaseUrl = `file:${dataDir}`;
}

/** Starts the service as `npm start` does; resolves with its port once it listens. */
function startService(): Promise<{ child: ChildProcess; port: number; exited: Promise<number | null>; output: () => string }> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', 'src/index.ts'], {
    env: {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? 'production',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      SEED_SAMPLE: 'true',
      NEWSGRAPH_ADMIN_TOKEN: adminToken,
      // One client IP drives everything here; the rate limiter would (rightly) stop it.
      RATE_LIMIT_POINTS: '0',
      WEB_CONCURRENCY: String(workers),
      SHUTDOWN_DRAIN_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Set<number>();
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const m of output.matchAll(/"pid":(\d+)[^\n]*"url":"http:\/\/[^:]+:(\d+)\/graphql"/g)) {
        listening.add(Number(m[1]));
        if (listening.size >= workers) resolve({ child, port: Number(m[2]), exited, output: () => output });
      }
      if (output.length > 1_000_000) output = output.slice(-100_000);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`the service exited (${code}) before listening:\n${output.slice(-4000)}`)));
  });
}

const service = await startService();
const target = `http://127.0.0.1:${service.port}/graphql`;

const READS = [
  '{ countries(first: 20) { totalCount edges { node { code name capital } } } }',
  '{ diplomaticEvents(first: 5) { totalCount edges { node { type date summary participants { role actor { __typename ... on Country { code } ... on Official { name } } } evidence { sentence } } } } }',
  '{ articles(first: 5) { edges { node { title source countries { code } } } } }',
  '{ country(code: "RU") { name officials { totalCount } } }',
  '{ officials(first: 10) { edges { node { name country { code } positions { title } } } } }',
];
const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { url } } }';
const PAIRS = [['France', 'Germany'], ['Japan', 'India'], ['Brazil', 'Argentina'], ['Canada', 'Mexico'], ['Kenya', 'Egypt']];

let seq = 0;
const acked = new Map<string, number>();
const stats = { graphqlErrors: 0, httpErrors: 0, sampleErrors: [] as string[] };
const latencies = { read: [] as number[], write: [] as number[] };

interface Ctx {
  kind?: 'read' | 'write';
  url?: string;
  sentAt?: number;
}

const instance = autocannon(
  {
    url: target,
    connections,
    duration,
    method: 'POST',
    timeout: 30,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    requests: [
      {
        setupRequest: (req: autocannon.Request, context: Ctx) => {
          context.sentAt = performance.now();
          if (Math.random() < writeRatio) {
            const n = seq++;
            const [a, b] = PAIRS[n % PAIRS.length]!;
            const url = `https://loadtest.example/${run}/${n}`;
            context.kind = 'write';
            context.url = url;
            const text = `${a} and ${b} talks ${run}-${n}\n\nThe foreign ministers of ${a} and ${b} met in Geneva on Monday to discuss trade, report ${run}-${n} said. ${a} later recalled its ambassador.`;
            return { ...req, body: JSON.stringify({ query: INGEST, variables: { input: { url, text, publishedAt: '2025-01-06T12:00:00Z' } } }) };
          }
          context.kind = 'read';
          context.url = undefined;
          return { ...req, body: JSON.stringify({ query: READS[Math.floor(Math.random() * READS.length)] }) };
        },
        onResponse: (status: number, body: string, context: Ctx) => {
          latencies[context.kind ?? 'read'].push(performance.now() - (context.sentAt ?? 0));
          if (status !== 200) {
            stats.httpErrors++;
            if (stats.sampleErrors.length < 5) stats.sampleErrors.push(`${status} ${body.slice(0, 200)}`);
            return;
          }
          const parsed = JSON.parse(body) as { errors?: unknown[]; data?: { ingestArticle?: { article: { url: string } } } };
          if (parsed.errors?.length) {
            stats.graphqlErrors++;
            if (stats.sampleErrors.length < 5) stats.sampleErrors.push(JSON.stringify(parsed.errors).slice(0, 200));
            return;
          }
          if (context.kind === 'write' && context.url) {
            const got = parsed.data?.ingestArticle?.article.url;
            if (got === context.url) acked.set(got, (acked.get(got) ?? 0) + 1);
          }
        },
      },
    ],
  },
  () => undefined,
);
autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });

// PostgreSQL backends of the scratch database: their CPU from /proc (loopback server).
const pgBackends = new Map<number, { first: number; last: number }>();
const admin = postgres ? new pg.Client({ connectionString: process.env.DATABASE_URL }) : null;
await admin?.connect();
async function samplePostgres() {
  if (!admin) return;
  const { rows } = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [new URL(databaseUrl).pathname.slice(1)]);
  for (const { pid } of rows) {
    const ms = cpuMs(pid);
    if (ms === null) continue;
    const b = pgBackends.get(pid);
    if (b) b.last = ms;
    else pgBackends.set(pid, { first: ms, last: ms });
  }
}

// The service's memory (all its processes) and one process's heap and event-loop delay
// from /metrics (in cluster mode, whichever worker answers).
const started = Date.now();
async function metrics(): Promise<Record<string, number>> {
  try {
    const text = await (await fetch(target.replace('/graphql', '/metrics'))).text();
    const pick = (name: string) => Number(new RegExp(`^newsgraph_${name}(?:\\{[^}]*\\})? ([\\d.e+-]+)$`, 'm').exec(text)?.[1] ?? NaN);
    return {
      heapUsedMb: Math.round(pick('nodejs_heap_size_used_bytes') / 104_857.6) / 10,
      eventLoopDelayP99Ms: Math.round(pick('nodejs_eventloop_lag_p99_seconds') * 10_000) / 10,
    };
  } catch {
    return {};
  }
}
const memory = async () => {
  const pids = processTree(service.child.pid!);
  return { atSecond: Math.round((Date.now() - started) / 1000), processes: pids.length, rssMb: Math.round(pids.reduce((s, p) => s + (rssMb(p) ?? 0), 0) * 10) / 10, ...(await metrics()) };
};
const serviceCpu = () => processTree(service.child.pid!).reduce((s, p) => s + (cpuMs(p) ?? 0), 0);
const cpu0 = serviceCpu();
await samplePostgres();
const samples = [await memory()];
const pgSampler = setInterval(() => void samplePostgres().catch(() => undefined), 1_000);
const sampler = setInterval(() => {
  void memory().then((m) => {
    samples.push(m);
    if (soak) console.error(`loadtest: ${JSON.stringify(m)}`);
  });
}, 30_000);
const load0 = loadavg()[0]!;
const result = await new Promise<autocannon.Result>((resolve) => instance.on('done', resolve));
const load1 = loadavg()[0]!;
clearInterval(sampler);
clearInterval(pgSampler);
await samplePostgres();
const serviceCpuMs = serviceCpu() - cpu0;
samples.push(await memory());
await admin?.end();

// SIGTERM: the service answers what is still in flight and exits 0.
service.child.kill('SIGTERM');
const exitCode = await service.exited;

// Verify: every acknowledged write is stored exactly once, and nothing else was stored.
const db = await openDatabase(loadConfig({ ...process.env, DATABASE_URL: databaseUrl }));
const rows = await db.prisma.article.findMany({ where: { url: { startsWith: `https://loadtest.example/${run}/` } }, select: { url: true } });
await db.close();
await dropDatabase?.();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
const urls = [...acked.keys()];
const stored = new Map<string, number>();
for (const r of rows) stored.set(r.url, (stored.get(r.url) ?? 0) + 1);
const lost = urls.filter((u) => !stored.has(u));
const duplicated = [...stored.values()].filter((n) => n > 1).length;
const unacknowledged = [...stored.keys()].filter((u) => !acked.has(u)).length;

const percentile = (xs: number[], p: number) => {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
};
const summary = (xs: number[]) => ({ count: xs.length, p50: percentile(xs, 50), p99: percentile(xs, 99) });
const postgresCpuMs = [...pgBackends.values()].reduce((s, b) => s + b.last - b.first, 0);
const errors = result.errors + result.timeouts + result.non2xx + stats.graphqlErrors;
const perRequest = (ms: number) => Math.round((ms / Math.max(1, result.requests.total)) * 100) / 100;
const report = {
  database: postgres ? 'PostgreSQL' : 'PGlite (folder)',
  workers,
  nodeFlags,
  durationSeconds: duration,
  connections,
  writeRatio,
  loadAverage: { start: load0, end: load1 },
  requests: result.requests.total,
  throughputPerSecond: Math.round(result.requests.average),
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  byKindMs: { reads: summary(latencies.read), writes: summary(latencies.write) },
  cpuMsPerRequest: { service: perRequest(serviceCpuMs), postgres: postgres ? perRequest(postgresCpuMs) : null },
  errors: { total: errors, transport: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphql: stats.graphqlErrors, samples: stats.sampleErrors },
  acknowledgedWrites: urls.length,
  storedWrites: stored.size,
  lostWrites: lost.length,
  duplicatedWrites: duplicated,
  /** Writes whose answer was still in flight when the run stopped: stored, not counted. */
  storedButUnacknowledged: unacknowledged,
  serviceExitCode: exitCode,
  memory: {
    start: samples[0],
    end: samples[samples.length - 1],
    peakRssMb: Math.max(...samples.map((x) => x.rssMb)),
    ...(soak ? { samples } : {}),
  },
};
console.log(JSON.stringify(report, null, 2));
const ok = errors === 0 && lost.length === 0 && duplicated === 0 && exitCode === 0 && (urls.length > 0 || writeRatio === 0);
if (exitCode !== 0) console.error(service.output().slice(-4000));
console.log(ok ? 'loadtest: PASS' : 'loadtest: FAIL');
process.exit(ok ? 0 : 1);
