// npm run ingest -- <file|folder|feed.xml ...>
// Ingests plain-text files (.txt: first line is the headline), HTML pages (.html/.htm) and
// RSS/Atom feeds (.xml/.rss/.atom) into the database named by DATABASE_URL. One bad file is
// reported and skipped; the rest go on. Ends with a summary; exits 1 if anything failed.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import cliProgress from 'cli-progress';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/index.ts';
import { parseFeed } from '../src/ingest/formats/feed.ts';
import { extractHtml } from '../src/ingest/formats/html.ts';
import { ingestArticle, IngestError, type IngestInput } from '../src/services/ingest.ts';
import { seedCountries } from '../src/services/seed.ts';

const TEXT = new Set(['.txt', '.text', '.md']);
const HTML = new Set(['.html', '.htm']);
const FEED = new Set(['.xml', '.rss', '.atom']);

interface Job {
  source: string;
  load(): Promise<IngestInput[]>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
async function readText(file: string): Promise<string> {
  try {
    return utf8.decode(await readFile(file));
  } catch (err) {
    if (err instanceof TypeError) throw new IngestError('INVALID_ENCODING', 'not valid UTF-8 text');
    throw err;
  }
}

const fileUrl = (file: string) => pathToFileURL(path.resolve(file)).toString();

async function collect(target: string, jobs: Job[]): Promise<void> {
  const info = await stat(target);
  if (info.isDirectory()) {
    for (const entry of (await readdir(target)).sort()) {
      if (!entry.startsWith('.')) await collect(path.join(target, entry), jobs);
    }
    return;
  }
  const ext = path.extname(target).toLowerCase();
  if (TEXT.has(ext)) jobs.push({ source: target, load: async () => [{ url: fileUrl(target), text: await readText(target), allowFileUrl: true }] });
  else if (HTML.has(ext)) {
    jobs.push({
      source: target,
      load: async () => {
        const html = await readText(target);
        // The page's own canonical URL when it declares one, else the file's.
        const canonical = extractHtml(html).canonicalUrl;
        return [{ url: canonical ?? fileUrl(target), html, allowFileUrl: !canonical }];
      },
    });
  } else if (FEED.has(ext)) {
    jobs.push({
      source: target,
      load: async () => {
        let feed;
        try {
          feed = parseFeed(await readText(target));
        } catch (err) {
          throw new IngestError('MALFORMED_FEED', (err as Error).message);
        }
        return feed.items.map((item) => ({
          url: item.url,
          title: item.title,
          ...(item.contentIsHtml ? { html: item.content } : { text: item.content }),
          publishedAt: item.publishedAt,
          sourceName: feed.title,
        }));
      },
    });
  }
}

async function main() {
  const targets = process.argv.slice(2).filter((a) => a !== '--');
  if (targets.length === 0) {
    console.error('usage: npm run ingest -- <file|folder|feed.xml> [...]');
    process.exit(2);
  }
  const config = loadConfig();
  const jobs: Job[] = [];
  for (const target of targets) {
    try {
      await collect(target, jobs);
    } catch (err) {
      console.error(`skipped ${target}: ${(err as Error).message}`);
    }
  }
  const db = await openDatabase(config);
  await db.migrate();
  await seedCountries(db.prisma);

  const summary = { new: 0, updated: 0, notExtracted: 0, failed: 0, entitiesAdded: 0, eventsAdded: 0 };
  const failures: string[] = [];
  const bar = process.stderr.isTTY && jobs.length > 1 ? new cliProgress.SingleBar({ format: 'ingesting [{bar}] {value}/{total} {file}' }, cliProgress.Presets.shades_classic) : null;
  bar?.start(jobs.length, 0, { file: '' });
  for (const job of jobs) {
    bar?.update({ file: path.basename(job.source) });
    try {
      const inputs = await job.load();
      if (inputs.length === 0) throw new IngestError('EMPTY_TEXT', 'no articles in this file');
      for (const [i, input] of inputs.entries()) {
        try {
          const r = await ingestArticle(db.prisma, input);
          if (r.created) summary.new += 1;
          else summary.updated += 1;
          if (!r.extracted) summary.notExtracted += 1;
          summary.entitiesAdded += r.entitiesCreated;
          summary.eventsAdded += r.eventsCreated;
        } catch (err) {
          summary.failed += 1;
          failures.push(`${job.source}${inputs.length > 1 ? ` item ${i + 1}` : ''}: ${describe(err)}`);
        }
      }
    } catch (err) {
      summary.failed += 1;
      failures.push(`${job.source}: ${describe(err)}`);
    }
    bar?.increment();
  }
  bar?.stop();
  await db.close();
  for (const f of failures) console.error(`failed ${f}`);
  console.log(
    `articles: ${summary.new} new, ${summary.updated} updated, ${summary.failed} failed` +
      (summary.notExtracted ? ` (${summary.notExtracted} stored without extraction: language not handled)` : '') +
      `; entities added: ${summary.entitiesAdded}; events added: ${summary.eventsAdded}`,
  );
  process.exit(summary.failed > 0 ? 1 : 0);
}

function describe(err: unknown): string {
  if (err instanceof IngestError) return `${err.reason}: ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}

main().catch((err: unknown) => {
  console.error(`ingest failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
