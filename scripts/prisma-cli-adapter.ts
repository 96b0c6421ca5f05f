// The driver adapter the Prisma CLI uses (see prisma.config.ts), chosen by DATABASE_URL.
import { mkdirSync } from 'node:fs';
import { loadConfig } from '../src/config.ts';

export async function cliAdapter() {
  const { database } = loadConfig();
  if (database.kind === 'postgres') {
    // adapter-pg 6.x cannot read PostgreSQL's `name` columns during migrate; 7.x can.
    const { PrismaPg } = await import('prisma-adapter-pg-cli');
    return new PrismaPg({ connectionString: database.url });
  }
  if (database.dataDir === null) {
    throw new Error('DATABASE_URL=memory: lives inside the server process; the server migrates it at start.');
  }
  mkdirSync(database.dataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  // Same extensions as the server's PGlite (src/db/index.ts): the migrations create them.
  const pglite = new PGlite(database.dataDir, { extensions: { unaccent, pg_trgm } });
  // The CLI never closes the adapter's database; an embedded folder left unclosed needs
  // crash recovery on its next open. Close it once the CLI has nothing left to do.
  let closing = false;
  process.on('beforeExit', () => {
    if (closing || pglite.closed) return;
    closing = true;
    void pglite.close();
  });
  return new PrismaPGlite(pglite);
}
