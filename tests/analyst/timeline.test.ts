// Timelines: events between two countries (also through their officials and organizations),
// of one country, of one official; oldest first, undated last; paged; batched in SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { uid } from '../helpers/factory.ts';
import { country, official, organization, storeEvents } from './build.ts';

let t: TestApp;
const tag = uid();
beforeAll(async () => {
  t = await startTestApp();
  await storeEvents(
    t.test.db.prisma,
    [
      { type: 'VISIT', date: '2020-05-10', initiator: [official(`ola-${tag}`)], recipient: [organization(`ministry-${tag}`)] },
      { type: 'MEETING', date: '2019-01-01', precision: 'YEAR', initiator: [country('CL')], recipient: [country('NO')] },
      { type: 'AGREEMENT_SIGNED', date: null, initiator: [country('NO')], recipient: [country('CL')] },
      { type: 'SANCTIONS_IMPOSED', date: '2021-03-02', initiator: [country('NO')], recipient: [country('PE')] },
      { type: 'AID_PROVIDED', date: '2022-07-01', precision: 'MONTH', initiator: [country('CL')], recipient: [country('NO')] },
    ],
    {
      officials: [{ slug: `ola-${tag}`, name: `Ola Nordmann ${tag}`, aliases: [], countryCode: 'NO', mentions: 1, positions: [] }],
      organizations: [{ slug: `ministry-${tag}`, name: `Chilean Ministry ${tag}`, aliases: [], kind: 'MINISTRY', countryCode: 'CL', mentions: 1 }],
    },
  );
});
afterAll(() => t?.close());

type Page = { totalCount: number; edges: { node: { type: string; date: string | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
const types = (p: Page) => p.edges.map((e) => e.node.type);

describe('bilateralTimeline', () => {
  const Q = `query ($a: String!, $b: String!, $first: Int, $after: String, $filter: TimelineFilter) {
    bilateralTimeline(a: $a, b: $b, first: $first, after: $after, filter: $filter) {
      totalCount edges { node { type date } } pageInfo { hasNextPage endCursor } } }`;

  it('lists the events between two countries, through their officials and organizations, oldest first, undated last', async () => {
    const r = await t.gql<{ bilateralTimeline: Page }>(Q, { a: 'NO', b: 'CL' });
    expect(r.errors).toBeUndefined();
    expect(types(r.data!.bilateralTimeline)).toEqual(['MEETING', 'VISIT', 'AID_PROVIDED', 'AGREEMENT_SIGNED']);
    expect(r.data!.bilateralTimeline.edges.map((e) => e.node.date)).toEqual(['2019-01-01', '2020-05-10', '2022-07-01', null]);
    expect(r.data!.bilateralTimeline.totalCount).toBe(4);
    // Either order of the two countries, any code form.
    const reversed = await t.gql<{ bilateralTimeline: Page }>(Q, { a: 'chl', b: 'NOR' });
    expect(types(reversed.data!.bilateralTimeline)).toEqual(types(r.data!.bilateralTimeline));
  });

  it('pages and filters', async () => {
    const first = await t.gql<{ bilateralTimeline: Page }>(Q, { a: 'NO', b: 'CL', first: 2 });
    expect(types(first.data!.bilateralTimeline)).toEqual(['MEETING', 'VISIT']);
    expect(first.data!.bilateralTimeline.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql<{ bilateralTimeline: Page }>(Q, { a: 'NO', b: 'CL', first: 2, after: first.data!.bilateralTimeline.pageInfo.endCursor });
    expect(types(next.data!.bilateralTimeline)).toEqual(['AID_PROVIDED', 'AGREEMENT_SIGNED']);
    expect(next.data!.bilateralTimeline.pageInfo.hasNextPage).toBe(false);

    const dated = await t.gql<{ bilateralTimeline: Page }>(Q, { a: 'NO', b: 'CL', filter: { from: '2020-01-01', types: ['VISIT', 'AID_PROVIDED', 'AGREEMENT_SIGNED'] } });
    expect(types(dated.data!.bilateralTimeline)).toEqual(['VISIT', 'AID_PROVIDED']);
    expect(dated.data!.bilateralTimeline.totalCount).toBe(2);
  });

  it('rejects the same country twice, an unknown code and a reversed range', async () => {
    for (const vars of [{ a: 'NO', b: 'nor' }, { a: 'NO', b: 'XX' }, { a: 'NO', b: 'CL', filter: { from: '2022-01-01', to: '2021-01-01' } }]) {
      const r = await t.gql(Q, vars);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('Country.timeline and Official.timeline', () => {
  it('gives a country its events, oldest first, optionally with one counterpart', async () => {
    const r = await t.gql<{ country: { all: Page; peru: Page } }>(
      `{ country(code: "NO") { all: timeline { totalCount edges { node { type date } } } peru: timeline(with: "PER") { totalCount edges { node { type } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(types(r.data!.country.all)).toEqual(['MEETING', 'VISIT', 'SANCTIONS_IMPOSED', 'AID_PROVIDED', 'AGREEMENT_SIGNED']);
    expect(types(r.data!.country.peru)).toEqual(['SANCTIONS_IMPOSED']);
  });

  it("gives an official the events they took part in", async () => {
    const r = await t.gql<{ officials: { edges: { node: { timeline: Page } }[] } }>(
      `query ($n: String!) { officials(name: $n) { edges { node { timeline { totalCount edges { node { type date } } } } } } }`,
      { n: tag },
    );
    expect(types(r.data!.officials.edges[0]!.node.timeline)).toEqual(['VISIT']);
  });

  it('costs the same statements for one country as for all of a region, nested fields included', async () => {
    const q = (filter: string) => `{ countries(first: 100, ${filter}) { edges { node { code
      timeline(first: 3) { totalCount edges { node { type participants { role actor { __typename ... on Country { code } ... on Official { name } } } } } } } } } }`;
    const one = await t.statements(() => t.gql(q('name: "Chile"')));
    const many = await t.statements(() => t.gql<{ countries: { edges: { node: { timeline: Page } }[] } }>(q('region: "Americas"')));
    expect(many.result.errors).toBeUndefined();
    const withEvents = many.result.data!.countries.edges.filter((e) => e.node.timeline.totalCount > 0);
    expect(withEvents.length).toBeGreaterThanOrEqual(2);
    expect(many.sql.length).toBe(one.sql.length);
  });
});
