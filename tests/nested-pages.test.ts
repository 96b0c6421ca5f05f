// A country's officials and organizations under a list of countries
// (src/schema/country-members.ts): each country's page must be what PostgreSQL gives for
// that country alone, with the right totalCount and hasNextPage, whether the page comes from
// the per-parent statement (first page, no filter) or from the planned include (filters,
// cursors); and the per-parent statement must fetch only the rows it returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPerformanceConfig } from '../src/config.ts';
import { loadSchemaSwitches } from '../src/schema/switches.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { storeFake } from './helpers/factory.ts';

const joinedPages = loadSchemaSwitches().joinedPages;
let t: TestApp;
// Oceania: a region with few countries; officials per country from 0 to 7.
const SIZES: Record<string, number> = { AU: 7, NZ: 3, FJ: 1, PG: 5 };
beforeAll(async () => {
  t = await startTestApp();
  for (const [code, n] of Object.entries(SIZES)) {
    // Two articles per country: several officials share a name prefix, so the order is by name, then id.
    await storeFake(t.test.db.prisma, { countries: [code, 'GB'], officials: Math.ceil(n / 2) });
    await storeFake(t.test.db.prisma, { countries: [code, 'GB'], officials: Math.floor(n / 2) });
  }
});
afterAll(() => t?.close());

interface Members {
  countries: {
    edges: {
      node: {
        code: string;
        officials: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { name: string; positions: { title: string }[] } }[] };
        organizations: { totalCount: number; edges: { node: { name: string } }[] };
      };
    }[];
  };
}

