// Full-text article search (ranking, snippets, filters, paging) and entity search by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { storeFake, uid } from '../helpers/factory.ts';
import { storeText } from './build.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seedSample: true });
});
afterAll(() => t?.close());

interface Hit { rank: number; snippet: string; titleHighlight: string; article: { title: string } }
interface SearchResult { search: { totalCount: number; edges: { cursor: string; node: Hit }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }

const SEARCH = `query ($q: String!, $filter: ArticleSearchFilter, $first: Int, $after: String) {
  search(query: $q, filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { rank snippet titleHighlight article { title } } }
    pageInfo { hasNextPage endCursor }
  } }`;

describe('article search', () => {
  const word = `zorblat${uid().replace(/\d/g, 'x')}`;
  beforeAll(async () => {
    await storeText(t.test.db.prisma, { title: `Talks on ${word} stall`, body: `Delegates met. The ${word} question stayed open.`, countries: ['FR'], publishedAt: new Date('2024-03-01T00:00:00Z') });
    await storeText(t.test.db.prisma, { title: 'Other news', body: `A note on ${word} in passing. Then ${word} again, and once more ${word}.`, countries: ['DE'], publishedAt: new Date('2024-09-01T00:00:00Z') });
    await storeText(t.test.db.prisma, { title: 'Unrelated', body: 'Nothing to see here.', countries: ['FR'] });
  });

  it('ranks a title match above body matches and highlights the matched words', async () => {
    const r = await t.gql<SearchResult>(SEARCH, { q: word });
    expect(r.errors).toBeUndefined();
    const hits = r.data!.search.edges.map((e) => e.node);
    expect(r.data!.search.totalCount).toBe(2);
    expect(hits.map((h) => h.article.title)).toEqual([`Talks on ${word} stall`, 'Other news']);
    expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank);
    expect(hits[0]!.titleHighlight).toBe(`Talks on <mark>${word}</mark> stall`);
    expect(hits[1]!.snippet).toContain(`<mark>${word}</mark>`);
    expect(hits[1]!.titleHighlight).toBe('Other news');
  });

  it('searches the sample with stemming and phrases', async () => {
    const r = await t.gql<SearchResult>(SEARCH, { q: 'recognizing "Taliban government"' });
    expect(r.data!.search.edges[0]?.node.snippet).toMatch(/<mark>Taliban<\/mark> <mark>government<\/mark>/);
    const none = await t.gql<SearchResult>(SEARCH, { q: 'Taliban -Russia' });
    expect(none.data!.search.totalCount).toBe(0);
  });

  it('filters by country, date range, official, organization and event type', async () => {
    const fr = await t.gql<SearchResult>(SEARCH, { q: word, filter: { countryCodes: ['FRA'] } });
    expect(fr.data!.search.edges.map((e) => e.node.article.title)).toEqual([`Talks on ${word} stall`]);
    const late = await t.gql<SearchResult>(SEARCH, { q: word, filter: { from: '2024-06-01', to: '2024-09-01' } });
    expect(late.data!.search.edges.map((e) => e.node.article.title)).toEqual(['Other news']);

    const tag = uid();
    const stored = await storeFake(t.test.db.prisma, { tag, eventType: 'SANCTIONS_IMPOSED', countries: ['JP', 'KR'] });
    const ids = await t.gql<{ officials: { edges: { node: { id: string } }[] }; organizations: { edges: { node: { id: string } }[] } }>(
      `query ($n: String!) { officials(name: $n) { edges { node { id } } } organizations(name: $n) { edges { node { id } } } }`,
      { n: tag },
    );
    const officialId = ids.data!.officials.edges[0]!.node.id;
    const organizationId = ids.data!.organizations.edges[0]!.node.id;
    expect(stored.articleId).toBeGreaterThan(0);
    for (const filter of [{ eventTypes: ['SANCTIONS_IMPOSED'] }, { officialIds: [officialId] }, { organizationIds: [organizationId] }]) {
      const r = await t.gql<SearchResult>(SEARCH, { q: tag, filter });
      expect(r.errors, JSON.stringify(filter)).toBeUndefined();
      expect(r.data!.search.totalCount, JSON.stringify(filter)).toBe(1);
    }
    const wrongType = await t.gql<SearchResult>(SEARCH, { q: tag, filter: { eventTypes: ['VISIT'] } });
    expect(wrongType.data!.search.totalCount).toBe(0);
  });

  it('pages with Relay cursors', async () => {
    const first = await t.gql<SearchResult>(SEARCH, { q: word, first: 1 });
    expect(first.data!.search.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<SearchResult>(SEARCH, { q: word, first: 1, after: first.data!.search.pageInfo.endCursor });
    expect(second.data!.search.edges.map((e) => e.node.article.title)).toEqual(['Other news']);
    expect(second.data!.search.pageInfo.hasNextPage).toBe(false);
    expect(second.data!.search.totalCount).toBe(2);
  });

  it('computes headlines and the total only when asked for, with the same hits either way', async () => {
    const full = await t.statements(() => t.gql<SearchResult>(SEARCH, { q: word }));
    const lean = await t.statements(() =>
      t.gql<{ search: { edges: { node: { rank: number; article: { title: string } } }[] } }>(
        'query ($q: String!) { search(query: $q) { edges { node { rank article { title } } } } }', { q: word }));
    expect(lean.result.errors).toBeUndefined();
    const ranked = (edges: { node: { rank: number; article: { title: string } } }[]) => edges.map((e) => [e.node.article.title, e.node.rank]);
    expect(ranked(lean.result.data!.search.edges)).toEqual(ranked(full.result.data!.search.edges));
    const headlines = (sql: string[]) => sql.filter((s) => s.includes('ts_headline')).length;
    const windows = (sql: string[]) => sql.filter((s) => s.includes('OVER ()')).length;
    expect([headlines(full.sql), windows(full.sql)]).toEqual([1, 1]);
    expect([headlines(lean.sql), windows(lean.sql)]).toEqual([0, 0]);
    expect(lean.sql).toHaveLength(full.sql.length);
    // Asked through a fragment, a highlight is still computed.
    const viaFragment = await t.statements(() =>
      t.gql<{ search: { edges: { node: { titleHighlight: string } }[] } }>(
        'query ($q: String!) { search(query: $q) { edges { node { ...H } } } } fragment H on ArticleSearchHit { titleHighlight }', { q: word }));
    expect(viaFragment.result.data!.search.edges[0]!.node.titleHighlight).toBe(`Talks on <mark>${word}</mark> stall`);
    expect([headlines(viaFragment.sql), windows(viaFragment.sql)]).toEqual([1, 0]);
    // Past the end, the total is still right when asked for (it comes from its own count).
    const past = await t.gql<SearchResult>(SEARCH, { q: word, first: 1, after: (await t.gql<SearchResult>(SEARCH, { q: word, first: 2 })).data!.search.pageInfo.endCursor });
    expect(past.data!.search).toMatchObject({ totalCount: 2, edges: [] });
  });

  it('rejects an empty query, a page over 100 and an unknown country', async () => {
    for (const [vars, arg] of [[{ q: ' ?! ' }, 'query'], [{ q: word, first: 101 }, 'first'], [{ q: word, filter: { countryCodes: ['XX'] } }, 'filter.countryCodes']] as const) {
      const r = await t.gql(SEARCH, vars);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.argument).toBe(arg);
    }
  });

  it('costs the same number of SQL statements for 1 or 12 hits with nested fields', async () => {
    const term = `quelb${uid().replace(/\d/g, 'y')}`;
    const query = `{ search(query: "${term}", first: 50) { totalCount edges { node { snippet article { title countries { code } officials { name } diplomaticEvents { type } } } } } }`;
    const counts: number[] = [];
    for (const n of [1, 11]) {
      for (let i = 0; i < n; i += 1) {
        await storeText(t.test.db.prisma, { title: `${term} ${counts.length} ${i}`, body: `${term} body ${counts.length} ${i}`, countries: ['IT', 'ES'] });
      }
      const { result, sql } = await t.statements(() => t.gql<{ search: { edges: unknown[] } }>(query));
      expect(result.errors).toBeUndefined();
      expect(result.data!.search.edges.length).toBe(n === 1 ? 1 : 12);
      counts.push(sql.length);
    }
    expect(counts[1]).toBe(counts[0]);
    // search, articles, then one per nested relation (Prisma loads each in one query)
    expect(counts[0]).toBeLessThanOrEqual(8);
  });
});

