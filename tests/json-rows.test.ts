// JSON_ROWS (src/db/json-rows.ts): Prisma's relation-join statements build their joined rows
// as json instead of jsonb. The results are checked against the database throughout the
// suite (tests/nested-pages.test.ts, tests/api.test.ts, ...), which runs with the rewrite on
// by default; here: which statements it rewrites, which it must leave alone, and that the
// statements a nested query sends are rewritten, with the same rows as the relations hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPerformanceConfig } from '../src/config.ts';
import { jsonRowsSql } from '../src/db/json-rows.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { storeFake } from './helpers/factory.ts';

const JOINED = `SELECT "t0"."code", "Country_officials"."__prisma_data__" AS "officials" FROM "public"."Country" AS "t0" LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__" FROM (SELECT JSONB_BUILD_OBJECT('id', "t1"."id", 'name', "t1"."name") AS "__prisma_data__" FROM "public"."Official" AS "t1" WHERE "t0"."code" = "t1"."countryCode") AS "t2") AS "Country_officials" ON true LIMIT $1`;

describe('jsonRowsSql', () => {
  it("builds a relation join's rows with json functions", () => {
    const sql = jsonRowsSql(JOINED);
    expect(sql).toBe(
      JOINED.replace(`COALESCE(JSONB_AGG("__prisma_data__"), '[]')`, `COALESCE(JSON_AGG("__prisma_data__"), '[]'::json)`).replace('JSONB_BUILD_OBJECT(', 'JSON_BUILD_OBJECT('),
    );
    expect(sql).not.toMatch(/JSONB/);
  });

  it('leaves alone statements that are not relation joins, or that might compare the built values', () => {
    const raw = `SELECT JSONB_BUILD_OBJECT('a', 1) AS x, JSONB_AGG(y) FROM t`;
    expect(jsonRowsSql(raw)).toBe(raw);
    for (const comparing of [JOINED.replace('SELECT "t0"', 'SELECT DISTINCT "t0"'), `${JOINED} UNION ALL ${JOINED}`, JOINED.replace(' LIMIT', ' GROUP BY 1, 2 LIMIT')]) {
      expect(jsonRowsSql(comparing)).toBe(comparing);
    }
  });
});

describe.skipIf(!loadPerformanceConfig().jsonRows || !loadPerformanceConfig().relationJoins)('a nested query with JSON_ROWS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await storeFake(t.test.db.prisma, { countries: ['UY', 'PY'], officials: 3 });
  });
  afterAll(() => t?.close());

  it('sends json-building statements and returns the rows the relations hold', async () => {
    const query = `{ country(code: "UY") { officials(first: 50) { edges { node { slug positions { title startDate endDate } } } } } }`;
    const { result, sql } = await t.statements(() =>
      t.gql<{ country: { officials: { edges: { node: { slug: string; positions: { title: string; startDate: string | null; endDate: string | null }[] } }[] } } }>(query),
    );
    expect(result.errors).toBeUndefined();
    expect(sql.some((s) => s.includes('JSON_BUILD_OBJECT(') && s.includes('JSON_AGG('))).toBe(true);
    expect(sql.some((s) => /JSONB_/.test(s))).toBe(false);
    const officials = await t.test.db.prisma.official.findMany({
      where: { countryCode: 'UY' },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      include: { positions: { orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] } },
      relationLoadStrategy: 'query',
    });
    expect(officials.length).toBeGreaterThan(0);
    const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
    expect(result.data!.country.officials.edges.map((e) => e.node)).toEqual(
      officials.map((o) => ({ slug: o.slug, positions: o.positions.map((p) => ({ title: p.title, startDate: day(p.startDate), endDate: day(p.endDate) })) })),
    );
  });
});
