// Ingestion cost per article, extraction and storage apart, in-process (no HTTP, no load
// generator): the app as the server builds it (createApp), mutations through yoga.fetch.
//
//   NODE_ENV=production RATE_LIMIT_POINTS=0 NEWSGRAPH_ADMIN_TOKEN=bench-writes-token-0123456789abcdef \
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/s3_bench_0_1 \
//   npx tsx bench/experiments/writes/run.ts [--n 100] [--statements] [--concurrency 1]
//
// DATABASE_URL must be a database of your own (it writes; `bench/generate.ts --db NAME` makes
// one) or unset / `memory:` for PGlite in memory. Articles: the devset texts
// (tests/fixtures/devset), each made unique per request by a line naming the run and its
// number, so every request creates a new article whose entities and events mostly exist.
// Prints, per article:
// - extractMs: Node CPU of prepareArticle + extractGraph alone (the same texts, same process);
// - apiMs: Node CPU of the whole mutation (parse, auth, extraction, storage, response), every
//   thread (with EXTRACT_THREADS > 0 extraction runs on a worker thread, still counted);
// - mainMs: CPU of the main thread alone (/proc/self/task/<pid>/stat, 10 ms ticks): what
//   reads on the same process wait behind;
// - storeMs: apiMs - extractMs (the storage side in Node: Prisma, pg, the writer's logic);
// - pgMs: PostgreSQL CPU of this database's backends (from /proc, 10 ms ticks);
// - wallMs, statements per article, articles/s (wall, sequential unless --concurrency);
// - with --profile FILE: a CPU profile of the (last) API pass;
// - with --statements: wall time per statement shape (the SQL's first 90 characters), sorted.
// Runs extraction-only and API passes interleaved (E A E A ...) so they share the machine's state.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { loadConfig } from '../../../src/config.ts';
import { extractGraph } from '../../../src/ingest/extract/index.ts';
import { createApp } from '../../../src/server.ts';
import { prepareArticle } from '../../../src/services/ingest.ts';
import { backendCpuSeconds } from '../../../scripts/proc-stats.ts';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
};
const N = Number(opt('n', '100'));
const ROUNDS = Number(opt('rounds', '3'));
const CONCURRENCY = Number(opt('concurrency', '1'));
const perStatement = argv.includes('--statements');
// --profile FILE: a V8 CPU profile of the API passes only (bench/experiments/profile/summarize.ts reads it).
const profileFile = opt('profile', '');
const session = profileFile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
}

const dir = path.resolve('tests/fixtures/devset');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(dir, f), 'utf8'));
const run = Date.now().toString(36);
let seq = 0;
const nextArticle = () => {
  const n = seq++;
  const text = texts[n % texts.length]!;
  return { url: `https://bench-writes.example/${run}/${n}`, text: `${text.trimEnd()}\n\nBench note ${run}-${n}.`, publishedAt: '2025-06-02T08:00:00Z' };
};


const config = loadConfig();
if (!config.security.adminToken) throw new Error('set NEWSGRAPH_ADMIN_TOKEN (the mutation needs the write scope)');
const database = config.database.kind === 'postgres' ? new URL(config.database.url).pathname.slice(1) : '';
const app = await createApp({ ...config, seedSample: false });
let statements = 0;
app.db.onStatement(() => (statements += 1));
const shapes = new Map<string, { n: number; ms: number }>();
if (perStatement) {
  app.db.observeStatements((sql) => {
    const t0 = performance.now();
    const shape = sql.replace(/\s+/g, ' ').replace(/\$\d+/g, '$').slice(0, 90);
    return () => {
      const s = shapes.get(shape) ?? { n: 0, ms: 0 };
      s.n += 1;
      s.ms += performance.now() - t0;
      shapes.set(shape, s);
    };
  });
}

const MUTATION = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { url } } }';
async function ingest(input: ReturnType<typeof nextArticle>): Promise<void> {
  const res = await app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${config.security.adminToken}` },
    body: JSON.stringify({ query: MUTATION, variables: { input } }),
  });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors"') || !text.includes('"created":true')) throw new Error(`${res.status} ${text.slice(0, 500)}`);
}

/** CPU of the main thread (its task id is the process id), in ms. */
function mainThreadCpuMs(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

function extractPass(inputs: ReturnType<typeof nextArticle>[]): number {
  const c0 = process.cpuUsage();
  for (const input of inputs) {
    const a = prepareArticle({ ...input, publishedAt: new Date(input.publishedAt) });
    extractGraph({ title: a.title, body: a.body, publishedAt: a.publishedAt });
  }
  return cpuMs(process.cpuUsage(c0)) / inputs.length;
}

async function apiPass(inputs: ReturnType<typeof nextArticle>[]) {
  if (session) await session.post('Profiler.start');
  const s0 = statements;
  const pg0 = backendCpuSeconds(database);
  const c0 = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < inputs.length) await ingest(inputs[next++]!);
    }),
  );
  const wall = performance.now() - t0;
  const cpu = cpuMs(process.cpuUsage(c0));
  const main = mainThreadCpuMs() - main0;
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
  }
  return { apiMs: cpu / inputs.length, mainMs: main / inputs.length, pgMs: ((backendCpuSeconds(database) - pg0) * 1000) / inputs.length, wallMs: wall / inputs.length, perSecond: (inputs.length * 1000) / wall, sql: (statements - s0) / inputs.length };
}

// Warm-up: every text once through both paths.
const warm = Array.from({ length: texts.length }, nextArticle);
extractPass(warm);
for (const input of warm) await ingest(input);
shapes.clear();

const rounds = [];
for (let r = 0; r < ROUNDS; r += 1) {
  const inputs = Array.from({ length: N }, nextArticle);
  const extractMs = extractPass(inputs);
  const api = await apiPass(inputs);
  rounds.push({ extractMs, ...api, storeMs: api.apiMs - extractMs });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const keys = ['extractMs', 'storeMs', 'apiMs', 'mainMs', 'pgMs', 'wallMs', 'perSecond', 'sql'] as const;
const out: Record<string, number> = {};
for (const k of keys) out[k] = +median(rounds.map((r) => r[k])).toFixed(2);
console.log(JSON.stringify({ database: config.database.kind, n: N, rounds: ROUNDS, concurrency: CONCURRENCY, median: out }));
if (perStatement) {
  const total = [...shapes.values()].reduce((s, x) => s + x.ms, 0);
  const articles = N * ROUNDS;
  for (const [shape, s] of [...shapes.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30)) {
    console.log(`${((s.ms / articles)).toFixed(3).padStart(7)} ms/article ${(s.n / articles).toFixed(2).padStart(5)}x ${((100 * s.ms) / total).toFixed(1).padStart(5)}%  ${shape}`);
  }
}
await app.close();
process.exit(0);
