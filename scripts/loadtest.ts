// npm run loadtest [-- --duration 60 --connections 50 --write-ratio 0.2] [--soak]
// --soak: a 10-minute run (or --duration, up to an hour) that also samples memory (RSS and
// heap) every 30 s and reports it at start and end: growth beyond the caches' bounds is a leak.
// A bounded load test on loopback: starts Newsgraph in-process on 127.0.0.1 (a fresh
// in-memory database, or a fresh database on the PostgreSQL server named by DATABASE_URL,
// dropped afterwards), drives it with autocannon mixing reads and ingest mutations, then
// checks that every acknowledged write is in the database exactly once. Prints throughput,
// latency percentiles and errors; exits 1 on any error, lost or duplicated write.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { createScratchDatabase } from '../src/db/scratch.ts';
import { createApp, listen } from '../src/server.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    duration: { type: 'string', default: process.env.LOADTEST_DURATION },
    soak: { type: 'boolean', default: false },
    connections: { type: 'string', default: process.env.LOADTEST_CONNECTIONS ?? '50' },
    'write-ratio': { type: 'string', default: '0.2' },
  },
});
const soak = values.soak === true;
const duration = Math.min(soak ? 3_600 : 600, Math.max(1, Number(values.duration ?? (soak ? 600 : 60))));
const connections = Math.min(200, Math.max(1, Number(values.connections)));
const writeRatio = Math.min(1, Math.max(0, Number(values['write-ratio'])));
if (![duration, connections, writeRatio].every(Number.isFinite)) {
  console.error('usage: npm run loadtest -- [--duration seconds] [--connections n] [--write-ratio 0..1] [--soak]');
  process.exit(2);
}

const run = randomBytes(4).toString('hex');
const adminToken = randomBytes(24).toString('hex');

// A fresh database: never the one DATABASE_URL names.
let dropDatabase: (() => Promise<void>) | null = null;
let databaseUrl = 'memory:';
if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')) {
  const base = new URL(process.env.DATABASE_URL!);
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(base.hostname)) {
    console.error('loadtest: DATABASE_URL must point at a loopback PostgreSQL server');
    process.exit(2);
  }
  const scratch = await createScratchDatabase(base.toString(), 'newsgraph_loadtest');
  databaseUrl = scratch.url;
  dropDatabase = scratch.drop;
}

const config = loadConfig({
  ...process.env,
  DATABASE_URL: databaseUrl,
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  SEED_SAMPLE: 'true',
  NEWSGRAPH_ADMIN_TOKEN: adminToken,
  // One client IP drives everything here; the rate limiter would (rightly) stop it.
  RATE_LIMIT_POINTS: '0',
  DB_POOL_MAX: process.env.DB_POOL_MAX ?? '20',
});
const app = await createApp(config);
const server = await listen(app, '127.0.0.1', 0);
const target = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

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
const stats = { reads: 0, writes: 0, graphqlErrors: 0, httpErrors: 0, sampleErrors: [] as string[] };

interface Ctx {
  kind?: 'read' | 'write';
  url?: string;
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
          if (context.kind === 'write') stats.writes++;
          else stats.reads++;
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
      } as unknown as autocannon.Request,
    ],
  },
  () => undefined,
);
autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });

// Memory of this process (server and load generator), in MB: at start, every 30 s, at end.
const mb = (n: number) => Math.round((n / 1_048_576) * 10) / 10;
const memory = (atSecond: number) => {
  const m = process.memoryUsage();
  return { atSecond, rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external) };
};
const started = Date.now();
const samples = [memory(0)];
const sampler = setInterval(() => {
  samples.push(memory(Math.round((Date.now() - started) / 1000)));
  if (soak) console.error(`loadtest: ${JSON.stringify(samples[samples.length - 1])}`);
}, 30_000);
const result = await new Promise<autocannon.Result>((resolve) => instance.on('done', resolve));
clearInterval(sampler);
samples.push(memory(Math.round((Date.now() - started) / 1000)));

// Verify: every acknowledged write is stored exactly once, and nothing else was stored.
const urls = [...acked.keys()];
const rows = await app.db.prisma.article.findMany({ where: { url: { startsWith: `https://loadtest.example/${run}/` } }, select: { url: true } });
const stored = new Map<string, number>();
for (const r of rows) stored.set(r.url, (stored.get(r.url) ?? 0) + 1);
const lost = urls.filter((u) => !stored.has(u));
const duplicated = [...stored.values()].filter((n) => n > 1).length;
const unacknowledged = [...stored.keys()].filter((u) => !acked.has(u)).length;

// Let requests still running finish (bounded), then close.
const force = setTimeout(() => server.closeAllConnections(), 10_000);
server.closeIdleConnections();
await new Promise((resolve) => server.close(resolve));
clearTimeout(force);
// Handlers of requests autocannon abandoned at the end may still be running: give them
// time to finish before the database closes under them (bounded).
await new Promise((resolve) => setTimeout(resolve, 5_000));
await app.close();
await dropDatabase?.();

const errors = result.errors + result.timeouts + result.non2xx + stats.graphqlErrors;
const report = {
  database: databaseUrl.startsWith('memory') ? 'PGlite (memory)' : 'PostgreSQL',
  durationSeconds: duration,
  connections,
  writeRatio,
  requests: result.requests.total,
  throughputPerSecond: Math.round(result.requests.average),
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  reads: stats.reads,
  writes: stats.writes,
  errors: { total: errors, transport: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphql: stats.graphqlErrors, samples: stats.sampleErrors },
  acknowledgedWrites: urls.length,
  storedWrites: stored.size,
  lostWrites: lost.length,
  duplicatedWrites: duplicated,
  /** Writes whose answer was still in flight when the run stopped: stored, not counted. */
  storedButUnacknowledged: unacknowledged,
  memory: {
    start: samples[0],
    end: samples[samples.length - 1],
    peakRssMb: Math.max(...samples.map((x) => x.rssMb)),
    ...(soak ? { samples } : {}),
  },
};
console.log(JSON.stringify(report, null, 2));
const ok = errors === 0 && lost.length === 0 && duplicated === 0 && (urls.length > 0 || writeRatio === 0);
console.log(ok ? 'loadtest: PASS' : 'loadtest: FAIL');
process.exit(ok ? 0 : 1);
