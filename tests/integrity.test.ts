// The graph stays true when articles are stored again, change, or arrive together: what a
// client sees (an actor's events and totalCount, an event's participants, stale IDs, URLs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../src/ingest/types.ts';
import { isRetryable, storeArticleGraph } from '../src/services/graph-writer.ts';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from './helpers/app.ts';
import { usingPostgres } from './helpers/db.ts';
import { fakeArticle, uid } from './helpers/factory.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ adminToken: TEST_ADMIN_TOKEN });
});
afterAll(() => t?.close());

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id url } events { id type date datePrecision } }
}`;
type Ingested = { ingestArticle: { created: boolean; article: { id: string; url: string }; events: { id: string; type: string; date: string | null; datePrecision: string | null }[] } };

async function ingest(input: Record<string, unknown>) {
  const r = await t.gql<Ingested>(INGEST, { input });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.ingestArticle;
}

const COUNTRY_EVENTS = `query ($code: String!, $filter: DiplomaticEventFilter) {
  country(code: $code) {
    diplomaticEvents(first: 50, filter: $filter) {
      totalCount
      edges { node { id type date datePrecision
        participants { role actor { __typename ... on Country { code } ... on Official { name } ... on Organization { name } } }
        evidence { sentence article { url } } } }
    }
  }
}`;
type EventNode = {
  id: string;
  type: string;
  date: string | null;
  datePrecision: string | null;
  participants: { role: string; actor: { __typename: string; code?: string; name?: string } }[];
  evidence: { sentence: string; article: { url: string } }[];
};

async function countryEvents(code: string, filter?: Record<string, unknown>) {
  const r = await t.gql<{ country: { diplomaticEvents: { totalCount: number; edges: { node: EventNode }[] } } }>(COUNTRY_EVENTS, { code, filter });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  const c = r.data!.country.diplomaticEvents;
  return { totalCount: c.totalCount, events: c.edges.map((e) => e.node) };
}

const participantsOf = (e: EventNode) => e.participants.map((p) => `${p.role}:${p.actor.__typename}:${p.actor.code ?? p.actor.name}`).sort();

describe('re-ingesting an article', () => {
  it('keeps each event once under its country, with its participants once', async () => {
    const url = `https://news.example/${uid()}/kenya-uganda`;
    const text = 'Kenya expels Ugandan diplomats\n\nKenya expelled two Ugandan diplomats on March 4, 2025, the foreign ministry said.';
    const first = await ingest({ url, text, publishedAt: '2025-03-05T08:00:00Z' });
    await ingest({ url, text, publishedAt: '2025-03-05T08:00:00Z' });
    await ingest({ url, text: `${text} Officials in Nairobi declined to comment further.`, publishedAt: '2025-03-05T08:00:00Z' });
    expect(first.created).toBe(true);
    const { totalCount, events } = await countryEvents('KE', { types: ['DIPLOMAT_EXPELLED'], from: '2025-03-01', to: '2025-03-31' });
    expect(totalCount).toBe(1);
    expect(events).toHaveLength(1);
    expect(participantsOf(events[0]!)).toEqual(['INITIATOR:Country:KE', 'RECIPIENT:Country:UG']);
    expect(events[0]!.evidence).toHaveLength(1);
    const uganda = await countryEvents('UG', { types: ['DIPLOMAT_EXPELLED'], from: '2025-03-01', to: '2025-03-31' });
    expect(uganda.totalCount).toBe(1);
  });

  it('turns ten concurrent reports of one event into one event with ten pieces of evidence', async () => {
    const tag = uid();
    const reports = Array.from({ length: 10 }, (_, i) => ({
      url: `https://outlet-${i}.example/${tag}`,
      text: `Ghana expels Togolese envoy\n\nGhana expelled a Togolese diplomat on June 2, 2025, report number ${i} of ${tag} said.`,
      publishedAt: '2025-06-03T09:00:00Z',
    }));
    await Promise.all(reports.map((r) => ingest(r)));
    const { totalCount, events } = await countryEvents('GH', { types: ['DIPLOMAT_EXPELLED'], from: '2025-06-01', to: '2025-06-30' });
    expect(totalCount).toBe(1);
    expect(events).toHaveLength(1);
    expect(events[0]!.evidence).toHaveLength(10);
    expect(participantsOf(events[0]!)).toEqual(['INITIATOR:Country:GH', 'RECIPIENT:Country:TG']);
  });

  it('sweeps only its own former events, never an event another writer is linking', async () => {
    const a = await ingest({ url: `https://sweep.example/${uid()}`, text: 'Sweep\n\nFrance recalled its ambassador to Mali on May 5, 2024.', publishedAt: '2024-05-06T08:00:00Z' });
    // An event that has no evidence yet: another ingest has created it and not linked it.
    const inFlight = await t.test.db.prisma.diplomaticEvent.create({
      data: { key: `in-flight-${uid()}`, sidesKey: `in-flight-${uid()}`, type: 'VISIT', summary: 'Being linked' },
    });
    await ingest({ url: a.article.url, text: 'Sweep\n\nThe weather in Paris was mild.', publishedAt: '2024-05-06T08:00:00Z' });
    expect(await t.test.db.prisma.diplomaticEvent.count({ where: { id: inFlight.id } })).toBe(1);
    const r = await t.gql<{ node: unknown }>(`query ($id: ID!) { node(id: $id) { id } }`, { id: a.events[0]!.id });
    expect(r.data!.node).toBeNull();
  });
});

