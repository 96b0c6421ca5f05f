// Node CPU per request, in-process, for the benchmark's read scenarios: Newsgraph's app
// (createApp, as the bench server builds it) answers through yoga.fetch, so the numbers hold
// no HTTP or load-generator cost. Run once per variant (the switches are read at start-up),
// with `--profile FILE` for a CPU profile of the timed requests (FILE.<scenario>.cpuprofile;
// bench/experiments/profile/summarize.ts reads it):
//
//   NODE_ENV=production RESPONSE_CACHE=false RATE_LIMIT_POINTS=0 \
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/newsgraph_bench_0_1 \
//   bench/node_modules/node/bin/node --import tsx bench/experiments/profile/run.ts [--n 150] [--only nested]
//
// Prints per scenario: Node CPU per request (user + system, process.cpuUsage: the main thread
// and the GC's helper threads), PostgreSQL CPU per request (the backends of this database,
// from /proc, 10 ms ticks), wall time, SQL statements per request and a digest of the
// response (equal across variants when the data is the same).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadConfig } from '../../../src/config.ts';
import { createApp } from '../../../src/server.ts';
import { events, nested } from '../../scenarios.ts';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
};
const N = Number(opt('n', '150'));
const WARM = Number(opt('warmup', '30'));
const only = opt('only', '');
// --profile FILE: a CPU profile of the timed loops only (start-up and warm-up left out).
const profileFile = opt('profile', '');
const session = profileFile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
}

const scenarios: Record<string, string> = {
  nested: nested(20).newsgraph,
  events: events(20).newsgraph,
  country: `{ country(code: "US") { code name officials(first: 10) { edges { node { name positions { title startDate } } } } } }`,
  nestedCount: `{ countries(first: 20) { edges { node { code officials(first: 20) { totalCount edges { node { name positions { title country { code } } } } } } } } }`,
};

/** CPU seconds of the PostgreSQL backends serving this database (their title names it): other work on the server is left out. */
function backendCpu(database: string): number {
  let sum = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${database} `)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      sum += (Number(f[11]) + Number(f[12])) / 100;
    } catch {
      // exited meanwhile
    }
  }
  return sum;
}

const config = loadConfig();
const database = config.database.kind === 'postgres' ? new URL(config.database.url).pathname.slice(1) : '';
const app = await createApp({ ...config, seedSample: false });
let statements = 0;
app.db.onStatement(() => (statements += 1));

async function run(query: string): Promise<string> {
  const res = await app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${res.status} ${text.slice(0, 500)}`);
  return text;
}

const out: Record<string, unknown> = {};
for (const [name, query] of Object.entries(scenarios)) {
  if (only && !only.split(',').includes(name)) continue;
  const digest = createHash('sha256').update(await run(query)).digest('hex').slice(0, 12);
  for (let i = 0; i < WARM; i += 1) await run(query);
  const s0 = statements;
  const pg0 = backendCpu(database);
  if (session) await session.post('Profiler.start');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N; i += 1) await run(query);
  const wall = (performance.now() - t0) / N;
  const c = process.cpuUsage(c0);
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`${profileFile}.${name}.cpuprofile`, JSON.stringify(profile));
  }
  const pgMs = ((backendCpu(database) - pg0) * 1000) / N;
  out[name] = { cpuMs: +((c.user + c.system) / 1000 / N).toFixed(2), pgMs: +pgMs.toFixed(2), wallMs: +wall.toFixed(2), sql: (statements - s0) / N, digest };
}
console.log(JSON.stringify(out));
await app.close();
process.exit(0);