interface Match { score: number; entity: { __typename: string; code?: string; name?: string; positions?: { title: string }[] } }

const ENTITIES = `query ($q: String!, $kinds: [EntityKind!], $countryCode: String) {
  searchEntities(query: $q, kinds: $kinds, countryCode: $countryCode) { score entity { __typename
    ... on Country { code name } ... on Official { name positions { title } } ... on Organization { name } } } }`;

const names = async (q: string, vars: Record<string, unknown> = {}) => {
  const r = await t.gql<{ searchEntities: Match[] }>(ENTITIES, { q, ...vars });
  expect(r.errors).toBeUndefined();
  return r.data!.searchEntities.map((m) => `${m.entity.__typename}:${m.entity.code ?? m.entity.name}`);
};

describe('entity search', () => {
  it('finds officials by surname, alias or the start of a name, in any case', async () => {
    expect((await names('lavrov'))[0]).toBe('Official:Sergey Lavrov');
    expect((await names('Muttaqi'))[0]).toBe('Official:Amir Khan Muttaqi');
    expect((await names('sergei lav'))[0]).toBe('Official:Sergey Lavrov');
    expect(await names('muttaq', { kinds: ['OFFICIAL'] })).toEqual(['Official:Amir Khan Muttaqi']);
  });

  it('ignores accents both ways: Türkiye, Turkiye and Turkey find the same country', async () => {
    for (const q of ['Türkiye', 'turkiye', 'Turkey', 'TUR']) {
      expect((await names(q, { kinds: ['COUNTRY'] }))[0], q).toBe('Country:TR');
    }
    await t.test.db.prisma.official.create({ data: { slug: `mevlut-${uid()}`, name: 'Mevlüt Çavuşoğlu', aliases: [], countryCode: 'TR' } });
    expect(await names('cavusoglu')).toContain('Official:Mevlüt Çavuşoğlu');
    expect(await names('Çavuş', { countryCode: 'TR' })).toEqual(['Official:Mevlüt Çavuşoğlu']);
    expect(await names('Çavuş', { countryCode: 'RU' })).toEqual([]);
  });

  it('finds organizations by alias and tolerates a typo', async () => {
    expect((await names('NATO'))[0]).toBe('Organization:North Atlantic Treaty Organization');
    expect((await names('Islamic Emirate'))[0]).toBe('Organization:Taliban');
    expect((await names('Lavrof'))[0]).toBe('Official:Sergey Lavrov');
  });

  it('loads nested fields of the matches in a fixed number of statements', async () => {
    const { result, sql } = await t.statements(() => t.gql<{ searchEntities: Match[] }>(ENTITIES, { q: 'a' }));
    expect(result.errors).toBeUndefined();
    expect(result.data!.searchEntities.length).toBeGreaterThan(3);
    // the search, then one query per kind found (officials with their positions)
    expect(sql.length).toBeLessThanOrEqual(5);
  });
});