describe('stale IDs', () => {
  it('resolve to null in node and nodes, and the other IDs still resolve', async () => {
    const url = `https://stale.example/${uid()}`;
    const before = await ingest({ url, text: 'Stale\n\nPoland expelled a Belarusian diplomat on April 9, 2024.', publishedAt: '2024-04-10T08:00:00Z' });
    const staleId = before.events.find((e) => e.type === 'DIPLOMAT_EXPELLED')!.id;
    await ingest({ url, text: 'Stale\n\nNothing of note happened in Warsaw.', publishedAt: '2024-04-10T08:00:00Z' });
    const one = await t.gql<{ node: unknown }>(`query ($id: ID!) { node(id: $id) { id } }`, { id: staleId });
    expect(one.errors).toBeUndefined();
    expect(one.data!.node).toBeNull();
    const many = await t.gql<{ nodes: ({ id: string } | null)[] }>(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [staleId, before.article.id],
    });
    expect(many.errors).toBeUndefined();
    expect(many.data!.nodes).toEqual([null, { id: before.article.id }]);
  });
});

describe('event identity', () => {
  const visit = (when: string) => `Kenyan President William Ruto visited Tanzania ${when}.`;

  it('keeps two visits of one year apart, and merges compatible reports into the most precise', async () => {
    const tag = uid();
    const store = (n: number, when: string) =>
      ingest({ url: `https://visits.example/${tag}/${n}`, text: `Visit ${n}\n\n${visit(when)} Report ${n} of ${tag}.`, publishedAt: '2025-11-20T10:00:00Z' });
    await store(1, 'on July 8, 2025');
    await store(2, 'on October 14, 2025');
    await store(3, 'in July 2025'); // inside July 8: the same visit
    const { events } = await countryEvents('KE', { types: ['VISIT'], from: '2025-01-01', to: '2025-12-31' });
    const mine = events.filter((e) => e.evidence.some((x) => x.article.url.includes(tag)));
    expect(mine.map((e) => [e.date, e.datePrecision, e.evidence.length]).sort()).toEqual([
      ['2025-07-08', 'DAY', 2],
      ['2025-10-14', 'DAY', 1],
    ]);
  });

  it('refines a month-precise event with a later report of its day', async () => {
    const tag = uid();
    const text = (when: string, n: number) => `Visit\n\nPresident Gustavo Petro of Colombia visited Ecuador ${when}. Report ${n} of ${tag}.`;
    await ingest({ url: `https://refine.example/${tag}/1`, text: text('in March 2023', 1), publishedAt: '2023-04-01T10:00:00Z' });
    await ingest({ url: `https://refine.example/${tag}/2`, text: text('on March 21, 2023', 2), publishedAt: '2023-04-01T10:00:00Z' });
    await ingest({ url: `https://refine.example/${tag}/3`, text: text('on March 28, 2023', 3), publishedAt: '2023-04-01T10:00:00Z' });
    const { events } = await countryEvents('CO', { types: ['VISIT'], from: '2023-03-01', to: '2023-03-31' });
    const mine = events.filter((e) => e.evidence.some((x) => x.article.url.includes(tag)));
    // The month report became March 21; March 28 is another visit, not a refinement.
    expect(mine.map((e) => [e.date, e.datePrecision, e.evidence.length]).sort()).toEqual([
      ['2023-03-21', 'DAY', 2],
      ['2023-03-28', 'DAY', 1],
    ]);
  });

  it('merges an undated report with the one dated event it can be, and not with one of two', async () => {
    const tag = uid();
    const report = (n: number, date: string | null) => {
      const r = fakeArticle({ tag: `${tag}-${n}`, countries: ['PE', 'CL'], officials: 0, events: 1, eventType: 'VISIT' });
      r.graph.events[0]!.date = date ? { date, precision: 'DAY' } : null;
      r.graph.events[0]!.participants = r.graph.events[0]!.participants.filter((p) => p.actor.kind === 'country');
      return storeArticleGraph(t.test.db.prisma, r.article, r.graph);
    };
    const dated = await report(1, '2024-05-02');
    const undated = await report(2, null);
    expect(undated.eventIds).toEqual(dated.eventIds);
    const { events } = await countryEvents('PE', { types: ['VISIT'], from: '2024-05-01', to: '2024-05-31' });
    const mine = events.filter((e) => e.evidence.some((x) => x.article.url.includes(tag)));
    expect(mine.map((e) => [e.date, e.evidence.length])).toEqual([['2024-05-02', 2]]);
    // A second dated visit: an undated report could be either, so it is an event of its own.
    const other = await report(3, '2024-09-15');
    const ambiguous = await report(4, null);
    expect(other.eventIds).not.toEqual(dated.eventIds);
    expect(ambiguous.eventIds).not.toEqual(dated.eventIds);
    expect(ambiguous.eventIds).not.toEqual(other.eventIds);
  });

  it('matches a period filter by overlap: an event known only as "2021" is found from 2021-06-01', async () => {
    const { article, graph } = fakeArticle({ countries: ['NO', 'IS'], events: 1, eventType: 'AGREEMENT_SIGNED' });
    graph.events[0]!.date = { date: '2021-01-01', precision: 'YEAR' };
    await storeArticleGraph(t.test.db.prisma, article, graph);
    expect((await countryEvents('IS', { types: ['AGREEMENT_SIGNED'], from: '2021-06-01', to: '2021-06-30' })).totalCount).toBe(1);
    expect((await countryEvents('IS', { types: ['AGREEMENT_SIGNED'], from: '2022-01-01' })).totalCount).toBe(0);
    expect((await countryEvents('IS', { types: ['AGREEMENT_SIGNED'], to: '2020-12-31' })).totalCount).toBe(0);
  });
});

