// Prometheus metrics: requests, latency, errors by code, readiness and the database pool.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHttp, startTestApp, type TestApp } from '../helpers/app.ts';
import { usingPostgres } from '../helpers/db.ts';

let t: TestApp;
let http: Awaited<ReturnType<typeof startHttp>>;
let base: string;
beforeAll(async () => {
  t = await startTestApp({ seedSample: true });
  http = await startHttp(t);
  base = http.base;
});
afterAll(async () => {
  await http?.close();
  await t?.close();
});

const gql = (query: string) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

it('exposes request counts, latency histograms, errors by code and readiness on /metrics', async () => {
  expect((await gql('{ country(code: "FR") { name } }')).status).toBe(200);
  await gql('mutation { revokeApiKey(id: "1") { id } }'); // UNAUTHENTICATED
  await gql('{ countries(first: 100000) { edges { node { code } } } }'); // QUERY_TOO_COMPLEX
  const res = await fetch(`${base}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/plain/);
  const text = await res.text();
  expect(text).toMatch(/newsgraph_http_requests_total\{method="POST",status="200"\} [1-9]/);
  expect(text).toMatch(/newsgraph_graphql_errors_total\{code="UNAUTHENTICATED"\} 1/);
  expect(text).toMatch(/newsgraph_graphql_errors_total\{code="QUERY_TOO_COMPLEX"\} 1/);
  expect(text).toMatch(/graphql_envelop_phase_execute_bucket/);
  expect(text).toMatch(/graphql_yoga_http_duration_bucket/);
  expect(text).toMatch(/newsgraph_ready 1/);
  expect(text).toMatch(/newsgraph_process_cpu_user_seconds_total/);
  if (usingPostgres) expect(text).toMatch(/newsgraph_db_pool_connections\{state="total"\} \d+/);
});
