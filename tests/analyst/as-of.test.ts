// Time travel: offices held on a date (with date precision), a country's officials on a
// date, and recognition status on a date derived from recognition/relations events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPerformanceConfig } from '../../src/config.ts';
import type { ExtractedOfficial } from '../../src/ingest/types.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { uid } from '../helpers/factory.ts';
import { country, storeEvents } from './build.ts';

let t: TestApp;
const tag = uid();
const person = (name: string, positions: ExtractedOfficial['positions']): ExtractedOfficial => ({
  slug: `${name.toLowerCase()}-${tag}`,
  name: `${name} ${tag}`,
  aliases: [],
  countryCode: 'KE',
  mentions: 1,
  positions,
});

beforeAll(async () => {
  t = await startTestApp({ seedSample: true });
  await storeEvents(
    t.test.db.prisma,
    [{ type: 'MEETING', date: '2018-06-20', initiator: [country('KE')], recipient: [country('TZ')] }],
    {
      officials: [
        person('Amina', [
          { title: 'Foreign Minister', countryCode: 'KE', organizationSlug: null, start: { date: '2015-03-01', precision: 'DAY' }, end: { date: '2018-06-01', precision: 'MONTH' } },
          { title: 'Prime Minister', countryCode: 'KE', organizationSlug: null, start: { date: '2019-01-01', precision: 'YEAR' }, end: null },
        ]),
        person('Baraka', [{ title: 'Foreign Minister', countryCode: 'KE', organizationSlug: null, start: { date: '2018-06-15', precision: 'DAY' }, end: null }]),
        person('Chege', [{ title: 'Adviser', countryCode: 'KE', organizationSlug: null, start: null, end: null }]),
      ],
    },
  );
  // Recognition history between Iceland (IS) and Bhutan (BT).
  await storeEvents(t.test.db.prisma, [
    { type: 'DIPLOMATIC_RELATIONS_ESTABLISHED', date: '1990-01-01', precision: 'MONTH', initiator: [country('BT')], recipient: [country('IS')] },
    { type: 'DIPLOMATIC_RELATIONS_SEVERED', date: '2005-03-02', initiator: [country('IS')], recipient: [country('BT')] },
    { type: 'RECOGNITION', date: '2010-01-01', precision: 'YEAR', initiator: [country('IS')], recipient: [country('BT')] },
  ]);
});
afterAll(() => t?.close());

const POSITIONS = `query ($n: String!, $asOf: Date) { officials(name: $n) { edges { node { name positions(asOf: $asOf) { title startDate startPrecision endDate endPrecision } } } } }`;
const titles = async (who: string, asOf?: string) => {
  const r = await t.gql<{ officials: { edges: { node: { positions: { title: string }[] } }[] } }>(POSITIONS, { n: `${who} ${tag}`, asOf });
  expect(r.errors).toBeUndefined();
  return r.data!.officials.edges[0]!.node.positions.map((p) => p.title);
};

describe('Official.positions(asOf:)', () => {
  it('keeps every office, most recent first, when asOf is omitted', async () => {
    expect(await titles('Amina')).toEqual(['Prime Minister', 'Foreign Minister']);
    expect(await titles('Chege')).toEqual(['Adviser']);
  });

  it('answers which office was held on a date, honouring date precision', async () => {
    expect(await titles('Amina', '2015-02-28')).toEqual([]);
    expect(await titles('Amina', '2015-03-01')).toEqual(['Foreign Minister']);
    // Left "in June 2018": held throughout June, gone in July.
    expect(await titles('Amina', '2018-06-30')).toEqual(['Foreign Minister']);
    expect(await titles('Amina', '2018-07-01')).toEqual([]);
    // Took office "in 2019": counts from 1 January.
    expect(await titles('Amina', '2018-12-31')).toEqual([]);
    expect(await titles('Amina', '2019-01-01')).toEqual(['Prime Minister']);
    // Unknown start: nothing says the office was held then.
    expect(await titles('Chege', '2020-01-01')).toEqual([]);
  });
});