describe('positions', () => {
  const POSITIONS = `query ($id: ID!, $on: Date!) { node(id: $id) { ... on Official {
    positions { title startDate startPrecision endDate endPrecision }
    asOf: positions(asOf: $on) { title } } } }`;

  async function storePositions(tag: string, positions: ExtractedGraph['officials'][number]['positions'], n: number) {
    const { article, graph } = fakeArticle({ tag: `${tag}-${n}`, officials: 1, events: 0 });
    graph.officials[0]!.slug = `official-${tag}`;
    graph.officials[0]!.positions = positions;
    return storeArticleGraph(t.test.db.prisma, article, graph);
  }

  async function officialId(tag: string) {
    const row = await t.test.db.prisma.official.findUniqueOrThrow({ where: { slug: `official-${tag}` } });
    const r = await t.gql<{ officials: { edges: { node: { id: string; name: string } }[] } }>(`query ($name: String!) { officials(name: $name, first: 5) { edges { node { id name } } } }`, { name: row.name });
    return r.data!.officials.edges.find((e) => e.node.name === row.name)!.node.id;
  }

  it('keeps two terms in one office as two rows, and asOf is empty between them', async () => {
    const tag = uid();
    const term = (start: string, end: string | null) => ({
      title: 'Prime Minister',
      countryCode: 'IL',
      organizationSlug: null,
      start: { date: start, precision: 'YEAR' as const },
      end: end ? { date: end, precision: 'YEAR' as const } : null,
    });
    await storePositions(tag, [term('2000-01-01', '2008-01-01')], 1);
    await storePositions(tag, [term('2012-01-01', null)], 2);
    const id = await officialId(tag);
    const between = await t.gql<{ node: { positions: { title: string; startDate: string; endDate: string | null }[]; asOf: { title: string }[] } }>(POSITIONS, { id, on: '2010-06-01' });
    expect(between.errors, JSON.stringify(between.errors)).toBeUndefined();
    expect(between.data!.node.positions.filter((p) => p.title === 'Prime Minister').map((p) => [p.startDate, p.endDate]).sort()).toEqual([
      ['2000-01-01', '2008-01-01'],
      ['2012-01-01', null],
    ]);
    expect(between.data!.node.asOf.filter((p) => p.title === 'Prime Minister')).toEqual([]);
    const during = await t.gql<{ node: { asOf: { title: string }[] } }>(POSITIONS, { id, on: '2014-06-01' });
    expect(during.data!.node.asOf.map((p) => p.title)).toContain('Prime Minister');
  });

  it('keeps a precise start when a vaguer report of the same term arrives, and merges terms without a country', async () => {
    const tag = uid();
    const pos = (start: { date: string; precision: 'DAY' | 'YEAR' }) => ({ title: 'Special Envoy', countryCode: null, organizationSlug: null, start, end: null });
    await storePositions(tag, [pos({ date: '2019-03-12', precision: 'DAY' })], 1);
    await storePositions(tag, [pos({ date: '2019-01-01', precision: 'YEAR' })], 2);
    await storePositions(tag, [{ title: 'Special Envoy', countryCode: null, organizationSlug: null, start: null, end: null }], 3);
    const id = await officialId(tag);
    const r = await t.gql<{ node: { positions: { title: string; startDate: string; startPrecision: string }[] } }>(POSITIONS, { id, on: '2020-01-01' });
    expect(r.data!.node.positions.filter((p) => p.title === 'Special Envoy')).toEqual([
      expect.objectContaining({ startDate: '2019-03-12', startPrecision: 'DAY' }),
    ]);
  });
});

