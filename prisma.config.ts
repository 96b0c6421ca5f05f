// Prisma 7 CLI configuration: `prisma generate` (run by `npm install`), `validate`, `format`.
// Prisma 7's CLI needs a native schema engine for migrations, which cannot be downloaded
// offline; migrations are applied by the server's own migrator (`npm run db:migrate`,
// src/db/migrate.ts) and written with the 6.19 CLI's WASM engine (`npm run db:diff`,
// prisma/cli6.config.ts). The client reaches the database through driver adapters
// (src/db/index.ts), so the URL below is a placeholder it never uses.
import path from 'node:path';
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  datasource: { url: 'postgresql://placeholder@localhost/newsgraph' },
});
