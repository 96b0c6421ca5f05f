// PREPARED_STATEMENTS (src/db/prepared.ts): on PostgreSQL, Prisma's statements go out as named
// prepared statements, one name per SQL text, capped. Here: the names, the cap, and that a
// query through the app leaves its statement prepared on the connection with its own text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPerformanceConfig } from '../src/config.ts';
import { statementNames } from '../src/db/prepared.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { usingPostgres } from './helpers/db.ts';
import { storeFake } from './helpers/factory.ts';

describe('statementNames', () => {
  it('names one text always alike and two texts apart, within PostgreSQL identifier length', () => {
    const name = statementNames();
    const a = name({ sql: 'SELECT 1 WHERE $1 = 1' });
    expect(name({ sql: `SELECT 1 WHERE ${'$1'} = 1` })).toBe(a);
    expect(name({ sql: 'SELECT 2 WHERE $1 = 1' })).not.toBe(a);
    // Another generator (another process) gives the same text the same name.
    expect(statementNames()({ sql: 'SELECT 1 WHERE $1 = 1' })).toBe(a);
    expect(a.length).toBeLessThanOrEqual(63);
  });

  it('leaves texts past the cap unnamed and keeps the names it gave', () => {
    const name = statementNames(2);
    const first = name({ sql: 'SELECT 1' });
    const second = name({ sql: 'SELECT 2' });
    expect(name({ sql: 'SELECT 3' })).toBeUndefined();
    expect(name({ sql: 'SELECT 1' })).toBe(first);
    expect(name({ sql: 'SELECT 2' })).toBe(second);
  });
});

describe.skipIf(!usingPostgres || !loadPerformanceConfig().preparedStatements)('Prisma statements on PostgreSQL with PREPARED_STATEMENTS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await storeFake(t.test.db.prisma, { countries: ['UY'], officials: 2 });
  });
  afterAll(() => t?.close());

  it('prepares the statement a read sends on its connection, and answers the same rows again from it', async () => {
    const prisma = t.test.db.prisma;
    const read = (tx: typeof prisma) => tx.official.findMany({ where: { countryCode: 'UY' }, select: { slug: true, positions: { select: { title: true } } }, orderBy: { slug: 'asc' } });
    const { rows, again, prepared } = await prisma.$transaction(async (tx) => {
      const rows = await read(tx as typeof prisma);
      const again = await read(tx as typeof prisma);
      const prepared = await tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
      return { rows, again, prepared };
    });
    expect(rows.length).toBe(2);
    expect(again).toEqual(rows);
    // The read's own statement: officials with their positions joined (one text, prepared once).
    const official = prepared.filter((p) => p.statement.includes('"Official_positions"'));
    expect(official.length).toBe(1);
    expect(official[0]!.name).toMatch(/^p[\w-]{27}$/);
  });
});
