// The server over real HTTP: health, readiness, GraphiQL, request IDs, malformed requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp, startTestApp, type TestApp } from './helpers/app.ts';

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

describe('HTTP', () => {
  it('answers health and readiness checks', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it('serves GraphiQL with a useful default query to browsers', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Newsgraph');
    expect(html).toContain('diplomaticEvents');
  });

  it('runs queries over POST and GET and echoes or assigns a request ID', async () => {
    const post = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'abc-123' },
      body: JSON.stringify({ query: '{ country(code: "AF") { name } }' }),
    });
    expect(post.headers.get('x-request-id')).toBe('abc-123');
    // extensions carry the operation's cost and the caller's remaining rate-limit budget.
    expect(await post.json()).toMatchObject({ data: { country: { name: 'Afghanistan' } }, extensions: { rateLimit: { remaining: expect.any(Number) } } });
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ country(code: "RU") { alpha3 } }')}`);
    expect(get.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await get.json()).toMatchObject({ data: { country: { alpha3: 'RUS' } } });
  });

  it('answers malformed requests with a 400 and no internals', async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
    // GraphQL over HTTP: a document that fails validation is a 400 for this media type.
    const unknown = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/nope/);
  });
});
