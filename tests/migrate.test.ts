// One migration history for both databases, applied in-process (the server at start, `npm run
// db:migrate`) or by `prisma migrate deploy` (the 6.19 CLI, the last that migrates offline);
// they record the same rows, so either sees the other's work as done.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/index.ts';
import { readMigrations } from '../src/db/migrate.ts';
import { cli6 } from '../scripts/prisma-cli6.ts';
import { createServerDatabase, testConfig, usingPostgres } from './helpers/db.ts';

const run = promisify(execFile);
const prismaCli = async (databaseUrl: string, ...args: string[]) => {
  const r = await cli6(args, { ...process.env, DATABASE_URL: databaseUrl });
  if (r.code !== 0) throw new Error(`prisma ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r;
};
const npmScript = (databaseUrl: string, script: string, ...args: string[]) =>
  run(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), script, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    timeout: 120_000,
  });

describe('migrations', { timeout: 180_000 }, () => {
  it('apply once, record Prisma-compatible checksums, and are idempotent', async () => {
    const db = await openDatabase(testConfig({ kind: 'pglite', dataDir: null }));
    try {
      const migrations = await readMigrations();
      expect(await db.migrate()).toEqual(migrations.map((m) => m.name));
      expect(await db.migrate()).toEqual([]);
      const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string; finished_at: Date | null }[]>(
        'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(migrations.map((m) => [m.name, m.checksum]));
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('agree with `prisma migrate deploy` on an embedded database folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-pglite-'));
    try {
      const { stdout } = await prismaCli(`file:${dir}`, 'migrate', 'deploy');
      expect(stdout).toMatch(/successfully applied|No pending migrations/);
      const db = await openDatabase(testConfig({ kind: 'pglite', dataDir: dir }));
      try {
        expect(await db.migrate()).toEqual([]);
        expect(await db.prisma.country.count()).toBe(0);
      } finally {
        await db.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('are applied by `npm run db:migrate` on an embedded folder, and `db:status` says so', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-pglite-'));
    try {
      const before = await npmScript(`file:${dir}`, 'scripts/migrate.ts', '--status').then(
        () => ({ code: 0, stdout: '' }),
        (e: { code: number; stdout: string }) => e,
      );
      expect(before.code).toBe(1);
      expect(before.stdout).toMatch(/0 of \d+ migrations applied/);
      const { stdout } = await npmScript(`file:${dir}`, 'scripts/migrate.ts');
      expect(stdout).toContain('applied 20261127000000_init');
      const after = await npmScript(`file:${dir}`, 'scripts/migrate.ts', '--status');
      expect(after.stdout).toMatch(/Database schema is up to date/);
      // The 6.19 CLI reads the same records.
      expect((await prismaCli(`file:${dir}`, 'migrate', 'status')).stdout).toMatch(/Database schema is up to date/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.runIf(usingPostgres)('agree with `prisma migrate status` and `deploy` on PostgreSQL', async () => {
    const server = await createServerDatabase();
    try {
      const db = await openDatabase(testConfig({ kind: 'postgres', url: server.url }));
      try {
        expect((await db.migrate()).length).toBeGreaterThan(0);
      } finally {
        await db.close();
      }
      const status = await prismaCli(server.url, 'migrate', 'status');
      expect(status.stdout).toMatch(/Database schema is up to date/);
      const deploy = await prismaCli(server.url, 'migrate', 'deploy');
      expect(deploy.stdout).toMatch(/No pending migrations/);
    } finally {
      await server.drop();
    }
  });
});
