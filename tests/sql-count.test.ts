// Nested queries cost a fixed number of SQL statements, however many rows they return:
// the Prisma plugin plans each level into one query instead of one query per row, and with
// relation joins (RELATION_JOINS, the default) Prisma folds the included levels into one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPerformanceConfig } from '../src/config.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { storeFake } from './helpers/factory.ts';

const joins = loadPerformanceConfig().relationJoins;
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

/** Counts the statements of one query at two data sizes: the counts must match. */
async function countAtTwoSizes(query: string, grow: (round: number) => Promise<void>) {
  const counts: number[] = [];
  const sizes: number[] = [];
  for (let round = 0; round < 2; round += 1) {
    await grow(round);
    const { result, sql } = await t.statements(() => t.gql(query));
    expect(result.errors).toBeUndefined();
    counts.push(sql.length);
    sizes.push(JSON.stringify(result.data).length);
  }
  // The second round returns much more data for the same number of statements.
  expect(sizes[1]).toBeGreaterThan(sizes[0]! * 2);
  return counts;
}

describe('SQL statements per request', () => {
  it('countries -> officials -> positions', async () => {
    const query = `{ countries(first: 20, region: "Oceania") { edges { node { code
        officials(first: 20) { totalCount edges { node { name positions { title country { code } organization { name } } } } } } } } }`;
    const oceania = ['AU', 'NZ', 'FJ', 'PG', 'WS', 'TO'];
    const counts = await countAtTwoSizes(query, async (round) => {
      const n = round === 0 ? 1 : 5;
      for (const code of oceania.slice(0, round === 0 ? 2 : 6)) {
        await storeFake(t.test.db.prisma, { countries: [code, 'GB'], officials: n });
      }
    });
    expect(counts[1]).toBe(counts[0]);
    // countries, officials (+ count), positions with country and organization; with joins the
    // positions come with the officials' page.
    expect(counts[0]).toBeLessThanOrEqual(joins ? 4 : 7);
  });

  it('events -> participants -> actor (union) with nested fields', async () => {
    const query = `{ diplomaticEvents(first: 50, filter: { types: [VISIT] }) { edges { node { type
        participants { role actor { __typename
          ... on Country { code name }
          ... on Official { name positions { title } }
          ... on Organization { name country { code } } } } } } } }`;
    const counts = await countAtTwoSizes(query, async (round) => {
      await storeFake(t.test.db.prisma, { countries: ['JP', 'KR'], officials: round === 0 ? 1 : 3, events: round === 0 ? 2 : 12, eventType: 'VISIT' });
    });
    expect(counts[1]).toBe(counts[0]);
    // With joins: the events with their participants and every actor, one statement.
    expect(counts[0]).toBeLessThanOrEqual(joins ? 1 : 8);
  });

  it('events -> evidence -> article', async () => {
    const query = `{ diplomaticEvents(first: 50, filter: { types: [AID_PROVIDED] }) { edges { node {
        evidence { sentence start end article { title source countries { code } } } } } } }`;
    const counts = await countAtTwoSizes(query, async (round) => {
      for (let i = 0; i < (round === 0 ? 1 : 6); i += 1) {
        await storeFake(t.test.db.prisma, { countries: ['BR', 'AR'], events: round === 0 ? 1 : 4, eventType: 'AID_PROVIDED' });
      }
    });
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(joins ? 1 : 6);
  });

  it('country -> events and articles connections -> nested', async () => {
    const query = `{ countries(first: 10, region: "Africa") { edges { node { code
        diplomaticEvents(first: 10) { totalCount edges { node { type participants { role } } } }
        articles(first: 10) { totalCount edges { node { title officials { name } } } } } } } }`;
    // The first African countries by name, so that they are on the first page.
    const africa = ['DZ', 'AO', 'BJ', 'BW', 'BF', 'BI'];
    const counts = await countAtTwoSizes(query, async (round) => {
      for (const code of africa.slice(0, round === 0 ? 1 : 6)) {
        await storeFake(t.test.db.prisma, { countries: [code, 'ET'], events: round === 0 ? 1 : 3, eventType: 'CONDEMNATION' });
      }
    });
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(joins ? 3 : 10);
  });

  it('columns beyond the base selection load with their rows, not by a reload per field', async () => {
    // The root types are in select mode: these fields are read only when asked for, and must
    // come in the planned statement (the Prisma plugin reloads a row whose plan is not found).
    const query = `{ diplomaticEvents(first: 50, filter: { types: [SANCTIONS_IMPOSED] }) { edges { node {
        datePrecision cameoCode factuality confidence createdAt
        participants { role actor { __typename
          ... on Country { alpha3 officialName region demonyms }
          ... on Official { aliases positions { endDate startPrecision } }
          ... on Organization { kind aliases } } }
        evidence { article { language contentHash body } } } } } }`;
    const counts = await countAtTwoSizes(query, async (round) => {
      await storeFake(t.test.db.prisma, { countries: ['NO', 'SE'], officials: round === 0 ? 1 : 3, events: round === 0 ? 2 : 12, eventType: 'SANCTIONS_IMPOSED' });
    });
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(joins ? 1 : 10);
  });

  it('a list of titles does not read the article bodies', async () => {
    await storeFake(t.test.db.prisma, { countries: ['IS'], events: 1, eventType: 'VISIT' });
    const { result, sql } = await t.statements(() => t.gql('{ articles(first: 5) { edges { node { id title publishedAt } } } }'));
    expect(result.errors).toBeUndefined();
    expect((result.data as { articles: { edges: unknown[] } }).articles.edges.length).toBeGreaterThan(0);
    expect(sql).toHaveLength(1);
    expect(sql[0]).not.toMatch(/"body"/);
    const full = await t.statements(() => t.gql('{ articles(first: 5) { edges { node { title body } } } }'));
    expect(full.sql).toHaveLength(1);
    expect(full.sql[0]).toMatch(/"body"/);
  });

  it('nodes(ids:) loads many objects of one type in one statement', async () => {
    const stored = await storeFake(t.test.db.prisma, { countries: ['CL', 'PE'], officials: 8 });
    const officials = await t.test.db.prisma.official.findMany({ where: { slug: { in: stored.graph.officials.map((o) => o.slug) } } });
    const ids = officials.map((o) => Buffer.from(`Official:${o.id}`).toString('base64'));
    const { result, sql } = await t.statements(() => t.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Official { name } } }', { ids }));
    expect((result.data as { nodes: unknown[] }).nodes).toHaveLength(8);
    expect(sql).toHaveLength(1);
  });
});
