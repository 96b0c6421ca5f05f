// Runs the Prisma 6.19 CLI (dev-only package `prisma-cli6`, config prisma/cli6.config.ts),
// the last Prisma CLI whose schema engine runs in WebAssembly and so works offline. Prisma 7
// forbids a datasource URL in the schema and the 6.19 parser requires one (without it, it
// falls back to a native engine it tries to download): this CLI gets a copy of the schema
// with a placeholder URL the driver adapter never uses.
//   tsx scripts/prisma-cli6.ts migrate status      (any 6.19 command, on DATABASE_URL)
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMA = path.join(root, 'prisma', 'schema.prisma');
export const MIGRATIONS = path.join(root, 'prisma', 'migrations');
const CLI = createRequire(import.meta.url).resolve('prisma-cli6/build/index.js');
const PLACEHOLDER_URL = 'postgresql://placeholder@localhost/newsgraph';

/** The schema text as the 6.19 CLI reads it: the datasource gets a placeholder URL. */
export function forCli6(schema: string): string {
  const out = schema.replace(/(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"postgresql")/, `$1\n  url      = "${PLACEHOLDER_URL}"`);
  if (out === schema) throw new Error('prisma-cli6: no postgresql datasource block found in the schema');
  return out;
}

export interface Cli6Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the 6.19 CLI with `args`; `{schema}` in an argument stands for the schema copy's path. */
export async function cli6(args: string[], env: NodeJS.ProcessEnv = process.env, schemaPath = SCHEMA): Promise<Cli6Result> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-cli6-'));
  try {
    const copy = path.join(dir, 'schema.prisma');
    await writeFile(copy, forCli6(await readFile(schemaPath, 'utf8')));
    const argv = [CLI, ...args.map((a) => a.replaceAll('{schema}', copy)), '--config', path.join(root, 'prisma', 'cli6.config.ts')];
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, argv, {
        cwd: root,
        env: { ...env, NEWSGRAPH_CLI6_SCHEMA: copy, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 300_000,
      });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code?: unknown; stdout?: string; stderr?: string };
      if (typeof e.code !== 'number') throw err;
      return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The SQL that takes a database migrated with prisma/migrations to the schema, computed on
 * an in-memory shadow database (PGlite with the server's extensions): empty when they agree.
 */
export async function migrationDiff(schemaPath = SCHEMA): Promise<string> {
  const r = await cli6(
    ['migrate', 'diff', '--from-migrations', MIGRATIONS, '--to-schema-datamodel', '{schema}', '--script'],
    { ...process.env, DATABASE_URL: 'memory:' },
    schemaPath,
  );
  if (r.code !== 0) throw new Error(`prisma 6.19 migrate diff failed (exit ${r.code}):\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await cli6(process.argv.slice(2));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.exitCode = r.code;
}
