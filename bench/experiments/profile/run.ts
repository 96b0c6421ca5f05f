// Node CPU per request, in-process, for the benchmark's read scenarios and for trivial ones
// (the fixed cost of the request path): Newsgraph's app (createApp, as the bench server builds
// it) answers through yoga.fetch, so the numbers hold no HTTP or load-generator cost. With
// `--profile FILE`, a CPU profile of the timed requests (FILE.<variant>.<scenario>.cpuprofile;
// bench/experiments/profile/summarize.ts reads it):
//
//   NODE_ENV=production RESPONSE_CACHE=false RATE_LIMIT_POINTS=0 \
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/newsgraph_bench_0_1 \
//   bench/node_modules/node/bin/node --import tsx bench/experiments/profile/run.ts [--n 150] [--only typename,node]
//
// A/B in one process: `--variants "a;b=METRICS=false;c=RESPONSE_CACHE=true;old@/work/main"` builds
// one app per variant (NAME, then `=VAR=value,VAR=value` environment overrides read at
// start-up, then `@DIR` for another checkout's src/, e.g. the code before a change) and runs
// `--rounds R` rounds, each variant's N requests in turn per scenario (A/B/A/B), so load on a
// shared machine falls on every variant alike; the numbers are the sums over the rounds.
//
// Prints per variant and scenario: Node CPU per request (user + system, process.cpuUsage: the
// main thread and the GC's helper threads), PostgreSQL CPU per request (the backends of this
// database, from /proc, 10 ms ticks), wall time, SQL statements per request and a digest of
// the response (equal across variants when the data is the same).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { events, nested } from '../../scenarios.ts';
import { backendCpuSeconds } from '../../../scripts/proc-stats.ts';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
};
const N = Number(opt('n', '150'));
const WARM = Number(opt('warmup', '30'));
const ROUNDS = Number(opt('rounds', '1'));
const only = opt('only', '');
// --profile FILE: a CPU profile of the timed loops only (start-up and warm-up left out).
const profileFile = opt('profile', '');
const session = profileFile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
}

interface Body {
  query: string;
  variables?: Record<string, unknown>;
}
/** Each scenario: the bodies it cycles through (one, or the node(id:) look-ups' 100). */
type Scenarios = Record<string, Body[]>;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** The scenarios; node(id:) looks up the bench's 100 officials (bench/scenarios.ts). */
async function scenarios(sql: (q: string) => Promise<{ id: number }[]>): Promise<Scenarios> {
  const officials = (await sql('SELECT id FROM "Official" WHERE id % 97 = 1 ORDER BY id LIMIT 100')).map((r) => Number(r.id));
  const one = (query: string) => [{ query }];
  return {
    typename: one('{ __typename }'),
    node: officials.map((id) => ({
      query: 'query ($id: ID!) { node(id: $id) { id ... on Official { name slug country { code name } } } }',
      variables: { id: b64(`Official:${id}`) },
    })),
    country: one(`{ country(code: "US") { code name officials(first: 10) { edges { node { name positions { title startDate } } } } } }`),
    nested: one(nested(20).newsgraph),
    events: one(events(20).newsgraph),
    search: one('{ search(query: "sanctions embassy", first: 20) { edges { node { article { title url } } } } }'),
    nestedCount: one(`{ countries(first: 20) { edges { node { code officials(first: 20) { totalCount edges { node { name positions { title country { code } } } } } } } } }`),
  };
}


interface Variant {
  name: string;
  env: Record<string, string>;
  root: string;
}
/** `name=VAR=v,VAR=v@dir;...` */
function parseVariants(spec: string): Variant[] {
  return spec.split(';').filter(Boolean).map((part) => {
    const [head, dir] = part.split('@') as [string, string | undefined];
    const eq = head.indexOf('=');
    const name = eq < 0 ? head : head.slice(0, eq);
    const env: Record<string, string> = {};
    if (eq >= 0) {
      for (const kv of head.slice(eq + 1).split(',').filter(Boolean)) {
        const i = kv.indexOf('=');
        env[kv.slice(0, i)] = kv.slice(i + 1);
      }
    }
    return { name, env, root: resolve(dir ?? '.') };
  });
}

