// Lookups agree with ingestion (issue 11): URL variants find the stored article, name
// filters match aliases and substrings with case and accents ignored, dates are real
// calendar dates read in UTC, and pages go on after their cursor row is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from './helpers/app.ts';
import { uid } from './helpers/factory.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ adminToken: TEST_ADMIN_TOKEN });
});
afterAll(() => t?.close());

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article { id url publishedAt }
    events { type date datePrecision }
  }
}`;
type Ingested = {
  ingestArticle: { article: { id: string; url: string; publishedAt: string | null }; events: { type: string; date: string | null; datePrecision: string | null }[] };
};
async function ingest(input: Record<string, unknown>) {
  const r = await t.gql<Ingested>(INGEST, { input });
  expect(r.errors).toBeUndefined();
  return r.data!.ingestArticle;
}

describe('URL canonicalization', () => {
  it('article(url:) and the Article url federation key find a stored article by any variant of its URL', async () => {
    const base = `https://News.Example/${uid()}/story?b=2&a=1`;
    const stored = await ingest({ url: `${base}&utm_campaign=x#top`, text: 'A headline\n\nFrance and Germany held talks in Paris on Monday.' });
    expect(stored.article.url).toBe(`https://news.example${new URL(base).pathname}?a=1&b=2`);

    const variants = [stored.article.url, `${base}&utm_source=newsletter`, `${base}&fbclid=abc#comments`, `  ${base}  `];
    for (const url of variants) {
      const r = await t.gql<{ article: { id: string } | null }>('query ($url: String!) { article(url: $url) { id } }', { url });
      expect(r.errors).toBeUndefined();
      expect(r.data!.article?.id, url).toBe(stored.article.id);
    }
    const r = await t.gql<{ _entities: ({ id: string } | null)[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Article { id } } }',
      { r: [...variants, 'https://news.example/missing', 'urn:nothing'].map((url) => ({ __typename: 'Article', url })) },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!._entities).toEqual([...variants.map(() => ({ id: stored.article.id })), null, null]);
  });

  it('a value that is no URL is looked up as given, and finds nothing', async () => {
    const r = await t.gql<{ article: unknown }>('{ article(url: "not a url") { id } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.article).toBeNull();
  });
});