async function oracle(code: string, limit: number, name?: string) {
  const rows = await t.test.db.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT name FROM "Official" WHERE "countryCode" = $1 ${name ? `AND name ILIKE '%' || $2 || '%'` : ''} ORDER BY name, id`,
    ...(name ? [code, name] : [code]),
  );
  return { page: rows.slice(0, limit).map((r) => r.name), total: rows.length };
}

async function members(args: string) {
  const res = await t.gql<Members>(`{ countries(first: 30, region: "Oceania") { edges { node { code
    officials(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { node { name positions { title } } } }
    organizations(first: 2) { totalCount edges { node { name } } } } } } }`);
  expect(res.errors).toBeUndefined();
  return res.data!.countries.edges.map((e) => e.node);
}

describe('Country.officials and Country.organizations under a list of countries', () => {
  it.each([1, 2, 4, 20])('first: %i gives each country its own page, count and next-page flag', async (first) => {
    const nodes = await members(`first: ${first}`);
    expect(nodes.length).toBeGreaterThan(Object.keys(SIZES).length);
    for (const node of nodes) {
      const want = await oracle(node.code, first);
      expect(node.officials.edges.map((e) => e.node.name)).toEqual(want.page);
      expect(node.officials.totalCount).toBe(want.total);
      expect(node.officials.pageInfo.hasNextPage).toBe(want.total > first);
      // Nested relations come with the page (each fake official holds two positions).
      for (const e of node.officials.edges) expect(e.node.positions.map((p) => p.title)).toContain('Foreign Minister');
      const orgs = await t.test.db.prisma.organization.findMany({ where: { countryCode: node.code }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
      expect(node.organizations.edges.map((e) => e.node.name)).toEqual(orgs.slice(0, 2).map((o) => o.name));
      expect(node.organizations.totalCount).toBe(orgs.length);
    }
  });

  it('a filtered page and the page after a cursor match the database too', async () => {
    const filtered = await members('first: 2, name: " 1"');
    for (const node of filtered) {
      const want = await oracle(node.code, 2, ' 1');
      expect(node.officials.edges.map((e) => e.node.name)).toEqual(want.page);
      expect(node.officials.totalCount).toBe(want.total);
    }
    const au = (await members('first: 3')).find((n) => n.code === 'AU')!;
    const next = await t.gql<{ country: { officials: { edges: { node: { name: string } }[] } } }>(
      `query ($after: String) { country(code: "AU") { officials(first: 3, after: $after) { edges { node { name } } } } }`,
      { after: au.officials.pageInfo.endCursor },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data!.country.officials.edges.map((e) => e.node.name)).toEqual((await oracle('AU', 6)).page.slice(3, 6));
  });

  it("edges' cursors (written only when asked for) page forwards and backwards like pageInfo's", async () => {
    interface Page {
      country: {
        officials: {
          pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
          edges: { cursor: string; node: { name: string } }[];
        };
      };
    }
    const page = async (args: string, vars: Record<string, unknown> = {}) => {
      const res = await t.gql<Page>(
        `query${args.includes('$c') ? '($c: String)' : ''} { country(code: "AU") { officials(${args}) { pageInfo { startCursor endCursor hasNextPage hasPreviousPage } edges { cursor node { name } } } } }`,
        vars,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.country.officials;
    };
    const all = (await oracle('AU', 100)).page;
    expect(all.length).toBe(SIZES.AU);
    const first = await page('first: 3');
    expect(first.edges.map((e) => e.node.name)).toEqual(all.slice(0, 3));
    expect(new Set(first.edges.map((e) => e.cursor)).size).toBe(3);
    expect(first.pageInfo).toEqual({ startCursor: first.edges[0]!.cursor, endCursor: first.edges[2]!.cursor, hasNextPage: true, hasPreviousPage: false });
    // After the second edge's cursor: the rows from the third on.
    const after = await page('first: 3, after: $c', { c: first.edges[1]!.cursor });
    expect(after.edges.map((e) => e.node.name)).toEqual(all.slice(2, 5));
    expect(after.edges[0]!.cursor).toBe(first.edges[2]!.cursor);
    expect(after.pageInfo.hasPreviousPage).toBe(true);
    // Before the third edge's cursor, backwards: the first two, and nothing before them.
    const before = await page('last: 5, before: $c', { c: first.edges[2]!.cursor });
    expect(before.edges.map((e) => e.node.name)).toEqual(all.slice(0, 2));
    expect(before.pageInfo).toMatchObject({ startCursor: first.edges[0]!.cursor, endCursor: first.edges[1]!.cursor, hasNextPage: true, hasPreviousPage: false });
    // The last page: the last two, with more before them; an empty page has no cursors.
    const last = await page('last: 2');
    expect(last.edges.map((e) => e.node.name)).toEqual(all.slice(-2));
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, endCursor: last.edges[1]!.cursor });
    const none = await page('first: 2, after: $c', { c: last.edges[1]!.cursor });
    expect(none).toEqual({ pageInfo: { startCursor: null, endCursor: null, hasNextPage: false, hasPreviousPage: true }, edges: [] });
  });

  it.skipIf(!loadPerformanceConfig().perParentPages || joinedPages)('loads only the rows of each page: one statement picks them, one loads them', async () => {
    // (A page size no other test asks for: a cached answer would run no SQL at all.)
    const first = 5;
    const { sql } = await t.statements(() => members(`first: ${first}`));
    const picks = sql.filter((s) => /ARRAY\(SELECT c\.id FROM "Official"/.test(s));
    expect(picks).toHaveLength(1);
    expect(picks[0]).toMatch(/LIMIT/);
    // The officials are then loaded by id: at most first + 1 per country with officials.
    // (With relation joins the table is aliased and the positions come in a LATERAL join:
    // FROM "public"."Official" AS "t0" LEFT JOIN LATERAL (...) WHERE "t0"."id" IN (...).)
    const load = sql.filter((s) => /FROM "public"\."Official"(?: AS "t0")?[\s\S]* WHERE (?:"public"\."Official"|"t0")\."id" IN \(/.test(s));
    expect(load).toHaveLength(1);
    const placeholders = (load[0]!.match(/\$\d+/g) ?? []).length;
    const withOfficials = Object.values(SIZES).filter((n) => n > 0);
    expect(placeholders).toBeLessThanOrEqual(withOfficials.reduce((sum, n) => sum + Math.min(n, first + 1), 0) + 2);
  });
});

describe('JOINED_PAGES: the first pages in the parent statement', () => {
  it.skipIf(!joinedPages)('countries -> officials -> positions is one statement, with a LIMIT per country', async () => {
    // (A page size no other test asks for: a cached answer would run no SQL at all.)
    const query = `{ countries(first: 30, region: "Oceania") { edges { node { code
      officials(first: 3) { edges { node { name positions { title } } } } } } } }`;
    const { result, sql } = await t.statements(() => t.gql<Members>(query));
    expect(result.errors).toBeUndefined();
    for (const { node } of result.data!.countries.edges) expect(node.officials.edges.map((e) => e.node.name)).toEqual((await oracle(node.code, 3)).page);
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatch(/LATERAL[\s\S]*"Official"[\s\S]*LIMIT/);
    const one = `{ country(code: "AU") { officials(first: 2) { edges { node { name positions { title } } } } } }`;
    const single = await t.statements(() => t.gql<{ country: { officials: { edges: { node: { name: string } }[] } } }>(one));
    expect(single.result.data!.country.officials.edges.map((e) => e.node.name)).toEqual((await oracle('AU', 2)).page);
    expect(single.sql).toHaveLength(1);
  });
});

describe("totalCount of an actor's articles and events, under a list", () => {
  interface Counted {
    countries: {
      edges: {
        node: {
          code: string;
          articles: { totalCount: number };
          diplomaticEvents: { totalCount: number };
          officials: { edges: { node: { slug: string; articles: { totalCount: number }; diplomaticEvents: { totalCount: number } } }[] };
        };
      }[];
    };
  }
  const QUERY = `{ countries(first: 30, region: "Oceania") { edges { node { code
    articles(first: 1) { totalCount }
    diplomaticEvents(first: 1, filter: { types: [MEETING] }) { totalCount }
    officials(first: 3) { edges { node { slug articles(first: 1) { totalCount } diplomaticEvents(first: 1) { totalCount } } } } } } } }`;

  it('matches the database for every parent, counted for the listed parents only', async () => {
    const { result, sql } = await t.statements(() => t.gql<Counted>(QUERY));
    expect(result.errors).toBeUndefined();
    const prisma = t.test.db.prisma;
    for (const { node } of result.data!.countries.edges) {
      expect(node.articles.totalCount).toBe(await prisma.articleCountry.count({ where: { countryCode: node.code } }));
      expect(node.diplomaticEvents.totalCount).toBe(
        await prisma.eventParticipant.count({ where: { countryCode: node.code, event: { type: 'MEETING', factuality: 'ASSERTED' } } }),
      );
      for (const { node: o } of node.officials.edges) {
        const official = await prisma.official.findUniqueOrThrow({ where: { slug: o.slug } });
        expect(o.articles.totalCount).toBe(await prisma.articleOfficial.count({ where: { officialId: official.id } }));
        expect(o.diplomaticEvents.totalCount).toBe(await prisma.eventParticipant.count({ where: { officialId: official.id, event: { factuality: 'ASSERTED' } } }));
      }
    }
    expect(result.data!.countries.edges.some((e) => e.node.articles.totalCount > 0)).toBe(true);
    // One grouped count per connection, restricted to the listed parents; never a count of the
    // whole table joined to the parents.
    const counts = sql.filter((s) => /COUNT\(\*\)/i.test(s));
    expect(counts.length).toBeLessThanOrEqual(5);
    for (const s of counts) expect(s).toMatch(/ IN \(/);
  });
});
