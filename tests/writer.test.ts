// Storing an article and its graph: idempotent, all or nothing, safe under concurrency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeArticleGraph, GraphIntegrityError } from '../src/services/graph-writer.ts';
import { readSample } from '../src/services/seed.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { fakeArticle, uid } from './helpers/factory.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

async function countsFor(url: string, slugs: string[]) {
  const p = t.test.db.prisma;
  return {
    articles: await p.article.count({ where: { url } }),
    officials: await p.official.count({ where: { slug: { in: slugs } } }),
    events: await p.diplomaticEvent.count({ where: { evidence: { some: { article: { url } } } } }),
    evidence: await p.evidence.count({ where: { article: { url } } }),
    positions: await p.position.count({ where: { official: { slug: { in: slugs } } } }),
  };
}

describe('storeArticleGraph', () => {
  it('resolves URL and text clashes: copies keep their URLs, an edited page hands its place to its oldest copy', async () => {
    const tag = uid();
    const none = { countries: [], organizations: [], officials: [], events: [] };
    const at = (path: string, body: string) => ({ url: `https://clash.example/${tag}/${path}`, title: `Clash ${path}`, body, language: 'en', publishedAt: null, sourceName: null });
    const [x, y, z] = ['X', 'Y', 'Z'].map((k) => `Text ${k} of clash ${tag}.`) as [string, string, string];
    const store = (path: string, body: string) => storeArticleGraph(t.test.db.prisma, at(path, body), none);
    const urlsOf = async (id: number) => {
      const a = await t.test.db.prisma.article.findUniqueOrThrow({ where: { id }, include: { alternateUrls: { orderBy: { url: 'asc' } } } });
      return { url: a.url.split('/').pop(), body: a.body, alternates: a.alternateUrls.map((u) => u.url.split('/').pop()) };
    };

    const first = await store('a', x);
    expect(first.created).toBe(true);
    // The same text under other URLs: one article, two alternate URLs.
    expect(await store('b', x)).toMatchObject({ articleId: first.articleId, created: false });
    expect(await store('c', x)).toMatchObject({ articleId: first.articleId, created: false });
    expect(await store('b', x)).toMatchObject({ articleId: first.articleId, created: false });
    expect(await urlsOf(first.articleId)).toEqual({ url: 'a', body: x, alternates: ['b', 'c'] });

    // Page a now shows another article's text: that article gains a, the oldest copy (b) takes a's place.
    const other = await store('d', y);
    expect(await store('a', y)).toMatchObject({ articleId: other.articleId, created: false });
    expect(await urlsOf(first.articleId)).toEqual({ url: 'b', body: x, alternates: ['c'] });
    expect(await urlsOf(other.articleId)).toEqual({ url: 'd', body: y, alternates: ['a'] });

    // A copy's page now shows new text: it leaves its article for a new one.
    const third = await store('c', z);
    expect(third.created).toBe(true);
    expect(await urlsOf(first.articleId)).toEqual({ url: 'b', body: x, alternates: [] });
    expect(await urlsOf(third.articleId)).toEqual({ url: 'c', body: z, alternates: [] });
  });

  it('stores the same article twice without duplicating anything', async () => {
    const { article, graph } = fakeArticle({ officials: 2, events: 3 });
    const slugs = graph.officials.map((o) => o.slug);
    const first = await storeArticleGraph(t.test.db.prisma, article, graph);
    const before = await countsFor(article.url, slugs);
    const second = await storeArticleGraph(t.test.db.prisma, { ...article, title: 'Updated title' }, graph);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.articleId).toBe(first.articleId);
    expect(await countsFor(article.url, slugs)).toEqual(before);
    expect(before).toEqual({ articles: 1, officials: 2, events: 3, evidence: 3, positions: 4 });
    const stored = await t.test.db.prisma.article.findUniqueOrThrow({ where: { url: article.url } });
    expect(stored.title).toBe('Updated title');
  });

  it('merges one event reported by two articles into one event with two pieces of evidence', async () => {
    const tag = uid();
    const a = fakeArticle({ tag, events: 1, eventType: 'SANCTIONS_IMPOSED', date: '2024-03-01' });
    const b = fakeArticle({ tag, events: 1, eventType: 'SANCTIONS_IMPOSED', date: '2024-03-01' });
    b.article.url += '-second-report';
    b.article.body += ' A second outlet reported it too.'; // different text, same event
    await storeArticleGraph(t.test.db.prisma, a.article, a.graph);
    await storeArticleGraph(t.test.db.prisma, b.article, b.graph);
    const events = await t.test.db.prisma.diplomaticEvent.findMany({
      where: { evidence: { some: { article: { url: { in: [a.article.url, b.article.url] } } } } },
      include: { evidence: true },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.evidence).toHaveLength(2);
  });

  it('stores nothing when any part of the graph is invalid', async () => {
    const { article, graph } = fakeArticle({ officials: 1, events: 2 });
    graph.events[1]!.evidence[0]!.start += 1; // no longer matches the body
    await expect(storeArticleGraph(t.test.db.prisma, article, graph)).rejects.toBeInstanceOf(GraphIntegrityError);
    expect(await countsFor(article.url, graph.officials.map((o) => o.slug))).toMatchObject({ articles: 0, officials: 0, events: 0 });
  });

  it('rolls back everything when the database rejects a row half-way', async () => {
    const { article, graph } = fakeArticle({ officials: 1, events: 2 });
    graph.countries.push({ code: 'QQ', mentions: 1 }); // not an ISO country
    await expect(storeArticleGraph(t.test.db.prisma, article, graph)).rejects.toThrow(/QQ/);
    expect(await countsFor(article.url, graph.officials.map((o) => o.slug))).toMatchObject({ articles: 0, officials: 0 });
  });

  it('leaves exactly one article when twenty store it at once', async () => {
    const { article, graph } = fakeArticle({ officials: 2, events: 2 });
    const results = await Promise.all(Array.from({ length: 20 }, () => storeArticleGraph(t.test.db.prisma, article, graph)));
    expect(new Set(results.map((r) => r.articleId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await countsFor(article.url, graph.officials.map((o) => o.slug))).toEqual({ articles: 1, officials: 2, events: 2, evidence: 2, positions: 4 });
  });

  it('stores the curated sample with every evidence offset pointing at its sentence', async () => {
    const { article, graph } = await readSample();
    await storeArticleGraph(t.test.db.prisma, { ...article, url: `${article.url}-${uid()}` }, graph);
    const evidence = await t.test.db.prisma.evidence.findMany({ include: { article: { select: { body: true } } } });
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(e.article.body.slice(e.start, e.end)).toBe(e.sentence);
  });
});
