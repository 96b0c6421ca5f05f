// Node CPU per request over real HTTP: one bench server process (bench/newsgraph-server.ts,
// NODE_ENV=production, RESPONSE_CACHE=false, RATE_LIMIT_POINTS=0, the bench's Node 22) per
// variant, loaded by autocannon with a fixed number of requests; the server's CPU comes from
// /proc/<pid>/stat (10 ms ticks), so the load generator's own work is left out. The part the
// in-process harness (../profile/run.ts) does not see: the node:http server, whatwg-node's
// adapter (Request from IncomingMessage, Response to ServerResponse) and the socket writes.
//
//   bench/node_modules/node/bin/node --import tsx bench/experiments/http/run.ts \
//     --variants "old@/work/main;new" [--only typename,node] [--n 4000] [--rounds 4] \
//     [--ports 4800] [--database newsgraph_bench_0_1] [--connections 10] [--profile DIR]
//
// Variants: NAME, then `=VAR=value,VAR=value` environment overrides, then `@DIR` for another
// checkout (its bench/newsgraph-server.ts and src/). Rounds interleave the variants (A B A B,
// each round starting at the next one), and the numbers are sums over rounds. A digest of each
// variant's first response body (per scenario) is printed: equal across variants when the
// answers are. `--profile DIR`: each server runs under ./profiled-server.ts and writes a V8 CPU
// profile of its timed runs only (DIR/<variant>.<scenario>.cpuprofile; ../profile/summarize.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backendCpuSeconds, cpuMs } from '../../../scripts/proc-stats.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const NODE22 = join(ROOT, 'bench/node_modules/node/bin/node');
const { default: autocannon } = (await import(join(ROOT, 'bench/node_modules/autocannon/autocannon.js'))) as {
  default: (opts: Record<string, unknown>, cb: (err: Error | null, r: { requests: { total: number }; non2xx: number; errors: number }) => void) => void;
};

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
};
const N = Number(opt('n', '4000'));
const ROUNDS = Number(opt('rounds', '4'));
const PORTS = Number(opt('ports', '4800'));
const CONNECTIONS = Number(opt('connections', '10'));
const DATABASE = opt('database', 'newsgraph_bench_0_1');
const only = opt('only', 'typename,node');
const profileDir = opt('profile', '');

interface Variant {
  name: string;
  env: Record<string, string>;
  root: string;
}
function parseVariants(spec: string): Variant[] {
  return spec.split(';').filter(Boolean).map((part) => {
    const [head, dir] = part.split('@') as [string, string | undefined];
    const eq = head.indexOf('=');
    const env: Record<string, string> = {};
    if (eq >= 0) {
      for (const kv of head.slice(eq + 1).split(',').filter(Boolean)) {
        const i = kv.indexOf('=');
        env[kv.slice(0, i)] = kv.slice(i + 1);
      }
    }
    return { name: eq < 0 ? head : head.slice(0, eq), env, root: resolve(dir ?? ROOT) };
  });
}

interface Server {
  variant: Variant;
  child: ChildProcess;
  url: string;
  profileFile?: string;
}
function startServer(variant: Variant, port: number): Promise<Server> {
  const args = ['--import', 'tsx', profileDir ? join(HERE, 'profiled-server.ts') : 'bench/newsgraph-server.ts'];
  const child = spawn(NODE22, args, {
    cwd: variant.root,
    env: {
      ...process.env,
      DATABASE_URL: `postgresql://postgres@127.0.0.1:5432/${DATABASE}`,
      SEED_SAMPLE: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      DB_POOL_MAX: '10',
      RATE_LIMIT_POINTS: '0',
      RESPONSE_CACHE: 'false',
      ...variant.env,
      PORT: String(port),
      ...(profileDir ? { PROFILE_FILE: join(resolve(profileDir), `${variant.name}.current.cpuprofile`) } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`${variant.name} did not start:\n${out}`)), 120_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes(`READY ${port}`)) {
        clearTimeout(timer);
        res({ variant, child, url: `http://127.0.0.1:${port}/graphql`, profileFile: profileDir ? join(resolve(profileDir), `${variant.name}.current.cpuprofile`) : undefined });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => !out.includes(`READY ${port}`) && rej(new Error(`${variant.name} exited (${code}):\n${out}`)));
  });
}