describe('dates', () => {
  it('an impossible date in the text ("February 30, 2025") dates nothing; it is not rolled over to March 2', async () => {
    const out = await ingest({
      url: `https://dates.example/${uid()}`,
      text: 'Recognition\n\nRussia has officially recognized the Taliban government on February 30, 2025, Foreign Minister Sergey Lavrov said.',
      publishedAt: '2025-06-01T00:00:00Z',
    });
    expect(out.events.map((e) => e.type)).toEqual(['RECOGNITION']);
    // The impossible day names no date, so the event is dated as an undated report is.
    expect(out.events[0]!.date).not.toBe('2025-03-02');
    expect(out.events[0]!.date?.startsWith('2025-03')).not.toBe(true);

    const ok = await ingest({
      url: `https://dates.example/${uid()}`,
      text: 'Recognition\n\nRussia has officially recognized the Taliban government on February 29, 2024, Foreign Minister Sergey Lavrov said.',
      publishedAt: '2025-06-01T00:00:00Z',
    });
    expect(ok.events.map((e) => [e.date, e.datePrecision])).toContainEqual(['2024-02-29', 'DAY']);
  });

  it('an HTML publish time without an offset is UTC, whatever the server time zone', async () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      // The process really is in New York now: a local reading would be 16:00Z.
      expect(new Date('2025-07-03T12:00:00').toISOString()).toBe('2025-07-03T16:00:00.000Z');
      const para = 'France and Germany held talks in Paris about trade and energy, officials from both governments said after the meeting ended. '.repeat(3);
      const html = (time: string) =>
        `<html><head><title>Talks</title><meta property="article:published_time" content="${time}"></head><body><article><h1>Talks in Paris</h1><p>${para}</p></article></body></html>`;
      const naive = await ingest({ url: `https://tz.example/${uid()}`, html: html('2025-07-03T12:00:00') });
      expect(naive.article.publishedAt).toBe('2025-07-03T12:00:00.000Z');
      const offset = await ingest({ url: `https://tz.example/${uid()}`, html: html('2025-07-03T12:00:00+02:00') });
      expect(offset.article.publishedAt).toBe('2025-07-03T10:00:00.000Z');
      const impossible = await ingest({ url: `https://tz.example/${uid()}`, html: html('2025-02-30T12:00:00') });
      expect(impossible.article.publishedAt).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('dates given to the API must be calendar-valid: BAD_USER_INPUT, nothing stored', async () => {
    const url = `https://dates.example/${uid()}`;
    const asVariable = await t.gql(INGEST, { input: { url, text: 'T\n\nFrance and Germany held talks.', publishedAt: '2025-02-30T12:00:00Z' } });
    expect(asVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const asLiteral = await t.gql(`mutation { ingestArticle(input: { url: "${url}", text: "T\\n\\nTalks.", publishedAt: "2025-04-31T00:00:00Z" }) { created } }`);
    expect(asLiteral.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const found = await t.gql<{ article: unknown }>('query ($url: String!) { article(url: $url) { id } }', { url });
    expect(found.data!.article).toBeNull();
    for (const q of [
      '{ articles(from: "2025-02-30") { totalCount } }',
      '{ diplomaticEvents(filter: { to: "2025-02-29" }) { totalCount } }',
      '{ country(code: "FR") { timeline(filter: { from: "2025-13-01" }) { totalCount } } }',
    ]) {
      const r = await t.gql(q);
      expect(r.errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message, q).not.toMatch(/\bat\b.*\.ts|SELECT/);
    }
    const vars = await t.gql('query ($d: Date) { articles(to: $d) { totalCount } }', { d: '2023-02-29' });
    expect(vars.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('name filters', () => {
  it('officials(name:) and organizations(name:) match a part of the name or of an alias, case and accents ignored, in page and count', async () => {
    const tag = uid();
    const prisma = t.test.db.prisma;
    await prisma.official.createMany({
      data: [
        { slug: `sergey-lavrov-${tag}`, name: `Sergey Lavrov ${tag}`, aliases: ['Lavrov', `Sergei Lavrov ${tag}`] },
        { slug: `jose-albares-${tag}`, name: `José Manuel Albares ${tag}`, aliases: [] },
        { slug: `radoslaw-sikorski-${tag}`, name: `Radosław Sikorski ${tag}`, aliases: ['Sikorski'] },
        { slug: `other-${tag}`, name: `Someone Else ${tag}`, aliases: [] },
      ],
    });
    await prisma.organization.createMany({
      data: [
        { slug: `nato-${tag}`, name: `North Atlantic Treaty Organization ${tag}`, aliases: [`NATO ${tag}`], kind: 'ALLIANCE' },
        { slug: `other-org-${tag}`, name: `Other Body ${tag}`, aliases: [], kind: 'ALLIANCE' },
      ],
    });
    const officials = async (name: string) => {
      const r = await t.gql<{ officials: { totalCount: number; edges: { node: { name: string } }[] } }>(
        'query ($name: String) { officials(name: $name, first: 10) { totalCount edges { node { name } } } }',
        { name },
      );
      expect(r.errors, name).toBeUndefined();
      return r.data!.officials;
    };
    // An alias, in another case, and a part of it ("sergei" is only in the alias).
    for (const q of [`SERGEI LAVROV ${tag}`, `sergei lavrov ${tag.toUpperCase()}`]) {
      const page = await officials(q);
      expect(page.edges.map((e) => e.node.name), q).toEqual([`Sergey Lavrov ${tag}`]);
      expect(page.totalCount).toBe(1);
    }
    // Accents ignored both ways.
    expect((await officials(`Albarés ${tag}`)).edges.map((e) => e.node.name)).toEqual([`José Manuel Albares ${tag}`]);
    expect((await officials(`jose manuel albares ${tag}`)).totalCount).toBe(1);
    expect((await officials(`RADOSŁAW SIKORSKI ${tag}`)).totalCount).toBe(1);
    expect((await officials(`radoslaw sikorski ${tag}`)).totalCount).toBe(1);
    expect((await officials(`nobody ${tag}`)).totalCount).toBe(0);

    const orgs = await t.gql<{ organizations: { totalCount: number; edges: { node: { name: string } }[] } }>(
      'query ($name: String) { organizations(name: $name) { totalCount edges { node { name } } } }',
      { name: `nato ${tag}` },
    );
    expect(orgs.errors).toBeUndefined();
    expect(orgs.data!.organizations).toEqual({ totalCount: 1, edges: [{ node: { name: `North Atlantic Treaty Organization ${tag}` } }] });

    // Page and count: one statement each, both on the folded names.
    const { result, sql } = await t.statements(() => officials(`lavrov ${tag}`));
    expect(result.totalCount).toBe(1);
    expect(sql).toHaveLength(2);
    for (const s of sql) expect(s).toContain('"searchName"');

    const bad = await t.gql('{ officials(name: "!!") { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