describe('URLs', () => {
  const ARTICLE = `query ($url: String!) { article(url: $url) { id url title } }`;

  it('resolves a URL/content clash: a URL re-sent with another stored text becomes that article', async () => {
    const tag = uid();
    const url1 = `https://clash.example/${tag}/one`;
    const url2 = `https://clash.example/${tag}/two`;
    const x = `Clash X ${tag}\n\nSweden signed a trade agreement with Norway on May 5, 2024.`;
    const y = `Clash Y ${tag}\n\nDenmark signed a trade agreement with Finland on May 6, 2024.`;
    await ingest({ url: url1, text: x });
    const two = await ingest({ url: url2, text: y });
    for (let i = 0; i < 2; i += 1) {
      const again = await ingest({ url: url1, text: y });
      expect(again.article.id).toBe(two.article.id);
    }
    const r1 = await t.gql<{ article: { id: string } | null }>(ARTICLE, { url: url1 });
    const r2 = await t.gql<{ article: { id: string } | null }>(ARTICLE, { url: url2 });
    expect(r1.data!.article?.id).toBe(two.article.id);
    expect(r2.data!.article?.id).toBe(two.article.id);
    // The edited page's old text (and its event) is gone: Sweden's agreement has no evidence left.
    expect((await countryEvents('SE', { types: ['AGREEMENT_SIGNED'], from: '2024-05-05', to: '2024-05-05' })).events.filter((e) => e.evidence.some((v) => v.article.url.includes(tag)))).toEqual([]);
  });

  it('keeps the URL of a syndicated copy, findable by article(url:)', async () => {
    const tag = uid();
    const text = `Syndicated ${tag}\n\nEstonia expelled a Russian diplomat on February 3, 2024.`;
    const original = await ingest({ url: `https://origin.example/${tag}`, text, sourceName: 'Origin' });
    const copy = await ingest({ url: `https://copy.example/${tag}?utm_source=feed`, text, sourceName: 'Copier' });
    expect(copy.created).toBe(false);
    expect(copy.article.id).toBe(original.article.id);
    const r = await t.gql<{ article: { id: string; url: string } | null }>(ARTICLE, { url: `https://copy.example/${tag}` });
    expect(r.data!.article).toMatchObject({ id: original.article.id, url: `https://origin.example/${tag}` });
    expect(await t.test.db.prisma.article.count({ where: { url: { contains: tag } } })).toBe(1);
  });
});