describe('Country.officials(asOf:)', () => {
  const Q = `query ($asOf: Date) { country(code: "KE") { officials(asOf: $asOf) { totalCount edges { node { name positions(asOf: $asOf) { title } } } } } }`;
  const holders = async (asOf?: string) => {
    const r = await t.gql<{ country: { officials: { totalCount: number; edges: { node: { name: string; positions: { title: string }[] } }[] } } }>(Q, { asOf });
    expect(r.errors).toBeUndefined();
    return r.data!.country.officials.edges.map((e) => `${e.node.name.replace(` ${tag}`, '')}: ${e.node.positions.map((p) => p.title).join(', ')}`);
  };

  it('lists who held which office on a date, and everyone without asOf', async () => {
    expect(await holders('2017-01-01')).toEqual(['Amina: Foreign Minister']);
    expect(await holders('2018-06-20')).toEqual(['Amina: Foreign Minister', 'Baraka: Foreign Minister']);
    expect(await holders('2020-01-01')).toEqual(['Amina: Prime Minister', 'Baraka: Foreign Minister']);
    expect(await holders('2000-01-01')).toEqual([]);
    expect(await holders()).toEqual(['Amina: Prime Minister, Foreign Minister', 'Baraka: Foreign Minister', 'Chege: Adviser']);
  });

  it('plans officials and their positions as of a date into a fixed number of statements', async () => {
    const q = `{ countries(first: 100, region: "Africa") { edges { node { code officials(asOf: "2018-06-20") { totalCount edges { node { name positions(asOf: "2018-06-20") { title } } } } } } } }`;
    const before = await t.statements(() => t.gql(q));
    await storeEvents(t.test.db.prisma, [{ type: 'VISIT', date: '2018-01-01', initiator: [country('UG')], recipient: [country('RW')] }], {
      officials: ['UG', 'RW', 'UG'].map((code, i) => ({
        slug: `ug-${tag}-${i}`, name: `Person ${tag} ${i}`, aliases: [], countryCode: code, mentions: 1,
        positions: [{ title: `Minister ${i}`, countryCode: code, organizationSlug: null, start: { date: '2017-01-01', precision: 'DAY' as const }, end: null }],
      })),
    });
    const after = await t.statements(() => t.gql<{ countries: { edges: { node: { officials: { totalCount: number } } }[] } }>(q));
    expect(after.result.errors).toBeUndefined();
    expect(after.result.data!.countries.edges.reduce((n, e) => n + e.node.officials.totalCount, 0)).toBe(5);
    expect(after.sql.length).toBe(before.sql.length);
  });
});

