// Prisma CLI configuration. The CLI runs on the JavaScript schema engine through a driver
// adapter, so it needs no native engine download and works offline.
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    const { cliAdapter } = await import('./scripts/prisma-cli-adapter.ts');
    // pglite-prisma-adapter ships its own copy of the adapter types; the shapes match.
    return cliAdapter() as unknown as Promise<SqlMigrationAwareDriverAdapterFactory>;
  },
});
