// ingestArticle: raw article in, graph with evidence out; idempotent, atomic, strict.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExtractionThreads, stopExtractionThreads } from '../src/services/extraction-pool.ts';
import { prepareAndExtract } from '../src/services/ingest.ts';
import { readSample } from '../src/services/seed.ts';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from './helpers/app.ts';
import { uid } from './helpers/factory.ts';

let t: TestApp;
beforeAll(async () => {
  // Mutations need a key with the write scope: t.gql sends the bootstrap admin token.
  t = await startTestApp({ adminToken: TEST_ADMIN_TOKEN });
});
afterAll(() => t?.close());

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created extracted language entitiesAdded eventsAdded
    article { id url title body source publishedAt countries { code } organizations { slug: name } officials { name } }
    events { type date datePrecision factuality
      participants { role actor { __typename ... on Country { code } ... on Official { slug } ... on Organization { slug } } }
      evidence { sentence start end } }
  }
}`;

type Payload = {
  ingestArticle: {
    created: boolean;
    extracted: boolean;
    language: string;
    eventsAdded: number;
    article: { id: string; url: string; title: string; body: string; source: string | null; countries: { code: string }[]; officials: { name: string }[] };
    events: { type: string; date: string | null; participants: { role: string; actor: { __typename: string; code?: string; slug?: string } }[]; evidence: { sentence: string; start: number; end: number }[] }[];
  };
};

const ingest = (input: Record<string, unknown>) => t.gql<Payload>(INGEST, { input });
const rawSample = readFileSync(new URL('../samples/asumetech-russia-recognizes-taliban.txt', import.meta.url), 'utf8');
const actorKey = (a: { __typename: string; code?: string; slug?: string }) => `${a.__typename}:${a.code ?? a.slug}`;

describe('ingestArticle', () => {
  it('reproduces the curated sample graph from the raw sample text', async () => {
    const { graph } = await readSample();
    const r = await ingest({ url: `https://www.asumetech.example/russia-taliban-${uid()}`, text: rawSample, publishedAt: '2025-07-03T12:00:00Z', sourceName: 'AsumeTech' });
    expect(r.errors).toBeUndefined();
    const p = r.data!.ingestArticle;
    expect(p).toMatchObject({ created: true, extracted: true, language: 'en' });
    expect(p.article.title).toBe('Russia’s Historic Move to Recognize the Taliban Government');
    expect(p.article.body).not.toMatch(/Leave a Reply|Follow AsumeTech/);
    expect(p.article.countries.map((c) => c.code).sort()).toEqual(graph.countries.map((c) => c.code).sort());
    const got = p.events.map((e) => ({
      type: e.type,
      date: e.date,
      participants: e.participants.map((x) => `${x.role}:${actorKey(x.actor)}`).sort(),
      evidence: e.evidence.map((x) => x.sentence).sort(),
    }));
    // The writer also records the country of each official and organization taking part.
    const countryOf = new Map([...graph.officials, ...graph.organizations].map((a) => [a.slug, a.countryCode]));
    const want = graph.events.map((e) => {
      const countries = new Set(e.participants.flatMap((x) => (x.actor.kind === 'country' ? [x.actor.code] : [])));
      const derived = [...new Set(e.participants.flatMap((x) => (x.actor.kind === 'country' ? [] : [countryOf.get(x.actor.slug) ?? null])))]
        .filter((c): c is string => c !== null && !countries.has(c))
        .map((c) => `PARTICIPANT:Country:${c}`);
      return {
        type: e.type,
        date: e.date?.date ?? null,
        participants: [
          ...e.participants.map((x) => `${x.role}:${x.actor.kind === 'country' ? `Country:${x.actor.code}` : x.actor.kind === 'official' ? `Official:${x.actor.slug}` : `Organization:${x.actor.slug}`}`),
          ...derived,
        ].sort(),
        evidence: e.evidence.map((x) => x.sentence).sort(),
      };
    });
    expect(got.sort((a, b) => a.type.localeCompare(b.type))).toEqual(want.sort((a, b) => a.type.localeCompare(b.type)));
    for (const e of p.events) for (const ev of e.evidence) expect(p.article.body.slice(ev.start, ev.end)).toBe(ev.sentence);
  });

  it('updates instead of duplicating: same URL, or same text under another URL', async () => {
    const url = `https://news.example/${uid()}?utm_source=x#top`;
    const text = `Canada expels diplomats ${uid()}\n\nCanada expelled two Chinese diplomats on Monday, Foreign Minister Melanie Joly said.`;
    const first = await ingest({ url, text, publishedAt: '2024-05-06T10:00:00Z' });
    expect(first.data!.ingestArticle.created).toBe(true);
    expect(first.data!.ingestArticle.article.url).toBe(url.replace('?utm_source=x#top', ''));
    const again = await ingest({ url, text, publishedAt: '2024-05-06T10:00:00Z' });
    const copy = await ingest({ url: `https://mirror.example/${uid()}`, text, publishedAt: '2024-05-06T10:00:00Z' });
    expect(again.data!.ingestArticle).toMatchObject({ created: false });
    expect(copy.data!.ingestArticle).toMatchObject({ created: false });
    expect(new Set([first, again, copy].map((r) => r.data!.ingestArticle.article.id)).size).toBe(1);
    expect(await t.test.db.prisma.article.count({ where: { body: { contains: 'Canada expelled two Chinese diplomats' } } })).toBe(1);
  });

  it('leaves exactly one article when twenty ingest it at once', async () => {
    const url = `https://news.example/concurrent-${uid()}`;
    const text = `France and Germany sign treaty\n\nFrance and Germany signed a defence agreement in Paris on Tuesday. ${uid()}`;
    const results = await Promise.all(Array.from({ length: 20 }, () => ingest({ url, text, publishedAt: '2024-02-06T10:00:00Z' })));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect(results.filter((r) => r.data!.ingestArticle.created)).toHaveLength(1);
    expect(await t.test.db.prisma.article.count({ where: { url } })).toBe(1);
  });

  it('extracts the main text of an HTML page and drops its boilerplate', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Site</title>
      <meta property="og:site_name" content="Example Wire"><meta property="article:published_time" content="2024-03-07T09:00:00Z"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Sweden joins NATO</h1>
      <p>Sweden formally joined NATO on Thursday, becoming the alliance's 32nd member after a long wait for approval from Turkey and Hungary.</p>
      <p>Prime Minister Ulf Kristersson called it a historic day for his country as the Swedish flag was raised in Brussels.</p>
      <p>Follow Example Wire on</p></article>
      <aside>More Stories Today</aside><footer>Leave a Reply</footer></body></html>`;
    const r = await ingest({ url: `https://wire.example/${uid()}`, html });
    expect(r.errors).toBeUndefined();
    const p = r.data!.ingestArticle;
    expect(p.article.title).toBe('Sweden joins NATO');
    expect(p.article.source).toBe('Example Wire');
    expect(p.article.body).toContain('Sweden formally joined NATO on Thursday');
    expect(p.article.body).not.toMatch(/Home|More Stories|Leave a Reply|Follow Example Wire/);
    expect(p.events.map((e) => e.type)).toContain('MEMBERSHIP_JOINED');
  });

  it('stores an article in another language without extracting from it', async () => {
    const text = `La France reconnaît l'État de Palestine\n\nLe président de la République a annoncé que la France reconnaîtra l'État de Palestine lors de l'Assemblée générale des Nations unies en septembre, une décision saluée par plusieurs pays arabes.`;
    const r = await ingest({ url: `https://journal.example/${uid()}`, text });
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingestArticle).toMatchObject({ extracted: false, language: 'fr', events: [] });
    expect(r.data!.ingestArticle.article.countries).toEqual([]);
  });

  it('refuses bad input with a typed reason and stores nothing', async () => {
    const before = await t.test.db.prisma.article.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ url: 'not a url', text: 'Some text here.' }, 'INVALID_URL'],
      [{ url: 'ftp://files.example/a', text: 'Some text here.' }, 'INVALID_URL'],
      [{ url: 'https://x.example/1' }, 'NO_CONTENT'],
      [{ url: 'https://x.example/2', text: 'a', html: '<p>a</p>' }, 'BOTH_TEXT_AND_HTML'],
      [{ url: 'https://x.example/3', text: '   \n\n  ', title: 'Empty' }, 'EMPTY_TEXT'],
      [{ url: 'https://x.example/4', html: '<html><body><nav>Home</nav></body></html>' }, 'EMPTY_TEXT'],
      [{ url: 'https://x.example/5', text: 'x'.repeat(2_000_001) }, 'TOO_LARGE'],
      [{ url: 'https://x.example/6', text: 'PK\u0003\u0004\u0000\u0000binary\u0001\u0002' }, 'BINARY_CONTENT'],
      [{ url: 'https://x.example/7', text: 'Broken \uD800 text and \uFFFD\uFFFD\uFFFD replacement' }, 'INVALID_ENCODING'],
    ];
    for (const [input, reason] of cases) {
      const r = await ingest(input);
      expect(r.errors?.[0]?.extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(r.data ?? null).toBeNull();
    }
    expect(await t.test.db.prisma.article.count()).toBe(before);
  });

  it('merges one event reported by two articles', async () => {
    const tag = uid();
    const a = await ingest({ url: `https://a.example/${tag}`, text: `Japan lifts sanctions\n\nJapan lifted its sanctions on South Korea on Friday, the foreign ministry said.`, publishedAt: '2024-06-07T10:00:00Z' });
    const b = await ingest({ url: `https://b.example/${tag}`, text: `Tokyo eases measures\n\nTokyo lifted sanctions on South Korea on Friday, ending a long dispute.`, publishedAt: '2024-06-08T10:00:00Z' });
    const ea = a.data!.ingestArticle.events.filter((e) => e.type === 'SANCTIONS_LIFTED');
    const eb = b.data!.ingestArticle.events.filter((e) => e.type === 'SANCTIONS_LIFTED');
    expect(ea).toHaveLength(1);
    expect(eb).toHaveLength(1);
    expect(b.data!.ingestArticle.eventsAdded).toBe(0);
    expect(eb[0]!.evidence.length).toBeGreaterThanOrEqual(1);
  });
});

