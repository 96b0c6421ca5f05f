// `npx tsx scripts/bench-trace.ts [requests] [rounds]`: the Node CPU a nested query costs with and
// without a federated trace (header `apollo-federation-include-trace: ftv1`), in process
// (yoga.fetch) on an in-memory embedded database with the countries loaded. The untraced
// figure is what every ordinary client pays for the tracing plugin being there.
import { createApp } from '../src/server.ts';
import { loadConfig } from '../src/config.ts';

const N = Number(process.argv[2] ?? 200);
const ROUNDS = Number(process.argv[3] ?? 5);
// 100 countries, each with a dozen fields and a nested page: about 1,700 resolved fields.
const QUERY = `{ countries(first: 100) { totalCount edges { cursor node { id code alpha3 name officialName region subregion
  officials(first: 3) { totalCount edges { node { id name } } } } } } }`;

// No response cache (it would answer the untraced repeats without executing) nor rate limit.
Object.assign(process.env, { DATABASE_URL: 'memory:', LOG_LEVEL: 'silent', SEED_SAMPLE: 'false', RATE_LIMIT_POINTS: '0', RESPONSE_CACHE: 'false' });
const config = loadConfig(process.env);
const app = await createApp(config);
const run = async (traced: boolean) => {
  const res = await app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(traced ? { 'apollo-federation-include-trace': 'ftv1' } : {}) },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = (await res.json()) as { errors?: unknown; extensions?: { ftv1?: string } };
  if (body.errors || traced !== (body.extensions?.ftv1 !== undefined)) throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
};
/** CPU microseconds (user + system) per request over n requests. */
async function cpuPerRequest(traced: boolean, n: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await run(traced);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

for (let i = 0; i < 50; i++) await run(i % 2 === 0);
const rounds: Record<'untraced' | 'traced', number[]> = { untraced: [], traced: [] };
for (let r = 0; r < ROUNDS; r++) {
  rounds.untraced.push(await cpuPerRequest(false, N));
  rounds.traced.push(await cpuPerRequest(true, N));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`node ${process.version}, ${N} requests x ${ROUNDS} rounds, CPU per request (median):`);
console.log(`  untraced: ${(median(rounds.untraced) / 1000).toFixed(2)} ms   rounds: ${rounds.untraced.map((v) => (v / 1000).toFixed(2)).join(', ')}`);
console.log(`  traced:   ${(median(rounds.traced) / 1000).toFixed(2)} ms   rounds: ${rounds.traced.map((v) => (v / 1000).toFixed(2)).join(', ')}`);
await app.close();
