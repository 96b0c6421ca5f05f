// Experiment: Prisma's `relationJoins` preview feature with the driver adapter Newsgraph uses.
// Generates a client from prisma/schema.prisma with the feature on (into ./client, deleted
// at the end; prisma/schema.prisma itself is untouched), then runs the Prisma query behind
// scenario 2 (countries -> officials -> positions, 20 x 20) and scenario 3's participants/actors
// and evidence/articles with relationLoadStrategy 'query' (Newsgraph today) and 'join'.
//   npx tsx bench/experiments/relation-joins/run.ts [database]
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const db = process.argv[2] ?? 'newsgraph_bench';
let schema = readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8');
schema = schema.replace('output       = "../src/generated/prisma"', `output       = "${path.join(here, 'client')}"\n  previewFeatures = ["relationJoins"]`);
schema = schema.replace(/generator pothos \{[^}]*\}/, '');
writeFileSync(path.join(here, 'schema.prisma'), schema);
writeFileSync(
  path.join(here, 'prisma.config.ts'),
  `import { defineConfig } from 'prisma/config';
export default defineConfig({
  schema: ${JSON.stringify(path.join(here, 'schema.prisma'))},
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    const { cliAdapter } = await import(${JSON.stringify(path.join(root, 'scripts/prisma-cli-adapter.ts'))});
    return cliAdapter() as never;
  },
});
`,
);
const gen = spawnSync(path.join(root, 'node_modules/.bin/prisma'), ['generate', '--config', path.relative(root, path.join(here, 'prisma.config.ts'))], { cwd: root, encoding: 'utf8' });
if (gen.status !== 0) throw new Error(gen.stderr + gen.stdout);

const { default: pg } = await import(path.join(root, 'node_modules/pg/lib/index.js'));
const { PrismaPg } = await import('@prisma/adapter-pg');
const { PrismaClient } = await import(path.join(here, 'client/client.ts'));
const { instrumentAdapterFactory } = await import(path.join(root, 'src/db/instrument.ts'));
const pool = new pg.Pool({ connectionString: `postgresql://postgres@127.0.0.1:5432/${db}`, max: 4 });
let statements = 0;
const prisma = new PrismaClient({ adapter: instrumentAdapterFactory(new PrismaPg(pool), () => (statements += 1)) });

const queries = {
  nested: (s: 'query' | 'join') =>
    prisma.country.findMany({
      relationLoadStrategy: s,
      orderBy: [{ name: 'asc' }, { code: 'asc' }],
      take: 21,
      include: { officials: { take: 21, orderBy: [{ name: 'asc' }, { id: 'asc' }], include: { positions: { orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] } } } },
    }),
  events: (s: 'query' | 'join') =>
    prisma.diplomaticEvent.findMany({
      relationLoadStrategy: s,
      where: { AND: [{ type: { in: ['VISIT'] } }, { participants: { some: { countryCode: { in: ['US'] } } } }, { factuality: { in: ['ASSERTED'] } }] },
      orderBy: [{ date: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      take: 21,
      include: {
        participants: { orderBy: [{ role: 'asc' }, { id: 'asc' }], include: { country: true, official: true, organization: true } },
        evidence: { orderBy: [{ articleId: 'asc' }, { start: 'asc' }], include: { article: true } },
      },
    }),
};
const out: string[] = [];
for (const [name, q] of Object.entries(queries)) {
  for (const s of ['query', 'join'] as const) {
    const size = JSON.stringify(await q(s)).length;
    const times: number[] = [];
    statements = 0;
    for (let i = 0; i < 20; i += 1) {
      const t = performance.now();
      await q(s);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    out.push(`| ${name} | ${s} | ${statements / 20} | ${times[10]!.toFixed(1)} | ${times[18]!.toFixed(1)} | ${size} |`);
  }
}
console.log(`database ${db}\n| query | relationLoadStrategy | statements | median ms | p95 ms | JSON bytes |\n| --- | --- | ---: | ---: | ---: | ---: |\n${out.join('\n')}`);
await prisma.$disconnect();
await pool.end();
// The generated client and its schema are throw-away (and not linted or committed).
for (const f of ['client', 'schema.prisma', 'prisma.config.ts']) rmSync(path.join(here, f), { recursive: true, force: true });
