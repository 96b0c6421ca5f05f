// `npm run db:diff [-- <name>]`: the SQL that takes a database migrated with prisma/migrations
// to prisma/schema.prisma, computed offline by the Prisma 6.19 CLI's WebAssembly engine on an
// in-memory PGlite shadow database (scripts/prisma-cli6.ts). With a name, writes it as the
// next migration, prisma/migrations/<UTC timestamp>_<name>/migration.sql; without, prints it.
// Review the SQL before committing it (data moves, dedupes, hand-written indexes).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MIGRATIONS, migrationDiff } from './prisma-cli6.ts';

const name = process.argv[2];
if (name !== undefined && !/^[a-z0-9_]+$/.test(name)) {
  console.error('db:diff: the migration name is lower-case letters, digits and _');
  process.exit(2);
}
const sql = await migrationDiff();
if (!/\S/.test(sql.replace(/^--.*$/gm, ''))) {
  console.log('prisma/schema.prisma and prisma/migrations agree: no migration needed');
} else if (name === undefined) {
  process.stdout.write(sql);
} else {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(MIGRATIONS, `${stamp}_${name}`);
  await mkdir(dir);
  await writeFile(path.join(dir, 'migration.sql'), sql);
  console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql: review it, then npm run db:migrate`);
}
