// A database of its own for each test file: in-process PGlite by default, or a fresh
// database on the PostgreSQL server named by DATABASE_URL (dropped afterwards).
import { parseDatabaseUrl, type Config } from '../../src/config.ts';
import { openDatabase, type Database } from '../../src/db/index.ts';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch.ts';
import { loadSecurityConfig } from '../../src/config/security.ts';

export const usingPostgres = parseDatabaseUrl(process.env.DATABASE_URL).kind === 'postgres';

export interface TestDatabase {
  db: Database;
  config: Config;
  drop(): Promise<void>;
}

export function testConfig(database: Config['database']): Config {
  return {
    host: '127.0.0.1',
    port: 0,
    logLevel: (process.env.TEST_LOG_LEVEL as Config['logLevel'] | undefined) ?? 'silent',
    database,
    // Also the longest wait for a free pooled connection: twenty concurrent stores of one
    // article queue on its row lock behind 5 connections, which can take seconds on a busy
    // machine. The fault tests set their own, short timeout.
    dbConnectTimeoutMs: 30_000,
    dbStatementTimeoutMs: 30_000,
    dbPoolMax: 5,
    seedSample: false,
    shutdownTimeoutMs: 5_000,
    shutdownDrainMs: 0,
    // Production defaults (no admin token, public reads, limits on); tests override what they probe.
    security: loadSecurityConfig({}),
  };
}

/** Creates an empty database on the server named by DATABASE_URL; returns its URL. */
export function createServerDatabase(): Promise<ScratchDatabase> {
  return createScratchDatabase(process.env.DATABASE_URL as string, 'newsgraph_test');
}

export async function openTestDatabase(): Promise<TestDatabase> {
  if (usingPostgres) {
    const server = await createServerDatabase();
    const config = testConfig({ kind: 'postgres', url: server.url });
    const db = await openDatabase(config);
    return {
      db,
      config,
      async drop() {
        await db.close();
        await server.drop();
      },
    };
  }
  const config = testConfig({ kind: 'pglite', dataDir: null });
  const db = await openDatabase(config);
  return { db, config, drop: () => db.close() };
}