interface Live {
  variant: Variant;
  app: { yoga: { fetch: (url: string, init: RequestInit) => Promise<Response> }; db: { onStatement(cb: () => void): void; sql<T>(q: string): Promise<T[]> }; close(): Promise<void> };
  statements: number;
}

/** Builds a variant's app with its environment in force while the configuration is read. */
async function build(variant: Variant): Promise<Live> {
  const saved = { ...process.env };
  Object.assign(process.env, variant.env);
  try {
    const { loadConfig } = (await import(`${variant.root}/src/config.ts`)) as typeof import('../../../src/config.ts');
    const { createApp } = (await import(`${variant.root}/src/server.ts`)) as typeof import('../../../src/server.ts');
    const app = await createApp({ ...loadConfig(), seedSample: false });
    const live: Live = { variant, app: app as unknown as Live['app'], statements: 0 };
    app.db.onStatement(() => (live.statements += 1));
    return live;
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

async function run(live: Live, body: Body): Promise<string> {
  const res = await live.app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${live.variant.name}: ${res.status} ${text.slice(0, 500)}`);
  return text;
}

const variants = parseVariants(opt('variants', 'default'));
const lives: Live[] = [];
for (const v of variants) lives.push(await build(v));
const database = process.env.DATABASE_URL?.startsWith('postgres') ? new URL(process.env.DATABASE_URL).pathname.slice(1) : '';
const all = await scenarios((q) => lives[0]!.app.db.sql<{ id: number }>(q));

interface Sum {
  cpuUs: number;
  pg: number;
  wall: number;
  sql: number;
  n: number;
  digest: string;
}
const sums = new Map<string, Sum>();
for (const [name, bodies] of Object.entries(all)) {
  if (only && !only.split(',').includes(name)) continue;
  for (const live of lives) {
    const digest = createHash('sha256').update(await run(live, bodies[0]!)).digest('hex').slice(0, 12);
    for (let i = 0; i < WARM; i += 1) await run(live, bodies[i % bodies.length]!);
    sums.set(`${live.variant.name}.${name}`, { cpuUs: 0, pg: 0, wall: 0, sql: 0, n: 0, digest });
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    // Each round starts at the next variant, so no variant always runs first (or last).
    for (const live of [...lives.slice(round % lives.length), ...lives.slice(0, round % lives.length)]) {
      const sum = sums.get(`${live.variant.name}.${name}`)!;
      const s0 = live.statements;
      const pg0 = backendCpuSeconds(database);
      if (session) await session.post('Profiler.start');
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < N; i += 1) await run(live, bodies[i % bodies.length]!);
      sum.wall += performance.now() - t0;
      const c = process.cpuUsage(c0);
      if (session) {
        const { profile } = await session.post('Profiler.stop');
        writeFileSync(`${profileFile}.${live.variant.name}.${name}${ROUNDS > 1 ? `.r${round}` : ''}.cpuprofile`, JSON.stringify(profile));
      }
      sum.cpuUs += c.user + c.system;
      sum.pg += backendCpuSeconds(database) - pg0;
      sum.sql += live.statements - s0;
      sum.n += N;
    }
  }
}
const out: Record<string, Record<string, unknown>> = {};
for (const [key, s] of sums) {
  const [variant, scenario] = key.split('.') as [string, string];
  (out[scenario] ??= {})[variant] = {
    cpuMs: +(s.cpuUs / 1000 / s.n).toFixed(3),
    pgMs: +((s.pg * 1000) / s.n).toFixed(2),
    wallMs: +(s.wall / s.n).toFixed(2),
    sql: s.sql / s.n,
    digest: s.digest,
  };
}
for (const [scenario, byVariant] of Object.entries(out)) {
  console.log(scenario);
  for (const [variant, r] of Object.entries(byVariant)) console.log(`  ${variant.padEnd(14)} ${JSON.stringify(r)}`);
}
for (const live of lives) await live.app.close();
process.exit(0);
