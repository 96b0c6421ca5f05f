// Event counts for charts: by type, month and year, for one country or a pair, in one SQL statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { uid } from '../helpers/factory.ts';
import { country, official, storeEvents } from './build.ts';

let t: TestApp;
const tag = uid();
beforeAll(async () => {
  t = await startTestApp();
  await storeEvents(
    t.test.db.prisma,
    [
      { type: 'VISIT', date: '2023-01-05', initiator: [country('MN')], recipient: [country('KZ')] },
      { type: 'VISIT', date: '2023-01-20', initiator: [country('KZ')], recipient: [country('MN')] },
      { type: 'MEETING', date: '2023-03-01', initiator: [official(`bat-${tag}`)], recipient: [country('KZ')] },
      { type: 'MEETING', date: '2022-01-01', precision: 'YEAR', initiator: [country('MN')], recipient: [country('KZ')] },
      { type: 'AGREEMENT_SIGNED', date: null, initiator: [country('MN')], recipient: [country('KZ')] },
      { type: 'SANCTIONS_IMPOSED', date: '2023-03-10', initiator: [country('MN')], recipient: [country('CN')] },
    ],
    { officials: [{ slug: `bat-${tag}`, name: `Bat ${tag}`, aliases: [], countryCode: 'MN', mentions: 1, positions: [] }] },
  );
});
afterAll(() => t?.close());

const Q = `query ($c: String!, $with: String, $filter: TimelineFilter) { eventStats(countryCode: $c, with: $with, filter: $filter) {
  total byType { type count } byMonth { month count } byYear { year count } withoutMonth undated } }`;

describe('eventStats', () => {
  it('counts a country’s events by type, month and year in one SQL statement', async () => {
    const { result, sql } = await t.statements(() => t.gql<{ eventStats: unknown }>(Q, { c: 'MNG' }));
    expect(result.errors).toBeUndefined();
    expect(result.data!.eventStats).toEqual({
      total: 6,
      byType: [
        { type: 'MEETING', count: 2 },
        { type: 'VISIT', count: 2 },
        { type: 'AGREEMENT_SIGNED', count: 1 },
        { type: 'SANCTIONS_IMPOSED', count: 1 },
      ],
      byMonth: [{ month: '2023-01', count: 2 }, { month: '2023-03', count: 2 }],
      byYear: [{ year: 2022, count: 1 }, { year: 2023, count: 4 }],
      withoutMonth: 2,
      undated: 1,
    });
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatch(/GROUP BY GROUPING SETS/);
  });

  it('counts a pair of countries and honours the filter', async () => {
    const pair = await t.gql<{ eventStats: { total: number; byType: { type: string; count: number }[] } }>(Q, { c: 'KZ', with: 'MN' });
    expect(pair.data!.eventStats.total).toBe(5);
    expect(pair.data!.eventStats.byType.map((x) => x.type)).not.toContain('SANCTIONS_IMPOSED');
    const visits = await t.gql<{ eventStats: { total: number; byMonth: unknown[] } }>(Q, { c: 'MN', filter: { types: ['VISIT'], from: '2023-01-10' } });
    expect(visits.data!.eventStats).toMatchObject({ total: 1, byMonth: [{ month: '2023-01', count: 1 }] });
    const none = await t.gql<{ eventStats: { total: number; byType: unknown[]; byMonth: unknown[] } }>(Q, { c: 'FJ' });
    expect(none.data!.eventStats).toMatchObject({ total: 0, byType: [], byMonth: [] });
  });

  it('rejects an unknown country and the same country twice', async () => {
    for (const vars of [{ c: 'XX' }, { c: 'MN', with: 'MNG' }]) {
      expect((await t.gql(Q, vars)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
