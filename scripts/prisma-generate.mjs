// `prisma generate` offline (npm's postinstall). Prisma 7's CLI looks for its native schema
// engine before any command and downloads it when missing, which fails without network access.
// `generate` itself runs on WebAssembly and never starts that engine, so any existing executable
// satisfies the check: this process's own Node binary. Never use such a placeholder for
// `prisma migrate` or `prisma db` (they would do nothing and exit 0): see README, Storage.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import process from 'node:process';

const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const { status, error } = spawnSync(process.execPath, [cli, 'generate', ...process.argv.slice(2)], { stdio: 'inherit', env });
if (error) throw error;
process.exit(status ?? 1);
