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
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  return new PrismaPGlite(new PGlite(database.dataDir));
}
