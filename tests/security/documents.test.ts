// Query documents have a size limit of their own (MAX_DOCUMENT_BYTES), checked before
// parsing and apart from the body limit that large ingest variables need; the parse cache
// is bounded by (estimated) bytes, so unique large documents cannot hold unbounded memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BYTES_PER_SOURCE_CHAR } from '../../src/security/parse-cache.ts';
import { startHttp, startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let http: Awaited<ReturnType<typeof startHttp>>;

const MAX_DOCUMENT = 100_000;
const CACHE_BYTES = 2_000_000;

beforeAll(async () => {
  t = await startTestApp({
    seedSample: true,
    security: { maxDocumentBytes: MAX_DOCUMENT, maxBodyBytes: 5_000_000, parseCacheBytes: CACHE_BYTES, rateLimitPoints: 0 },
  });
  http = await startHttp(t);
});
afterAll(async () => {
  await http?.close();
  await t?.close();
});

const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
const padded = (query: string, bytes: number) => `${query}\n#${'x'.repeat(Math.max(0, bytes - query.length - 2))}`;

async function post(body: unknown) {
  const res = await fetch(`${http.base}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } };
}

describe('MAX_DOCUMENT_BYTES', () => {
  it('refuses a 300 KB document (a short query padded with a comment) with 413 DOCUMENT_TOO_LARGE, before parsing', async () => {
    const { result: res, sql } = await t.statements(() => post({ query: padded('{ country(code: "AF") { name } }', 300_000) }));
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0]?.extensions.code).toBe('DOCUMENT_TOO_LARGE');
    expect(res.body.errors?.[0]?.message).toMatch(/at most 100000/);
    expect(res.body.data).toBeUndefined();
    expect(sql).toEqual([]);
    expect(t.app.parseCache!.documentCache.size + t.app.parseCache!.errorCache.size).toBe(0);
  });

  it('counts bytes, not characters, and applies to GET too', async () => {
    // 40,000 three-byte characters: 120 KB.
    const wide = await post({ query: `{ country(code: "AF") { name } }\n#${'€'.repeat(40_000)}` });
    expect(wide.status).toBe(413);
    // In process: Node's HTTP server itself refuses headers over 16 KB (431).
    const url = `http://localhost/graphql?query=${encodeURIComponent(padded('{ country(code: "AF") { name } }', 150_000))}`;
    const get = await t.app.yoga.fetch(url, { headers: { accept: 'application/graphql-response+json' } });
    expect(get.status).toBe(413);
    expect(((await get.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('DOCUMENT_TOO_LARGE');
  });

  it('still takes a document just under the limit, and large variables up to the body limit', async () => {
    const under = await post({ query: padded('{ country(code: "AF") { name } }', MAX_DOCUMENT - 10) });
    expect(under.status).toBe(200);
    expect(under.body.data).toEqual({ country: { name: 'Afghanistan' } });
    const bigVariables = await post({ query: 'query ($code: String!) { country(code: $code) { name } }', variables: { code: 'AF', filler: 'y'.repeat(1_000_000) } });
    expect(bigVariables.status).toBe(200);
    expect(bigVariables.body.data).toEqual({ country: { name: 'Afghanistan' } });
  });
});

describe('the parse cache', () => {
  it('holds no more than PARSE_CACHE_BYTES (estimated) however many unique large documents arrive, and still caches small ones', async () => {
    const cache = t.app.parseCache!.documentCache;
    // 100 unique documents of 50 KB: about 60 MB of estimated AST, 30 times the budget.
    for (let i = 0; i < 100; i++) {
      const res = await post({ query: padded(`{ country(code: "AF") { name } } # ${i}`, 50_000) });
      expect(res.status).toBe(200);
      expect(cache.calculatedSize).toBeLessThanOrEqual(CACHE_BYTES);
    }
    expect(cache.size).toBeGreaterThan(0);
    expect(cache.size).toBeLessThanOrEqual(Math.floor(CACHE_BYTES / (50_000 * BYTES_PER_SOURCE_CHAR)));
    const small = '{ country(code: "FR") { name } }';
    expect((await post({ query: small })).status).toBe(200);
    expect(cache.has(small)).toBe(true);
  });
});