describe('one meaning of "takes part", one factuality default', () => {
  it('counts the same events for a country in diplomaticEvents, Country.diplomaticEvents, timeline and eventStats', async () => {
    const { article, graph } = fakeArticle({ countries: ['PT', 'ES'], officials: 1, events: 2, eventType: 'NEGOTIATION', date: '2019-09-09' });
    // The second event names Portugal's official and ministry, not Portugal itself: the
    // writer records Portugal as a participant too, so every query counts it the same way.
    graph.events[1]!.participants = graph.events[1]!.participants.filter((p) => p.actor.kind !== 'country' || p.actor.code !== 'PT');
    graph.events[1]!.date = { date: '2019-09-10', precision: 'DAY' };
    await storeArticleGraph(t.test.db.prisma, article, graph);
    const filter = { types: ['NEGOTIATION'], from: '2019-09-01', to: '2019-09-30' };
    const r = await t.gql<{
      diplomaticEvents: { totalCount: number };
      country: { diplomaticEvents: { totalCount: number }; timeline: { totalCount: number } };
      eventStats: { total: number };
    }>(
      `query ($filter: DiplomaticEventFilter, $tf: TimelineFilter) {
        diplomaticEvents(filter: $filter) { totalCount }
        country(code: "PT") { diplomaticEvents(filter: $filter) { totalCount } timeline(filter: $tf) { totalCount } }
        eventStats(countryCode: "PT", filter: $tf) { total }
      }`,
      { filter: { ...filter, countryCodes: ['PT'] }, tf: filter },
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect([r.data!.diplomaticEvents.totalCount, r.data!.country.diplomaticEvents.totalCount, r.data!.country.timeline.totalCount, r.data!.eventStats.total]).toEqual([2, 2, 2, 2]);
    const second = await t.gql<{ diplomaticEvents: { edges: { node: EventNode }[] } }>(
      `query ($filter: DiplomaticEventFilter) { diplomaticEvents(filter: $filter) { edges { node { id type date datePrecision
        participants { role actor { __typename ... on Country { code } ... on Official { name } ... on Organization { name } } }
        evidence { sentence article { url } } } } } }`,
      { filter: { ...filter, countryCodes: ['PT'], from: '2019-09-10' } },
    );
    expect(participantsOf(second.data!.diplomaticEvents.edges[0]!.node).filter((p) => p.includes('Country'))).toEqual(['PARTICIPANT:Country:PT', 'RECIPIENT:Country:ES']);
  });

  it('applies roles without an actor filter, and ASSERTED by default in Article.diplomaticEvents', async () => {
    const { article, graph } = fakeArticle({ countries: ['AT', 'HU'], events: 2, eventType: 'CONDEMNATION', date: '2018-02-02' });
    graph.events[1]!.factuality = 'NEGATED';
    graph.events[1]!.date = { date: '2018-02-03', precision: 'DAY' };
    graph.events[0]!.participants = graph.events[0]!.participants.filter((p) => p.role !== 'MEDIATOR');
    const stored = await storeArticleGraph(t.test.db.prisma, article, graph);
    const r = await t.gql<{ withMediator: { totalCount: number }; all: { totalCount: number }; article: { diplomaticEvents: { factuality: string }[]; every: { factuality: string }[] } }>(
      `query ($url: String!) {
        withMediator: diplomaticEvents(filter: { types: [CONDEMNATION], roles: [MEDIATOR], from: "2018-02-01", to: "2018-02-28", factuality: [ASSERTED, NEGATED] }) { totalCount }
        all: diplomaticEvents(filter: { types: [CONDEMNATION], from: "2018-02-01", to: "2018-02-28", factuality: [ASSERTED, NEGATED] }) { totalCount }
        article(url: $url) { diplomaticEvents { factuality } every: diplomaticEvents(factuality: [ASSERTED, NEGATED]) { factuality } }
      }`,
      { url: article.url },
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(stored.eventIds).toHaveLength(2);
    expect(r.data!.all.totalCount).toBe(2);
    expect(r.data!.withMediator.totalCount).toBe(1);
    expect(r.data!.article.diplomaticEvents.map((e) => e.factuality)).toEqual(['ASSERTED']);
    expect(r.data!.article.every.map((e) => e.factuality).sort()).toEqual(['ASSERTED', 'NEGATED']);
  });
});

describe('retries', () => {
  it.skipIf(!usingPostgres)('classify a real deadlock as worth retrying', async () => {
    const prisma = t.test.db.prisma;
    const [a, b] = await Promise.all([
      prisma.diplomaticEvent.create({ data: { key: `dl-a-${uid()}`, sidesKey: 'dl', type: 'VISIT', summary: 'a' }, select: { id: true } }),
      prisma.diplomaticEvent.create({ data: { key: `dl-b-${uid()}`, sidesKey: 'dl', type: 'VISIT', summary: 'b' }, select: { id: true } }),
    ]);
    let release!: () => void;
    const bothLocked = new Promise<void>((r) => (release = r));
    let locked = 0;
    const cross = (first: number, second: number) =>
      prisma.$transaction(async (tx) => {
        await tx.diplomaticEvent.update({ where: { id: first }, data: { summary: 'x' } });
        if (++locked === 2) release();
        await bothLocked;
        await tx.diplomaticEvent.update({ where: { id: second }, data: { summary: 'y' } });
      }, { timeout: 30_000 });
    const results = await Promise.allSettled([cross(a.id, b.id), cross(b.id, a.id)]);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failed).toHaveLength(1);
    expect(isRetryable(failed[0]!.reason)).toBe(true);
    expect(isRetryable(new Error('some other failure'))).toBe(false);
  });
});
