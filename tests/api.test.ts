// The public API over the curated sample: look-ups, Relay IDs, pagination, filters, errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seedSample: true });
});
afterAll(() => t?.close());

describe('countries', () => {
  it('finds a country by alpha-2 or alpha-3 code in any case', async () => {
    for (const code of ['RU', 'ru', 'RUS', 'rUs']) {
      const r = await t.gql<{ country: { code: string; alpha3: string; name: string } }>(
        'query ($code: String!) { country(code: $code) { code alpha3 name officialName region capital demonyms } }',
        { code },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data?.country).toMatchObject({ code: 'RU', alpha3: 'RUS', name: 'Russia', officialName: 'Russian Federation', region: 'Europe', capital: 'Moscow', demonyms: ['Russian'] });
    }
  });

  it('answers null for an unknown code', async () => {
    const r = await t.gql('{ country(code: "XX") { code } }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ country: null });
  });

  it('holds every ISO 3166-1 country, paged at most 100 at a time', async () => {
    const r = await t.gql<{ countries: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      '{ countries(first: 100) { totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(r.data?.countries.totalCount).toBeGreaterThanOrEqual(249);
    expect(r.data?.countries.edges).toHaveLength(100);
    expect(r.data?.countries.pageInfo.hasNextPage).toBe(true);
  });

  it('walks all countries forwards with cursors without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const r: Awaited<ReturnType<typeof t.gql<{ countries: { edges: { node: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>>> =
        await t.gql('query ($after: String) { countries(first: 90, after: $after) { edges { node { code } } pageInfo { hasNextPage endCursor } } }', { after });
      seen.push(...(r.data?.countries.edges.map((e) => e.node.code) ?? []));
      if (!r.data?.countries.pageInfo.hasNextPage) break;
      after = r.data.countries.pageInfo.endCursor;
    }
    const total = (await t.gql<{ countries: { totalCount: number } }>('{ countries { totalCount } }')).data?.countries.totalCount;
    expect(seen).toHaveLength(total as number);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('pages backwards with last/before', async () => {
    const all = await t.gql<{ countries: { edges: { cursor: string; node: { code: string } }[] } }>(
      '{ countries(first: 10, region: "Europe") { edges { cursor node { code } } } }',
    );
    const edges = all.data!.countries.edges;
    const r = await t.gql<{ countries: { edges: { node: { code: string } }[]; pageInfo: { hasPreviousPage: boolean } } }>(
      'query ($before: String) { countries(last: 3, before: $before, region: "Europe") { edges { node { code } } pageInfo { hasPreviousPage } } }',
      { before: edges[6]!.cursor },
    );
    expect(r.data?.countries.edges.map((e) => e.node.code)).toEqual(edges.slice(3, 6).map((e) => e.node.code));
    expect(r.data?.countries.pageInfo.hasPreviousPage).toBe(true);
  });

  it('rejects a page size over 100 with BAD_USER_INPUT', async () => {
    const r = await t.gql('{ countries(first: 101) { edges { node { code } } } }');
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/first/);
  });
});

describe('the sample graph', () => {
  it('links Russia to its officials with their positions', async () => {
    const r = await t.gql<{ country: { officials: { totalCount: number; edges: { node: { name: string; positions: { title: string; organization: { name: string } | null }[] } }[] } } }>(
      '{ country(code: "RU") { officials(first: 10) { totalCount edges { node { name positions { title organization { name } } } } } } }',
    );
    const officials = r.data!.country.officials;
    expect(officials.totalCount).toBe(3);
    expect(officials.edges.map((e) => e.node.name)).toEqual(['Dmitry Zhirnov', 'Sergey Lavrov', 'Vladimir Putin']);
    const lavrov = officials.edges.find((e) => e.node.name === 'Sergey Lavrov')!.node;
    expect(lavrov.positions).toEqual([{ title: 'Foreign Minister', organization: { name: 'Ministry of Foreign Affairs of Russia' } }]);
  });

  it('reports the recognition with its participants in their roles and its evidence', async () => {
    const r = await t.gql<{ diplomaticEvents: { edges: { node: { type: string; date: string; participants: { role: string; actor: { __typename: string; code?: string; name?: string } }[]; evidence: { sentence: string; start: number; end: number; article: { body: string } }[] } }[] } }>(
      `{ diplomaticEvents(filter: { types: [RECOGNITION] }) { edges { node {
          type date participants { role actor { __typename ... on Country { code } ... on Official { name } ... on Organization { name } } }
          evidence { sentence start end article { body } } } } } }`,
    );
    const events = r.data!.diplomaticEvents.edges;
    expect(events).toHaveLength(1);
    const e = events[0]!.node;
    expect(e.date).toBe('2025-07-03');
    const roles = e.participants.map((p) => `${p.role}:${p.actor.__typename}:${p.actor.code ?? p.actor.name}`);
    expect(roles).toEqual(expect.arrayContaining(['INITIATOR:Country:RU', 'RECIPIENT:Country:AF', 'RECIPIENT:Organization:Taliban', 'PARTICIPANT:Official:Vladimir Putin']));
    expect(e.evidence.length).toBe(2);
    for (const ev of e.evidence) expect(ev.article.body.slice(ev.start, ev.end)).toBe(ev.sentence);
  });

  it('lists events newest first and filters them by country, type and date', async () => {
    const all = await t.gql<{ diplomaticEvents: { totalCount: number; edges: { node: { type: string; date: string | null } }[] } }>(
      '{ diplomaticEvents { totalCount edges { node { type date } } } }',
    );
    const dates = all.data!.diplomaticEvents.edges.map((e) => e.node.date);
    expect(all.data!.diplomaticEvents.totalCount).toBe(5);
    expect(dates).toEqual(['2025-07-03', '2025-07-03', '2021-08-01', '2021-01-01', null]);

    const us = await t.gql<{ diplomaticEvents: { edges: { node: { type: string } }[] } }>(
      '{ diplomaticEvents(filter: { countryCodes: ["usa"] }) { edges { node { type } } } }',
    );
    expect(us.data!.diplomaticEvents.edges.map((e) => e.node.type)).toEqual(['MILITARY_WITHDRAWAL']);

    const in2021 = await t.gql<{ diplomaticEvents: { edges: { node: { type: string } }[] } }>(
      '{ diplomaticEvents(filter: { from: "2021-01-01", to: "2021-12-31", countryCodes: ["AF"] }) { edges { node { type } } } }',
    );
    expect(in2021.data!.diplomaticEvents.edges.map((e) => e.node.type).sort()).toEqual(['MILITARY_WITHDRAWAL', 'SEIZURE_OF_POWER']);

    const initiatedByRussia = await t.gql<{ diplomaticEvents: { totalCount: number } }>(
      '{ diplomaticEvents(filter: { countryCodes: ["RU"], roles: [INITIATOR] }) { totalCount } }',
    );
    // The recognition and the delisting; Russia receives the envoy's credentials (the envoy's side presents them).
    expect(initiatedByRussia.data!.diplomaticEvents.totalCount).toBe(2);
  });

  it('links the article to what it mentions and reports', async () => {
    const r = await t.gql<{ articles: { edges: { node: { title: string; source: string; countries: { code: string }[]; officials: { name: string }[]; organizations: { name: string }[]; diplomaticEvents: { type: string }[]; body: string } }[] } }>(
      '{ articles(countryCode: "AF") { edges { node { title source body countries { code } officials { name } organizations { name } diplomaticEvents { type } } } } }',
    );
    const a = r.data!.articles.edges[0]!.node;
    expect(a.source).toBe('AsumeTech');
    expect(a.countries.map((c) => c.code).sort()).toEqual(['AE', 'AF', 'CN', 'RU', 'US']);
    expect(a.officials).toHaveLength(5);
    expect(a.organizations.map((o) => o.name)).toContain('North Atlantic Treaty Organization');
    expect(a.diplomaticEvents.map((e) => e.type)).toEqual(['RECOGNITION', 'SEIZURE_OF_POWER', 'DESIGNATION_REMOVED', 'AMBASSADOR_ACCREDITED', 'MILITARY_WITHDRAWAL']);
    expect(a.body).not.toMatch(/Leave a Reply|Follow AsumeTech|More Stories/);
  });

  it('finds officials by country and by alias, and organizations by kind', async () => {
    const byAlias = await t.gql<{ officials: { edges: { node: { name: string; country: { code: string } } }[] } }>(
      '{ officials(name: "Putin", countryCode: "RUS") { edges { node { name country { code } } } } }',
    );
    expect(byAlias.data!.officials.edges.map((e) => e.node.name)).toEqual(['Vladimir Putin']);
    const afghan = await t.gql<{ officials: { totalCount: number } }>('{ officials(countryCode: "AF") { totalCount } }');
    expect(afghan.data!.officials.totalCount).toBe(2);
    const ministries = await t.gql<{ organizations: { edges: { node: { name: string } }[] } }>(
      '{ organizations(kind: MINISTRY) { edges { node { name } } } }',
    );
    expect(ministries.data!.organizations.edges.map((e) => e.node.name)).toEqual([
      'Ministry of Foreign Affairs of Afghanistan',
      'Ministry of Foreign Affairs of Russia',
    ]);
  });
});

describe('Relay global IDs', () => {
  it('refetches every kind of node by its ID, and several at once in order', async () => {
    const r = await t.gql<{ country: { id: string }; officials: { edges: { node: { id: string; name: string } }[] }; organizations: { edges: { node: { id: string } }[] }; articles: { edges: { node: { id: string } }[] }; diplomaticEvents: { edges: { node: { id: string; type: string } }[] } }>(
      '{ country(code: "AF") { id } officials(first: 1) { edges { node { id name } } } organizations(first: 1) { edges { node { id } } } articles(first: 1) { edges { node { id } } } diplomaticEvents(first: 1) { edges { node { id type } } } }',
    );
    const d = r.data!;
    const ids = [d.country.id, d.officials.edges[0]!.node.id, d.organizations.edges[0]!.node.id, d.articles.edges[0]!.node.id, d.diplomaticEvents.edges[0]!.node.id];
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).not.toMatch(/^\d+$/);
    const nodes = await t.gql<{ nodes: ({ __typename: string; id: string } | null)[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      { ids: [...ids].reverse() },
    );
    expect(nodes.data!.nodes.map((n) => n?.id)).toEqual([...ids].reverse());
    expect(nodes.data!.nodes.map((n) => n?.__typename)).toEqual(['DiplomaticEvent', 'Article', 'Organization', 'Official', 'Country']);
    const one = await t.gql<{ node: { name: string } }>('query ($id: ID!) { node(id: $id) { ... on Official { name } } }', { id: ids[1] });
    expect(one.data!.node.name).toBe(d.officials.edges[0]!.node.name);
  });

  it('answers null for an ID of a missing object, and an error for a malformed one', async () => {
    const missing = Buffer.from('Official:999999').toString('base64');
    const r = await t.gql('query ($id: ID!) { node(id: $id) { id } }', { id: missing });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ node: null });
    const bad = await t.gql('{ node(id: "not-an-id") { id } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('bad input', () => {
  it('rejects an unknown country code in a filter', async () => {
    const r = await t.gql('{ diplomaticEvents(filter: { countryCodes: ["ZZZ"] }) { totalCount } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toContain('ZZZ');
  });

  it('rejects impossible dates and reversed ranges', async () => {
    const r = await t.gql('{ diplomaticEvents(filter: { from: "2025-02-30" }) { totalCount } }');
    expect(r.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    const reversed = await t.gql('{ diplomaticEvents(filter: { from: "2025-01-02", to: "2025-01-01" }) { totalCount } }');
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an ID of the wrong type in an ID filter', async () => {
    const countryId = Buffer.from('Country:RU').toString('base64');
    const r = await t.gql('query ($id: ID!) { diplomaticEvents(filter: { officialIds: [$id] }) { totalCount } }', { id: countryId });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never shows stack traces or SQL in errors', async () => {
    const r = await t.gql('{ countries(first: 5, after: "garbage") { edges { node { code } } } }');
    expect(r.errors).toBeDefined();
    const text = JSON.stringify(r.errors);
    expect(text).not.toMatch(/at .*\.(ts|js):\d+|SELECT|prisma|stack/i);
  });
});
