// A database of its own for each test file: in-process PGlite by default, or a fresh
// database on the PostgreSQL server named by DATABASE_URL (dropped afterwards).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { parseDatabaseUrl, type Config } from '../../src/config.ts';
import { openDatabase, type Database } from '../../src/db/index.ts';
import { loadSecurityConfig } from '../../src/security/config.ts';

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
    dbConnectTimeoutMs: 5_000,
    dbStatementTimeoutMs: 30_000,
    dbPoolMax: 5,
    seedSample: false,
    shutdownTimeoutMs: 5_000,
    // Production defaults (no admin token, public reads, limits on); tests override what they probe.
    security: loadSecurityConfig({}),
  };
}

/** Creates an empty database on the server named by DATABASE_URL; returns its URL. */
export async function createServerDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = new URL(process.env.DATABASE_URL as string);
  const name = `newsgraph_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
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
