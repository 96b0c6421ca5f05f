// Lookups agree with ingestion (issue 11): URL variants find the stored article, name
// filters match aliases and substrings with case and accents ignored, dates are real
// calendar dates read in UTC, and pages go on after their cursor row is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPerformanceConfig } from '../src/config.ts';
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
      // Each page its own text: the same text under another URL would be the same article.
      const html = (time: string) =>
        `<html><head><title>Talks</title><meta property="article:published_time" content="${time}"></head><body><article><h1>Talks in Paris</h1><p>${para} Reference ${uid()}.</p></article></body></html>`;
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

// With KEYSET_PAGINATION=false (the benchmark's ablation) Prisma's own cursor is used, which cannot.
describe.skipIf(!loadPerformanceConfig().keysetPagination)('paging after the cursor row is gone', () => {
  type Conn = { totalCount: number; edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  const list = async (field: string, args: string, after: string | null) => {
    const r = await t.gql<Record<string, Conn>>(
      `query ($after: String) { ${field}(${args}first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(r.errors).toBeUndefined();
    return r.data![field]!;
  };
  const localId = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString().split(':')[1]);

  it('articles, events and officials go on where they were when the last row of a page is deleted', async () => {
    const prisma = t.test.db.prisma;
    const tag = uid();
    // Dated after everything else in this file's database, so they lead the newest-first lists.
    await prisma.article.createMany({
      data: Array.from({ length: 6 }, (_, i) => ({
        url: `https://paging.example/${tag}/${i}`,
        title: `Paging ${i}`,
        body: `Paging body ${tag} ${i}`,
        contentHash: `${tag}${String(i).padStart(2, '0')}`.padEnd(64, '0'),
        publishedAt: new Date(Date.UTC(2099, 0, 10 - i)),
      })),
    });
    for (let i = 0; i < 6; i += 1) {
      await prisma.diplomaticEvent.create({ data: { key: `paging-${tag}-${i}`, sidesKey: `paging-${tag}-${i}`, type: 'VISIT', summary: `Paging ${i}`, date: new Date(Date.UTC(2099, 0, 10 - i)) } });
    }
    await prisma.official.createMany({ data: Array.from({ length: 6 }, (_, i) => ({ slug: `aaa-${tag}-${i}`, name: `Aaaa Paging ${tag} ${i}`, aliases: [] })) });

    const cases = [
      { field: 'articles', args: '', remove: (id: number) => prisma.article.delete({ where: { id } }) },
      { field: 'diplomaticEvents', args: '', remove: (id: number) => prisma.diplomaticEvent.delete({ where: { id } }) },
      { field: 'officials', args: `name: "Aaaa Paging ${tag}", `, remove: (id: number) => prisma.official.delete({ where: { id } }) },
    ];
    for (const { field, args, remove } of cases) {
      const first = await list(field, args, null);
      const whole = [...first.edges.map((e) => e.node.id)];
      let next = first;
      while (next.pageInfo.hasNextPage && whole.length < 6) {
        next = await list(field, args, next.pageInfo.endCursor);
        whole.push(...next.edges.map((e) => e.node.id));
      }
      expect(whole.length, field).toBeGreaterThanOrEqual(6);
      // The client holds the first page; its last row goes away before it asks for the next.
      await remove(localId(first.edges[1]!.node.id));
      const after = await list(field, args, first.pageInfo.endCursor);
      expect(after.edges.map((e) => e.node.id), field).toEqual(whole.slice(2, 4));
      expect(after.pageInfo.hasNextPage, field).toBe(true);
      // The edge cursor works the same as endCursor.
      const byEdge = await list(field, args, first.edges[1]!.cursor);
      expect(byEdge.edges.map((e) => e.node.id), field).toEqual(whole.slice(2, 4));
    }
  });
});

describe('timeline past the end', () => {
  it('a page after the last event still reports the real totalCount, for one country and for a list of them', async () => {
    const prisma = t.test.db.prisma;
    const tag = uid();
    for (let i = 0; i < 3; i += 1) {
      await prisma.diplomaticEvent.create({
        data: {
          key: `timeline-${tag}-${i}`,
          sidesKey: `timeline-${tag}-${i}`,
          type: 'VISIT',
          summary: `Timeline ${i}`,
          date: new Date(Date.UTC(2020, i, 1)),
          participants: { create: [{ role: 'INITIATOR', countryCode: 'NZ' }, { role: 'RECIPIENT', countryCode: 'FJ' }] },
        },
      });
    }
    type Page = { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const timeline = async (after: string | null) => {
      const r = await t.gql<{ country: { timeline: Page } }>(
        'query ($after: String) { country(code: "NZ") { timeline(first: 2, after: $after) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } } }',
        { after },
      );
      expect(r.errors).toBeUndefined();
      return r.data!.country.timeline;
    };
    const p1 = await timeline(null);
    expect([p1.totalCount, p1.edges.length, p1.pageInfo.hasNextPage]).toEqual([3, 2, true]);
    const p2 = await timeline(p1.pageInfo.endCursor);
    expect([p2.totalCount, p2.edges.length]).toEqual([3, 1]);
    // Past the end: an offset cursor beyond the last event (a client holding a stale page).
    const past = await timeline(Buffer.from('OffsetConnection:9').toString('base64'));
    expect([past.totalCount, past.edges.length, past.pageInfo.hasNextPage]).toEqual([3, 0, false]);

    // Several countries in one request: one page statement, one count for the keys past the end.
    const { result, sql } = await t.statements(() =>
      t.gql<{ countries: { edges: { node: { code: string; timeline: Page } }[] } }>(
        `{ countries(name: "i", first: 100) { edges { node { code timeline(first: 2, after: "${Buffer.from('OffsetConnection:2').toString('base64')}") { totalCount edges { cursor } } } } } }`,
      ),
    );
    const fiji = result.data!.countries.edges.find((e) => e.node.code === 'FJ')!.node.timeline;
    expect([fiji.totalCount, fiji.edges.length]).toEqual([3, 0]);
    expect(sql.filter((s) => s.includes('"DiplomaticEvent"')).length).toBeLessThanOrEqual(3);
  });
});
