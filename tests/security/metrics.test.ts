// Prometheus metrics: requests, latency, errors by code, readiness and the database pool.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSecurityConfig } from '../../src/config/security.ts';
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

const gqlAt = (at: string, query: string) =>
  fetch(`${at}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
const gql = (query: string) => gqlAt(base, query);

it('exposes request counts, latency histograms, errors by code and readiness on /metrics', async () => {
  expect((await gql('{ country(code: "FR") { name } }')).status).toBe(200);
  await gql('mutation { revokeApiKey(id: "1") { id } }'); // UNAUTHENTICATED
  await gql('{ countries(first: 100000) { edges { node { code } } } }'); // QUERY_TOO_COMPLEX
  // Without METRICS_TOKEN, /metrics needs no credentials.
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

it('times each phase under the type of the operation the request runs, the HTTP duration by method and status', async () => {
  const count = async (metric: string) => {
    const m = new RegExp(`^${metric} (\\d+)$`, 'm').exec(await (await fetch(`${base}/metrics`)).text());
    return m ? Number(m[1]) : 0;
  };
  const parse = 'graphql_envelop_phase_parse_count{operationType="mutation"}';
  const execute = 'graphql_envelop_phase_execute_count{operationType="mutation"}';
  const http = 'graphql_yoga_http_duration_count{method="POST",statusCode="200",operationType="mutation"}';
  const before = [await count(parse), await count(execute), await count(http)];
  // A query first in the document, the mutation chosen by name (refused: no key; still executed).
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query A { __typename } mutation B { revokeApiKey(id: "1") { id } }', operationName: 'B' }),
  });
  expect(res.status).toBe(200);
  expect([await count(parse), await count(execute), await count(http)]).toEqual(before.map((n) => n + 1));
  const text = await (await fetch(`${base}/metrics`)).text();
  // The context phase is timed from its start to its end (it builds the caller's principal).
  const contextSum = /^graphql_envelop_phase_context_sum\{operationType="query"\} (\S+)$/m.exec(text);
  expect(Number(contextSum?.[1])).toBeGreaterThan(0);
});

describe('METRICS_TOKEN', () => {
  const token = 'metrics-token-0123456789abcdef';
  let s: TestApp;
  let h: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    s = await startTestApp({ security: loadSecurityConfig({ METRICS_TOKEN: token }) });
    h = await startHttp(s);
  });
  afterAll(async () => {
    await h?.close();
    await s?.close();
  });

  it('serves /metrics only with Authorization: Bearer <token>, 401 otherwise', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789abcdef', `Basic ${token}`, `Bearer ${token}x`, 'Bearer ']) {
      const res = await fetch(`${h.base}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(res.status, authorization ?? 'no header').toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(await res.text()).not.toMatch(/newsgraph_/);
    }
    const ok = await fetch(`${h.base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/newsgraph_ready 1/);
  });

  it('leaves /graphql and /health alone', async () => {
    expect((await gqlAt(h.base, '{ country(code: "FR") { name } }')).status).toBe(200);
    expect((await fetch(`${h.base}/health`)).status).toBe(200);
  });
});

it('takes no label a client chooses: operation names, URLs and error paths make no new series', async () => {
  const before = (await (await fetch(`${base}/metrics`)).text()).split('\n').filter((l) => l && !l.startsWith('#')).length;
  for (let i = 0; i < 20; i++) {
    await gql(`query Chosen${i}xyz { alias${i}xyz: country(code: "FR") { name } }`);
    await fetch(`${base}/graphql?query=${encodeURIComponent(`query Get${i}xyz { country(code: "DE") { name } }`)}&n=${i}`);
    await gql(`query Bad${i}xyz { alias${i}xyz: revokeApiKey }`);
  }
  const text = await (await fetch(`${base}/metrics`)).text();
  expect(text).not.toMatch(/\d+xyz/);
  expect(text).not.toMatch(/operationName=/);
  expect(text).not.toContain('graphql_envelop_deprecated_field');
  const after = text.split('\n').filter((l) => l && !l.startsWith('#')).length;
  // A few new series for new status codes or error codes at most, not one per request.
  expect(after - before).toBeLessThan(40);
});
