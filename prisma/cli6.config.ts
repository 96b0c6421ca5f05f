// Configuration of the Prisma 6.19 CLI (the dev-only package `prisma-cli6`), kept for the
// commands Prisma 7 cannot run offline: 6.19 still has the WebAssembly schema engine
// (`engine: 'js'` on a driver adapter), which Prisma 7 removed. Used by `npm run db:diff`
// (writing a new migration) and by tests/migrate.test.ts (our migrator and `prisma migrate
// deploy/status` agree). The application itself runs on Prisma 7 (prisma.config.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma-cli6/config';

type CliAdapter = NonNullable<Extract<Parameters<typeof defineConfig>[0], { engine: 'js' }>['adapter']>;

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  // The 6.19 parser needs a datasource URL in the schema; Prisma 7 forbids one there, so
  // scripts/prisma-cli6.ts hands this CLI a copy of the schema with a placeholder URL.
  schema: process.env.NEWSGRAPH_CLI6_SCHEMA ?? path.join(root, 'prisma', 'schema.prisma'),
  migrations: { path: path.join(root, 'prisma', 'migrations') },
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    const { cliAdapter } = await import('../scripts/prisma-cli-adapter.ts');
    // The adapters ship their own copies of the adapter types; the shapes match.
    return cliAdapter() as unknown as ReturnType<CliAdapter>;
  },
});