interface Body {
  query: string;
  variables?: Record<string, unknown>;
}
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
async function scenarios(url: string): Promise<Record<string, string[]>> {
  // The node(id:) look-ups of bench/scenarios.ts: 100 officials spread over the table.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:5432/${DATABASE}` });
  await client.connect();
  const ids = (await client.query<{ id: number }>('SELECT id FROM "Official" WHERE id % 97 = 1 ORDER BY id LIMIT 100')).rows.map((r) => Number(r.id));
  await client.end();
  void url;
  const all: Record<string, Body[]> = {
    typename: [{ query: '{ __typename }' }],
    node: ids.map((id) => ({ query: 'query ($id: ID!) { node(id: $id) { id ... on Official { name slug country { code name } } } }', variables: { id: b64(`Official:${id}`) } })),
    country: [{ query: '{ country(code: "US") { code name officials(first: 10) { edges { node { name positions { title startDate } } } } } }' }],
  };
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.map((b) => JSON.stringify(b))]));
}

function load(url: string, payloads: string[], amount: number): Promise<{ total: number; bad: number }> {
  let i = 0;
  return new Promise((res, rej) =>
    autocannon(
      {
        url,
        method: 'POST',
        connections: CONNECTIONS,
        amount,
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: payloads[i++ % payloads.length] }) }],
      },
      (err, r) => (err ? rej(err) : res({ total: r.requests.total, bad: r.non2xx + r.errors })),
    ),
  );
}

/** Stops the server's profile (the second SIGUSR2) and waits until it is written to `file`. */
async function profiled(s: Server, file: string): Promise<void> {
  // profiled-server.ts writes to $PROFILE_FILE, read once; it is renamed here.
  const { renameSync } = await import('node:fs');
  const written = new Promise<void>((res) => {
    const onData = (d: Buffer) => {
      if (!d.toString().includes('PROFILED')) return;
      s.child.stdout!.off('data', onData);
      res();
    };
    s.child.stdout!.on('data', onData);
  });
  s.child.kill('SIGUSR2');
  await written;
  renameSync(s.profileFile!, file);
}

const variants = parseVariants(opt('variants', 'default'));
const servers: Server[] = [];
const stopAll = () => servers.forEach((s) => s.child.exitCode === null && s.child.kill('SIGKILL'));
process.on('exit', stopAll);
for (const [i, v] of variants.entries()) servers.push(await startServer(v, PORTS + i));
const all = await scenarios(servers[0]!.url);

for (const [name, payloads] of Object.entries(all)) {
  if (!only.split(',').includes(name)) continue;
  const sums = new Map<string, { cpu: number; pg: number; n: number; bad: number; wall: number }>();
  const digests = new Map<string, string>();
  for (const s of servers) {
    const res = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payloads[0]! });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${s.variant.name}: ${res.status} ${text.slice(0, 300)}`);
    const headers = [...res.headers.entries()].filter(([k]) => !['date', 'x-request-id', 'keep-alive', 'connection'].includes(k)).map(([k, v]) => `${k}: ${v}`).sort();
    digests.set(s.variant.name, `${createHash('sha256').update(text).digest('hex').slice(0, 12)} headers ${createHash('sha256').update(headers.join('\n')).digest('hex').slice(0, 8)}`);
    await load(s.url, payloads, Math.min(N, 1000)); // warm-up
    sums.set(s.variant.name, { cpu: 0, pg: 0, n: 0, bad: 0, wall: 0 });
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const s of [...servers.slice(round % servers.length), ...servers.slice(0, round % servers.length)]) {
      const sum = sums.get(s.variant.name)!;
      if (profileDir) s.child.kill('SIGUSR2');
      const c0 = cpuMs(s.child.pid!)!;
      const pg0 = backendCpuSeconds(DATABASE);
      const t0 = performance.now();
      const r = await load(s.url, payloads, N);
      sum.wall += performance.now() - t0;
      sum.cpu += cpuMs(s.child.pid!)! - c0;
      sum.pg += backendCpuSeconds(DATABASE) - pg0;
      sum.n += r.total;
      sum.bad += r.bad;
      if (profileDir) await profiled(s, `${resolve(profileDir)}/${s.variant.name}.${name}${ROUNDS > 1 ? `.r${round}` : ''}.cpuprofile`);
    }
  }
  console.log(name);
  for (const [v, s] of sums) {
    console.log(
      `  ${v.padEnd(14)} ${JSON.stringify({ cpuMs: +(s.cpu / s.n).toFixed(4), pgMs: +((s.pg * 1000) / s.n).toFixed(3), rps: Math.round(s.n / (s.wall / 1000)), n: s.n, bad: s.bad, digest: digests.get(v) })}`,
    );
  }
}
for (const s of servers) s.child.kill('SIGTERM');
await new Promise((r) => setTimeout(r, 1500));
process.exit(0);
