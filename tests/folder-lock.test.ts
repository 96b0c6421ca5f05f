// One process at a time on an embedded database folder: PGlite would let a second process open
// the same folder and both would write its files. The second opener, in this process or in
// another (the server started twice, the ingest CLI beside a running server), stops with a
// clear message and changes nothing; once the first closes, the folder opens again.
// About PGlite folders, so it runs the same with or without DATABASE_URL.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/index.ts';
import { DatabaseInUseError } from '../src/db/folder-lock.ts';
import { testConfig } from './helpers/db.ts';

let dir = '';
const open: Database[] = [];
const openFolder = async () => {
  const db = await openDatabase(testConfig({ kind: 'pglite', dataDir: dir }));
  open.push(db);
  return db;
};

beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'newsgraph-lock-')), 'pglite');
});
afterEach(async () => {
  for (const db of open.splice(0)) await db.close();
  rmSync(path.dirname(dir), { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, DATABASE_URL: `file:${dir}`, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_SAMPLE: 'false' },
  });
  let stderr = '';
  proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => proc.on('exit', (code) => resolve({ code, stderr })));
}

describe('an embedded database folder', () => {
  it('refuses a second opener in the same process until the first closes', async () => {
    const first = await openFolder();
    await first.migrate();
    await first.sql(`INSERT INTO "Country" ("code", "alpha3", "name", "officialName") VALUES ('ZZ', 'ZZZ', 'Zedland', 'Zedland')`);

    const second = openDatabase(testConfig({ kind: 'pglite', dataDir: dir }));
    await expect(second).rejects.toBeInstanceOf(DatabaseInUseError);
    await expect(second).rejects.toThrow(`the embedded database folder ${dir} is in use by another Newsgraph process`);
    // The first one is untouched by the refused attempt.
    expect(await first.sql<{ name: string }>(`SELECT "name" FROM "Country" WHERE "code" = 'ZZ'`)).toEqual([{ name: 'Zedland' }]);

    await open.splice(0)[0]!.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    const again = await openFolder();
    expect(await again.sql<{ name: string }>(`SELECT "name" FROM "Country" WHERE "code" = 'ZZ'`)).toEqual([{ name: 'Zedland' }]);
  }, 60_000);

  it('stops a second server process with a clear message and exit code 1', async () => {
    const first = await openFolder();
    await first.migrate();
    const { code, stderr } = await run(['src/index.ts']);
    expect(code).toBe(1);
    expect(stderr).toContain('Newsgraph failed to start: the embedded database folder');
    expect(stderr).toContain('is in use by another Newsgraph process');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    // Still the first process's: it answers, and its lock is still there.
    expect(await first.sql<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    expect(existsSync(`${dir}.lock`)).toBe(true);
  }, 60_000);
});