describe('ingestArticle on extraction threads (EXTRACT_THREADS > 0)', () => {
  beforeAll(() => startExtractionThreads(1), 60_000);
  afterAll(() => stopExtractionThreads());

  it('stores what inline extraction finds, and refuses bad input with the same typed reason, storing nothing', async () => {
    const tag = uid();
    const input = { url: `https://threads.example/${tag}`, text: `Japan lifts sanctions\n\nJapan lifted its sanctions on South Korea on Friday, the foreign ministry said in statement ${tag}.`, publishedAt: '2019-03-08T10:00:00Z' };
    const inline = prepareAndExtract({ ...input, publishedAt: new Date(input.publishedAt) });
    if (!inline.ok || !inline.graph) throw new Error('the inline extraction refused the article');
    const r = await ingest(input);
    expect(r.errors).toBeUndefined();
    const p = r.data!.ingestArticle;
    expect(p).toMatchObject({ created: true, extracted: true, language: 'en' });
    expect(p.article.title).toBe(inline.article.title);
    expect(p.events.map((e) => e.type).sort()).toEqual(inline.graph.events.map((e) => e.type).sort());
    // The events may hold other articles' evidence too (the same event reported before).
    expect(p.events.flatMap((e) => e.evidence.map((x) => x.sentence))).toEqual(expect.arrayContaining(inline.graph.events.flatMap((e) => e.evidence.map((x) => x.sentence))));

    const before = await t.test.db.prisma.article.count();
    for (const [bad, reason] of [
      [{ url: 'not a url', text: 'Some text here.' }, 'INVALID_URL'],
      [{ url: `https://threads.example/${tag}/empty`, text: '   \n\n  ', title: 'Empty' }, 'EMPTY_TEXT'],
      [{ url: `https://threads.example/${tag}/binary`, text: 'PK\u0003\u0004\u0000\u0000binary\u0001\u0002' }, 'BINARY_CONTENT'],
    ] as const) {
      const refused = await ingest(bad);
      expect(refused.errors?.[0]?.extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(refused.data ?? null).toBeNull();
    }
    expect(await t.test.db.prisma.article.count()).toBe(before);
  });
});
