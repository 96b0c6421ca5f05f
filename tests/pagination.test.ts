// Cursor pagination of the root connections (keyset, src/schema/keyset.ts): every page,
// forward and backward, from every position, must match the order PostgreSQL gives for the
// connection's ORDER BY; a page after a cursor must be a LIMITed statement, not a read of
// the rest of the table.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPerformanceConfig } from '../src/config.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  const prisma = t.test.db.prisma;
  // 23 articles: 7 undated, and several sharing a timestamp, so ties and the null
  // boundary fall inside pages.
  const stamps = ['2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z', '2024-12-24T00:00:00Z', '2026-01-05T08:30:00Z'];
  await prisma.article.createMany({
    data: Array.from({ length: 23 }, (_, i) => {
      const body = `Body of paging article ${i}.`;
      return {
        url: `https://paging.example/${i}`,
        title: `Paging ${i}`,
        body,
        contentHash: createHash('sha256').update(body).digest('hex'),
        publishedAt: i % 3 === 0 ? null : new Date(stamps[i % stamps.length]!),
      };
    }),
  });
  // Events: dates with ties and nulls.
  for (let i = 0; i < 17; i += 1) {
    await prisma.diplomaticEvent.create({
      data: {
        key: `paging-event-${i}`,
        sidesKey: `paging-event-${i}`,
        type: 'VISIT',
        summary: `Paging event ${i}`,
        date: i % 4 === 0 ? null : new Date(Date.UTC(2025, i % 3, 1)),
      },
    });
  }
});
afterAll(() => t?.close());

interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** The expected order, straight from PostgreSQL: global IDs in the connection's ORDER BY. */
async function expectedOrder(table: 'Article' | 'DiplomaticEvent', column: 'publishedAt' | 'date') {
  const rows = await t.test.db.prisma.$queryRawUnsafe<{ id: number }[]>(
    `SELECT id FROM "${table}" ORDER BY "${column}" DESC NULLS LAST, id DESC`,
  );
  return rows.map((r) => Buffer.from(`${table}:${r.id}`).toString('base64'));
}

