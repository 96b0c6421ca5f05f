// The driver adapter the Prisma 6.19 CLI uses (see prisma/cli6.config.ts), chosen by DATABASE_URL.
import { mkdirSync } from 'node:fs';
import { loadConfig } from '../src/config.ts';

export async function cliAdapter() {
  const { database } = loadConfig();
  const { PGlite } = await import('@electric-sql/pglite');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  // Same extensions as the server's PGlite (src/db/index.ts): the migrations create them.
  const extensions = { unaccent, pg_trgm };
  if (database.kind === 'postgres') {
    // adapter-pg 7.x reads PostgreSQL's `name` columns during migrate (6.x could not).
    const { PrismaPg } = await import('@prisma/adapter-pg');
    return new PrismaPg({ connectionString: database.url });
  }
  const { PrismaPGlite } = await import('pglite-prisma-adapter-cli6');
  if (database.dataDir === null) {
    // `migrate diff --from-migrations` needs only the shadow database: an empty in-memory one.
    return withShadow(new PrismaPGlite(new PGlite({ extensions })), () => new PGlite({ extensions }));
  }
  mkdirSync(database.dataDir, { recursive: true });
  const pglite = new PGlite(database.dataDir, { extensions });
  // The CLI never closes the adapter's database; an embedded folder left unclosed needs
  // crash recovery on its next open. Close it once the CLI has nothing left to do.
  let closing = false;
  process.on('beforeExit', () => {
    if (closing || pglite.closed) return;
    closing = true;
    void pglite.close();
  });
  return withShadow(new PrismaPGlite(pglite), () => new PGlite({ extensions }));
}

/**
 * The adapter's own shadow database (for `migrate diff --from-migrations`) lacks the extensions
 * the migrations create, and the 6.19 engine sends each migration script there as one
 * `executeRaw` without parameters, which PGlite's extended protocol refuses ("cannot insert
 * multiple commands into a prepared statement"): give it our PGlite, running such scripts
 * with the simple protocol.
 */
async function withShadow<F extends { connectToShadowDb(): Promise<unknown> }>(factory: F, shadow: () => PGliteInstance): Promise<F> {
  const { PrismaPGlite } = await import('pglite-prisma-adapter-cli6');
  factory.connectToShadowDb = async () => {
    const pglite = shadow();
    const adapter = await new PrismaPGlite(pglite).connect();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await pglite.exec(query.sql);
      return 0;
    };
    return adapter;
  };
  return factory;
}

type PGliteInstance = InstanceType<typeof import('@electric-sql/pglite').PGlite>;
