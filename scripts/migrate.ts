// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL with the server's own
// migrator (src/db/migrate.ts), which records them in `_prisma_migrations` exactly as
// `prisma migrate deploy` does. Prisma 7's CLI cannot migrate without a native engine
// download, so this replaces it (see README, Storage and migrations).
// `npm run db:status` (--status): lists applied, pending and edited migrations; exit code 1
// when any is pending or was edited after it was applied.
import { openDatabase } from '../src/db/index.ts';
import { readMigrations } from '../src/db/migrate.ts';
import { loadConfig } from '../src/config.ts';

const config = loadConfig();
if (config.database.kind === 'pglite' && config.database.dataDir === null) {
  console.error('DATABASE_URL=memory: lives inside the server process; the server migrates it at start.');
  process.exit(2);
}
const where = config.database.kind === 'postgres' ? new URL(config.database.url).host + new URL(config.database.url).pathname : config.database.dataDir;
const db = await openDatabase(config);
try {
  if (process.argv.includes('--status')) {
    const migrations = await readMigrations();
    const [table] = await db.sql<{ exists: boolean }>("SELECT to_regclass('\"_prisma_migrations\"') IS NOT NULL AS exists");
    const exists = table?.exists === true;
    const rows = exists
      ? await db.sql<{ migration_name: string; checksum: string }>(
          'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        )
      : [];
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const pending = migrations.filter((m) => !applied.has(m.name));
    const edited = migrations.filter((m) => applied.has(m.name) && applied.get(m.name) !== m.checksum);
    console.log(`${where}: ${migrations.length - pending.length} of ${migrations.length} migrations applied`);
    for (const m of pending) console.log(`  pending: ${m.name}`);
    for (const m of edited) console.log(`  edited after it was applied: ${m.name}`);
    if (!pending.length && !edited.length) console.log('Database schema is up to date');
    process.exitCode = pending.length || edited.length ? 1 : 0;
  } else {
    const applied = await db.migrate();
    console.log(applied.length ? `${where}: applied ${applied.join(', ')}` : `${where}: no pending migrations`);
  }
} finally {
  await db.close();
}