describe('recognitionStatus', () => {
  const Q = `query ($of: String!, $by: String!, $asOf: Date) { recognitionStatus(of: $of, by: $by, asOf: $asOf) {
    status since asOf of { code } by { code } basis { type } history { type date } } }`;
  type Status = { status: string; since: string | null; basis: { type: string } | null; history: { type: string }[]; of: { code: string }; by: { code: string } };
  const status = async (of: string, by: string, asOf?: string) => {
    const r = await t.gql<{ recognitionStatus: Status }>(Q, { of, by, asOf });
    expect(r.errors).toBeUndefined();
    return r.data!.recognitionStatus;
  };

  it("follows Russia's recognition of the Taliban government in the sample", async () => {
    expect((await status('AF', 'RU', '2025-07-02')).status).toBe('NO_RECORD');
    const after = await status('afg', 'rus', '2025-07-03');
    expect(after).toMatchObject({ status: 'RECOGNIZED', since: '2025-07-03', basis: { type: 'RECOGNITION' }, of: { code: 'AF' }, by: { code: 'RU' } });
    // Recognition is directed: Afghanistan did not recognize Russia by this event.
    expect((await status('RU', 'AF')).status).toBe('NO_RECORD');
  });

  it('changes with relations established, severed, and a later recognition', async () => {
    expect((await status('BT', 'IS', '1989-12-31')).status).toBe('NO_RECORD');
    expect(await status('BT', 'IS', '1990-01-15')).toMatchObject({ status: 'RECOGNIZED', since: '1990-01-01', basis: { type: 'DIPLOMATIC_RELATIONS_ESTABLISHED' } });
    expect(await status('BT', 'IS', '2006-01-01')).toMatchObject({ status: 'RELATIONS_SEVERED', since: '2005-03-02' });
    const now = await status('BT', 'IS');
    expect(now.status).toBe('RECOGNIZED');
    expect(now.history.map((e) => e.type)).toEqual(['DIPLOMATIC_RELATIONS_ESTABLISHED', 'DIPLOMATIC_RELATIONS_SEVERED', 'RECOGNITION']);
    // Relations count both ways; Iceland's recognition of Bhutan does not make Bhutan recognize Iceland.
    expect((await status('IS', 'BT', '2011-01-01')).status).toBe('RELATIONS_SEVERED');
  });

  it('loads the events and countries it answers with in a fixed number of statements', async () => {
    // Fields outside each type's base select (alpha3, region, datePrecision, confidence) and
    // relations beneath the events: planned into the loads, not reloaded per field batch.
    const deep = `query ($of: String!, $by: String!, $asOf: Date) { recognitionStatus(of: $of, by: $by, asOf: $asOf) { status
      of { code alpha3 region } by { code name alpha3 }
      basis { type datePrecision confidence participants { role actor { __typename ... on Country { code alpha3 } } } }
      history { type date datePrecision confidence summary participants { role actor { __typename ... on Country { code name region } } } } } }`;
    type Deep = {
      status: string;
      of: { code: string; alpha3: string; region: string | null };
      by: { alpha3: string };
      basis: { type: string; datePrecision: string; participants: { role: string; actor: { code: string; alpha3: string } }[] };
      history: { type: string; datePrecision: string; participants: { role: string; actor: { code: string; region: string | null } }[] }[];
    };
    const run = (asOf: string) => t.statements(() => t.gql<{ recognitionStatus: Deep }>(deep, { of: 'BT', by: 'IS', asOf }));
    // One deciding event, then three: the same statements.
    const one = await run('1990-01-15');
    const three = await run('2011-01-01');
    for (const r of [one, three]) expect(r.result.errors).toBeUndefined();
    const s1 = one.result.data!.recognitionStatus;
    const s3 = three.result.data!.recognitionStatus;
    expect(s1.history).toHaveLength(1);
    expect(s3.history).toHaveLength(3);
    expect(s3.of).toEqual({ code: 'BT', alpha3: 'BTN', region: 'Asia' });
    expect(s3.by.alpha3).toBe('ISL');
    expect(s3.history.map((e) => e.datePrecision)).toEqual(['MONTH', 'DAY', 'YEAR']);
    expect(s3.basis).toMatchObject({ type: 'RECOGNITION', datePrecision: 'YEAR' });
    expect(s3.basis.participants.map((p) => [p.role, p.actor.code, p.actor.alpha3])).toEqual([
      ['INITIATOR', 'IS', 'ISL'],
      ['RECIPIENT', 'BT', 'BTN'],
    ]);
    expect(s3.history[0]!.participants.map((p) => p.actor.region).sort()).toEqual(['Asia', 'Europe']);
    expect(three.sql.length).toBe(one.sql.length);
    // The deciding events (one raw statement), the events with what is asked of them, the two
    // countries; with RELATION_JOINS=false Prisma adds a statement per relation level.
    expect(three.sql.length).toBeLessThanOrEqual(loadPerformanceConfig().relationJoins ? 3 : 7);
    // Asked only for the status and its date: the deciding events' statement alone.
    const bare = await t.statements(() => t.gql<{ recognitionStatus: { status: string; since: string } }>(
      '{ recognitionStatus(of: "BT", by: "IS", asOf: "2006-01-01") { status since } }'));
    expect(bare.result.data?.recognitionStatus).toEqual({ status: 'RELATIONS_SEVERED', since: '2005-03-02' });
    expect(bare.sql).toHaveLength(1);
  });

  it('rejects the same country on both sides', async () => {
    const r = await t.gql(Q, { of: 'IS', by: 'ISL' });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
