// Fuzzing ingestArticle with random, binary, huge and deeply nested input: every answer is
// either a stored article or a clear BAD_USER_INPUT with a reason, and a refusal stores
// nothing. Seeded, so a failure reproduces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ adminToken: TEST_ADMIN_TOKEN });
});
afterAll(() => t?.close());

const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { url } } }';

/** Mulberry32: a small seeded PRNG. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20261127);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T,>(xs: readonly T[]) => xs[int(xs.length)]!;
const randomString = (len: number, alphabet: 'ascii' | 'unicode' | 'binary') =>
  Array.from({ length: len }, () =>
    String.fromCharCode(alphabet === 'ascii' ? 32 + int(95) : alphabet === 'binary' ? int(32) : pick([int(0xd7ff), 0x4e00 + int(500), 0x0400 + int(200), 0x1f600 & 0xffff])),
  ).join('');

async function counts() {
  const p = t.test.db.prisma;
  return { articles: await p.article.count(), events: await p.diplomaticEvent.count(), evidence: await p.evidence.count() };
}

type Outcome = { kind: 'stored' } | { kind: 'refused'; reason: string };

async function ingest(input: Record<string, unknown>): Promise<Outcome> {
  const before = await counts();
  const r = await t.gql<{ ingestArticle: { created: boolean; article: { url: string } } }>(INGEST, { input });
  const err = r.errors?.[0];
  if (err) {
    expect(err.extensions?.code, JSON.stringify(r.errors).slice(0, 300)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors)).not.toMatch(/at .*\.(ts|js):\d+|prisma|Unexpected error/i);
    expect(await counts()).toEqual(before);
    const reason = err.extensions?.reason ?? err.extensions?.argument ?? 'GRAPHQL';
    return { kind: 'refused', reason: typeof reason === 'string' ? reason : JSON.stringify(reason) };
  }
  expect(r.data!.ingestArticle.article.url).toMatch(/^https?:\/\//);
  return { kind: 'stored' };
}

const url = () => `https://fuzz.example/${int(1e9)}`;

describe('ingest fuzzing', { timeout: 300_000 }, () => {
  it('binary and control characters are refused', async () => {
    for (let i = 0; i < 8; i++) {
      const out = await ingest({ url: url(), text: `Title\n\n${randomString(200 + int(2000), 'binary')}` });
      expect(out.kind).toBe('refused');
    }
    expect(await ingest({ url: url(), html: `<html><body>${'\u0000'.repeat(50)}</body></html>` })).toMatchObject({ kind: 'refused' });
  });

  it('huge inputs are refused', async () => {
    expect(await ingest({ url: url(), text: `Title\n\n${'word '.repeat(420_000)}` })).toEqual({ kind: 'refused', reason: 'TOO_LARGE' });
    expect(await ingest({ url: url(), html: `<p>${'x'.repeat(2_100_000)}</p>` })).toEqual({ kind: 'refused', reason: 'TOO_LARGE' });
    expect((await ingest({ url: `https://fuzz.example/${'a'.repeat(100_000)}`, text: 'Title\n\nSome text.' })).kind).toBeDefined();
  });

  it('deeply nested HTML is refused or stored, never crashes', async () => {
    for (const depth of [1_000, 10_000, 50_000]) {
      const nested = `<html><body>${'<div>'.repeat(depth)}France and Germany signed a treaty.${'</div>'.repeat(depth)}</body></html>`;
      expect(await ingest({ url: url(), html: nested })).toEqual({ kind: 'refused', reason: 'TOO_DEEPLY_NESTED' });
      const unclosed = `<html><body>${'<div><span><b>'.repeat(depth / 10)}France and Germany signed a treaty.`;
      await ingest({ url: url(), html: unclosed });
    }
    // Shallow but sloppy pages (thousands of unclosed paragraphs) are still read.
    const sloppy = `<html><head><title>Talks</title></head><body>${'<p>France and Germany held talks in Berlin on Monday.'.repeat(2_000)}</body></html>`;
    expect(await ingest({ url: url(), html: sloppy })).toEqual({ kind: 'stored' });
    // The server still works afterwards.
    const ok = await t.gql<{ country: { name: string } }>('{ country(code: "FR") { name } }');
    expect(ok.data!.country.name).toBe('France');
  });

  it('random inputs: stored or refused with a reason, nothing half-stored', async () => {
    const reasons = new Map<string, number>();
    for (let i = 0; i < 60; i++) {
      const input: Record<string, unknown> = {
        url: pick([url(), `ftp://x/${i}`, 'not a url', '', `https://fuzz.example/${randomString(20, 'unicode')}`, `javascript:alert(${i})`]),
      };
      const body = randomString(int(3000), pick(['ascii', 'unicode', 'binary'] as const));
      const shape = int(5);
      if (shape === 0) input.text = body;
      else if (shape === 1) input.html = `<html><head><title>${randomString(30, 'ascii')}</title></head><body><p>${body}</p></body></html>`;
      else if (shape === 2) Object.assign(input, { text: body, html: `<p>${body}</p>` });
      else if (shape === 3) input.html = Array.from({ length: 200 }, () => pick(['<div>', '</div>', '<p>', '<script>', '</script>', '<!--', '-->', '<![CDATA[', '&amp;', '&#0;', body.slice(0, 20)])).join('');
      if (int(3) === 0) input.publishedAt = pick(['2024-01-01T00:00:00Z', '1900-01-01T00:00:00Z', '9999-12-31T23:59:59Z']);
      if (int(3) === 0) input.sourceName = randomString(int(300), 'unicode');
      const out = await ingest(input);
      if (out.kind === 'refused') reasons.set(out.reason, (reasons.get(out.reason) ?? 0) + 1);
    }
    // The corpus exercised several refusal paths.
    expect(reasons.size).toBeGreaterThanOrEqual(3);
  });
});
