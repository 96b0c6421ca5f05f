// Browser-facing HTTP: security headers on every answer, and CORS as CORS_ORIGINS says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttp, startTestApp } from '../helpers/app.ts';

async function serve(corsOrigins: string[] | null) {
  const t = await startTestApp({ security: { corsOrigins } });
  return { t, http: await startHttp(t) };
}
type Served = Awaited<ReturnType<typeof serve>>;

const QUERY = JSON.stringify({ query: '{ country(code: "FR") { name } }' });
const preflight = (base: string, origin: string) =>
  fetch(`${base}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  });
const post = (base: string, origin?: string) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) }, body: QUERY });

describe('CORS_ORIGINS=* (the default)', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(['*']);
  });
  afterAll(async () => {
    await s?.http.close();
    await s?.t.close();
  });

  it('sets nosniff, no framing and no referrer on every answer', async () => {
    for (const res of [
      await post(s.http.base),
      await fetch(`${s.http.base}/graphql`, { headers: { accept: 'text/html' } }), // GraphiQL
      await fetch(`${s.http.base}/health`),
      await fetch(`${s.http.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }), // malformed
    ]) {
      expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('lets any origin call it, without credentials, exposing the headers clients need', async () => {
    const pre = await preflight(s.http.base, 'https://anywhere.example');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://anywhere.example');
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(pre.headers.get('access-control-allow-headers')).toBe('content-type, authorization');
    expect(pre.headers.get('access-control-max-age')).toBe('600');
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
    const res = await post(s.http.base, 'https://anywhere.example');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://anywhere.example');
    expect(res.headers.get('access-control-expose-headers')).toBe('x-request-id, retry-after, etag');
  });
});

describe('CORS_ORIGINS=<list>', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(['https://app.example', 'http://localhost:5173']);
  });
  afterAll(async () => {
    await s?.http.close();
    await s?.t.close();
  });

  it('allows the listed origins only', async () => {
    for (const origin of ['https://app.example', 'http://localhost:5173']) {
      expect((await preflight(s.http.base, origin)).headers.get('access-control-allow-origin')).toBe(origin);
      expect((await post(s.http.base, origin)).headers.get('access-control-allow-origin')).toBe(origin);
    }
    const other = await preflight(s.http.base, 'https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBe('null');
    // Servers and tools send no Origin: unaffected.
    expect((await post(s.http.base)).status).toBe(200);
  });
});

describe('CORS_ORIGINS=none', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(null);
  });
  afterAll(async () => {
    await s?.http.close();
    await s?.t.close();
  });

  it('sends no CORS headers, so browsers keep to the same origin', async () => {
    const res = await post(s.http.base, 'https://app.example');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