async function page(field: string, args: string, vars: Record<string, unknown>): Promise<Page> {
  const res = await t.gql<Record<string, Page>>(
    `query ($first: Int, $last: Int, $after: String, $before: String) {
      ${field}(${args}) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
    vars,
  );
  expect(res.errors).toBeUndefined();
  return res.data![field]!;
}

const ALL_ARGS = 'first: $first, last: $last, after: $after, before: $before';

const cases = [
  { field: 'articles', table: 'Article', column: 'publishedAt' },
  { field: 'diplomaticEvents', table: 'DiplomaticEvent', column: 'date' },
] as const;

describe.each(cases)('$field: keyset pagination', ({ field, table, column }) => {
  const args = ALL_ARGS;

  it('walks forward and backward through the whole list in the database order', async () => {
    const expected = await expectedOrder(table, column);
    expect(expected.length).toBeGreaterThan(15);
    for (const size of [1, 4, 7]) {
      const forward: string[] = [];
      let after: string | null = null;
      for (;;) {
        const p = await page(field, args, { first: size, after });
        forward.push(...p.edges.map((e) => e.node.id));
        expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(forward).toEqual(expected);

      const backward: string[] = [];
      let before: string | null = null;
      for (;;) {
        const p = await page(field, args, { last: size, before });
        backward.unshift(...p.edges.map((e) => e.node.id));
        if (!p.pageInfo.hasPreviousPage) break;
        before = p.pageInfo.startCursor;
      }
      expect(backward).toEqual(expected);
    }
  });

  it('returns the rows next to any cursor, across ties and the undated rows', async () => {
    const expected = await expectedOrder(table, column);
    const all = await page(field, args, { first: 100 });
    const cursors = all.edges.map((e) => e.cursor);
    for (let i = 0; i < expected.length; i += 1) {
      const after = await page(field, args, { first: 3, after: cursors[i] });
      expect(after.edges.map((e) => e.node.id)).toEqual(expected.slice(i + 1, i + 4));
      expect(after.pageInfo.hasNextPage).toBe(i + 4 < expected.length);
      const before = await page(field, args, { last: 3, before: cursors[i] });
      expect(before.edges.map((e) => e.node.id)).toEqual(expected.slice(Math.max(0, i - 3), i));
      expect(before.pageInfo.hasPreviousPage).toBe(i - 3 > 0);
    }
  });
});

type CountriesPage = { data?: { countries: { edges: { node: { name: string; code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } | null; errors?: unknown };

describe('cursors on the name-ordered connections', () => {
  it('countries: pages of 50 after cursors give the whole list once, by name', async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: CountriesPage = await t.gql<CountriesPage['data'] & object>(
        'query ($after: String) { countries(first: 50, after: $after) { edges { node { name code } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(res.errors).toBeUndefined();
      names.push(...res.data!.countries.edges.map((e) => e.node.code));
      if (!res.data!.countries.pageInfo.hasNextPage) break;
      after = res.data!.countries.pageInfo.endCursor;
    }
    const rows = await t.test.db.prisma.$queryRawUnsafe<{ code: string }[]>('SELECT code FROM "Country" ORDER BY name, code');
    expect(names).toEqual(rows.map((r) => r.code));
  });
});

// With KEYSET_PAGINATION=false (the benchmark's ablation) Prisma's cursor is used: same pages, other SQL.
describe.skipIf(!loadPerformanceConfig().keysetPagination)('a page after a cursor is a bounded statement', () => {
  it('reads the page with LIMIT and a seek condition on the sort keys the cursor carries: one statement', async () => {
    const all = await page('articles', ALL_ARGS, { first: 5 });
    // (A page size no other test asks for: a cached answer would run no SQL at all.)
    const { result, sql } = await t.statements(() => page('articles', ALL_ARGS, { first: 2, after: all.edges[1]!.cursor }));
    expect(result.edges).toHaveLength(2);
    // The cursor holds (publishedAt, id): no statement to look the cursor row up.
    expect(sql).toHaveLength(1);
    // (Prisma's own cursor option sends the page without LIMIT: every row after the cursor.)
    expect(sql[0]).toMatch(/\bLIMIT\b/i);
    expect(sql[0]).toMatch(/"publishedAt" <= \$\d+/);
  });

  it('an old-style cursor (the ID alone) is still read while its row exists: its sort keys are looked up', async () => {
    const all = await page('articles', ALL_ARGS, { first: 6 });
    const id = Number(Buffer.from(all.edges[2]!.node.id, 'base64').toString().split(':')[1]);
    const old = Buffer.from(`GPC:N:${id}`).toString('base64');
    const { result, sql } = await t.statements(() => page('articles', ALL_ARGS, { first: 3, after: old }));
    expect(result.edges.map((e) => e.node.id)).toEqual(all.edges.slice(3, 6).map((e) => e.node.id));
    expect(sql).toHaveLength(2);
  });

  it('an old-style cursor whose row is gone is refused (STALE_CURSOR), not answered with an empty last page', async () => {
    const res = await t.gql(`{ articles(first: 3, after: "${Buffer.from('GPC:N:999999').toString('base64')}") { edges { cursor } } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'STALE_CURSOR' });
  });

  it('a cursor of another list, or forged, is BAD_USER_INPUT', async () => {
    const countries = await t.gql<{ countries: Page }>('{ countries(first: 1) { edges { cursor node { id } } pageInfo { endCursor } } }');
    for (const after of [
      countries.data!.countries.pageInfo.endCursor!,
      Buffer.from('GPC:T:["N:1"]').toString('base64'),
      Buffer.from('GPC:T:["S:x","N:1"]').toString('base64'),
      'not a cursor',
    ]) {
      const res = await t.gql(`query ($after: String) { articles(first: 3, after: $after) { edges { cursor } } }`, { after });
      expect(res.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
    }
  });
});
