// The ingestion CLI on a folder of mixed files: good ones land, bad ones are reported and
// skipped, a second run updates instead of duplicating.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/index.ts';
import { createServerDatabase, testConfig, usingPostgres } from './helpers/db.ts';

const run = promisify(execFile);
let dir: string;
let databaseUrl: string;
let dropServerDb: (() => Promise<void>) | undefined;

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>World Desk</title>
<item><title>Kenya and Somalia restore ties</title><link>https://desk.example/ke-so</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>Kenya and Somalia restored diplomatic relations on Monday after a two-year rupture, the two foreign ministries said.</description></item>
<item><title>Chile recalls ambassador</title><link>https://desk.example/cl</link><pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate>
<description><![CDATA[<p>Chile recalled its ambassador to Israel on Wednesday, President Gabriel Boric said.</p>]]></description></item>
</channel></rss>`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-cli-'));
  const inbox = path.join(dir, 'inbox');
  await mkdir(inbox);
  await writeFile(path.join(inbox, '01-visit.txt'), 'Modi visits Moscow\n\nIndian Prime Minister Narendra Modi visited Moscow on Monday for talks with President Vladimir Putin.');
  await writeFile(path.join(inbox, '02-page.html'), `<html><head><link rel="canonical" href="https://paper.example/eu-sanctions"></head><body><article><h1>EU sanctions Belarus</h1><p>The European Union imposed new sanctions on Belarus on Friday, targeting officials accused of election fraud and repression of protesters.</p><p>Leave a Reply</p></article></body></html>`);
  await writeFile(path.join(inbox, '03-feed.xml'), RSS);
  await writeFile(path.join(inbox, '04-broken.xml'), '<rss><channel><item><title>Unclosed');
  await writeFile(path.join(inbox, '05-binary.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3, 0x28, 0x00]));
  if (usingPostgres) {
    const server = await createServerDatabase();
    databaseUrl = server.url;
    dropServerDb = server.drop;
  } else {
    databaseUrl = `file:${path.join(dir, 'db')}`;
  }
});
afterAll(async () => {
  await dropServerDb?.();
  await rm(dir, { recursive: true, force: true });
});

async function ingestCli(...targets: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...targets], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      timeout: 180_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run ingest', { timeout: 240_000 }, () => {
  it('ingests text, HTML and feed items, reports the bad files and goes on', async () => {
    const first = await ingestCli(path.join(dir, 'inbox'));
    expect(first.stdout).toMatch(/articles: 4 new, 0 updated, 2 failed/);
    expect(first.stderr).toMatch(/04-broken\.xml: MALFORMED_FEED/);
    expect(first.stderr).toMatch(/05-binary\.txt: INVALID_ENCODING/);
    expect(first.code).toBe(1);

    const second = await ingestCli(path.join(dir, 'inbox', '01-visit.txt'), path.join(dir, 'inbox', '03-feed.xml'));
    expect(second.stdout).toMatch(/articles: 0 new, 3 updated, 0 failed/);
    expect(second.code).toBe(0);

    const db = await openDatabase(testConfig(usingPostgres ? { kind: 'postgres', url: databaseUrl } : { kind: 'pglite', dataDir: databaseUrl.slice(5) }));
    try {
      const articles = await db.prisma.article.findMany({ orderBy: { url: 'asc' }, select: { url: true, title: true, sourceName: true, body: true } });
      expect(articles.map((a) => a.url).sort()).toEqual([
        expect.stringMatching(/^file:\/\/.*01-visit\.txt$/),
        'https://desk.example/cl',
        'https://desk.example/ke-so',
        'https://paper.example/eu-sanctions',
      ]);
      expect(articles.find((a) => a.url.includes('eu-sanctions'))?.body).not.toContain('Leave a Reply');
      expect(articles.find((a) => a.url.includes('ke-so'))?.sourceName).toBe('World Desk');
      const types = (await db.prisma.diplomaticEvent.findMany({ select: { type: true } })).map((e) => e.type).sort();
      expect(types).toEqual(expect.arrayContaining(['AMBASSADOR_RECALLED', 'DIPLOMATIC_RELATIONS_ESTABLISHED', 'SANCTIONS_IMPOSED', 'VISIT']));
    } finally {
      await db.close();
    }
  });
});
